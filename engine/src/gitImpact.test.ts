import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FileService } from './fileService';
import { bytesToText, workingFileReader } from './gitImpact';
import { createMemoryFileHost } from './memoryFileHost';

test('bytesToText decodes UTF-8, UTF-16 and 8-bit text, keeps a BOM, and keeps non-text bytes apart', () => {
  assert.equal(bytesToText(Buffer.from('#!version:1.0.0.1\nlang.gui = Français\n', 'utf8')), '#!version:1.0.0.1\nlang.gui = Français\n');
  assert.equal(bytesToText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('#!version:1.0.0.1\n')])), '\uFEFF#!version:1.0.0.1\n');
  assert.equal(bytesToText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('#!version:1.0.0.1\n', 'utf16le')])), '\uFEFF#!version:1.0.0.1\n');
  assert.equal(bytesToText(Buffer.from('lang.gui = Fran\xe7ais\n', 'latin1')), 'lang.gui = Français\n');
  assert.equal(bytesToText(Buffer.alloc(0)), '');
  const a = Buffer.from([0x8f, 0x01, 0xff, 0x00, 0x13, 0x9a, 0x02, 0x03]);
  const b = Buffer.from([0x8f, 0x01, 0xfe, 0x00, 0x13, 0x9a, 0x02, 0x03]);
  assert.notEqual(bytesToText(a), bytesToText(b));
});

test('workingFileReader: the editor text first, then the file; a missing file is absent, a refused one an error', async () => {
  const files = new FileService(createMemoryFileHost({ '/repo/y000000000066.cfg': 'on disk\n', '/repo/big.cfg': 'x'.repeat(64) }), 32);
  const read = workingFileReader(files, '/repo', new Map([['/repo/001565aabbcc.cfg', 'unsaved\n']]));
  assert.equal((await read('y000000000066.cfg'))?.toString(), 'on disk\n');
  assert.equal((await read('001565aabbcc.cfg'))?.toString(), 'unsaved\n');
  assert.equal(await read('gone.cfg'), undefined);
  await assert.rejects(read('big.cfg'));
});
