import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nodeFileService } from '../../engine/src/fileService';
import { UsageError } from './io';
import { readKeys, readOneKey } from './keyInput';
import { fakeIO, scratchFolder } from './testing';

const K16 = 'Ab3dEf6hIj9kLm2n';
const K32 = 'Ab3dEf6hIj9kLm2nAb3dEf6hIj9kLm2n';
const files = nodeFileService();

test('keys from a file, an environment variable and standard input, never from the command line only', async () => {
  const root = scratchFolder({ 'key.txt': `${K16}\r\n`, 'bad.txt': 'short\n' });
  const io = fakeIO(root);
  io.env.YL_KEY = K32;
  io.stdin = `${K16}\n`;
  assert.equal(await readOneKey('decrypt', { 'key-file': ['key.txt'] }, io, files), K16);
  assert.equal(await readOneKey('decrypt', { 'key-env': ['YL_KEY'] }, io, files), K32);
  assert.equal(await readOneKey('decrypt', { key: ['-'] }, io, files), K16);
  assert.deepEqual(await readKeys('merge', { key: [K16], 'key-env': ['YL_KEY'] }, io, files), [K16, K32]);
  assert.equal(await readOneKey('decrypt', {}, io, files), undefined);
});

test('bad key sources are usage errors that name the source, never the key', async () => {
  const root = scratchFolder({ 'bad.txt': 'short!key\n' });
  const io = fakeIO(root);
  io.env.SECRET = 'abcdefghijklmn!~';
  const cases: [Parameters<typeof readKeys>[1], RegExp][] = [
    [{ 'key-file': ['bad.txt'] }, /invalid key from the key file bad\.txt: the key has a character that is not allowed at position 6/],
    [{ 'key-file': ['missing.txt'] }, /cannot read the key file missing\.txt/],
    [{ 'key-env': ['NOPE'] }, /the environment variable NOPE is not set/],
    [{ 'key-env': ['SECRET'] }, /invalid key from the environment variable SECRET: .*position 15/],
    [{ key: ['-'] }, /no standard input|needs standard input/],
  ];
  for (const [values, pattern] of cases) {
    await assert.rejects(readKeys('decrypt', values, io, files), (e: unknown) => {
      assert.ok(e instanceof UsageError || e instanceof Error);
      assert.match((e as Error).message, pattern);
      assert.ok(!(e as Error).message.includes('short!key') && !(e as Error).message.includes('abcdefghijklmn'), 'the key is not shown');
      assert.ok(!(e as Error).message.includes('!'), 'not even the one character that is not allowed');
      return true;
    });
  }
  await assert.rejects(readOneKey('decrypt', { key: [K16], 'key-file': ['bad.txt'] }, io, files), /give one key/);
});
