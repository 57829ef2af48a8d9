import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileExistsError, writeFileAtomic } from './atomicWrite';

function withDir(run: (dir: string) => Promise<void>) {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yl-atomic-'));
    try {
      await run(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

test('writes a new file and leaves no temporary file behind', withDir(async (dir) => {
  await writeFileAtomic(join(dir, 'a.cfg'), Buffer.from('hello'));
  assert.equal(readFileSync(join(dir, 'a.cfg'), 'utf8'), 'hello');
  assert.deepEqual(readdirSync(dir), ['a.cfg']);
}));

test('never replaces an existing file unless asked', withDir(async (dir) => {
  const path = join(dir, 'a.cfg');
  writeFileSync(path, 'user data');
  await assert.rejects(writeFileAtomic(path, 'new'), FileExistsError);
  assert.equal(readFileSync(path, 'utf8'), 'user data');
  assert.deepEqual(readdirSync(dir), ['a.cfg']);
  await writeFileAtomic(path, 'new', { overwrite: true });
  assert.equal(readFileSync(path, 'utf8'), 'new');
  assert.deepEqual(readdirSync(dir), ['a.cfg']);
}));

test('creates the folder when asked and applies the file mode', withDir(async (dir) => {
  const path = join(dir, 'encrypted', 'Aeskey.txt');
  await writeFileAtomic(path, 'k', { mkdir: true, mode: 0o600 });
  if (process.platform !== 'win32') assert.equal(statSync(path).mode & 0o777, 0o600);
  await assert.rejects(writeFileAtomic(join(dir, 'missing', 'x'), 'k'));
}));
