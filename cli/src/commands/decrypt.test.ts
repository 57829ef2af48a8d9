import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { CRYPTO_FIXTURES, K16, K32, TOOL_2013 } from '../../../engine/src/crypto/testPaths';
import { UsageError } from '../io';
import { command } from './decrypt';
import { fakeIO, inTempDir } from '../testing';

test('the 2013 tool file decrypts with --security-file to what openssl -nopad gives', inTempDir(async (dir) => {
  const io = fakeIO(dir);
  const code = await command([join(TOOL_2013, 'test.cfg'), '--security-file', join(TOOL_2013, 'test_Security.enc'), '--out', 'plain.cfg'], io);
  assert.equal(code, 0, io.err);
  const plain = readFileSync(join(dir, 'plain.cfg'));
  assert.equal(plain.length, 800);
  assert.ok(plain.toString('latin1').endsWith('RejectAnonymousCall = 0\r\n    '));
}));

test('the _Security.enc beside the file is used when no key is given', inTempDir(async (dir) => {
  copyFileSync(join(TOOL_2013, 'test.cfg'), join(dir, 'test.cfg'));
  copyFileSync(join(TOOL_2013, 'test_Security.enc'), join(dir, 'test_Security.enc'));
  const io = fakeIO(dir);
  assert.equal(await command(['test.cfg'], io), 0);
  assert.match(io.out, /^\[ account \]/);
  assert.match(io.err, /using .*test_Security\.enc/);
}));

test('--key and --private-key', inTempDir(async (dir) => {
  assert.equal(await command([join(CRYPTO_FIXTURES, 'aes128-unaligned.enc.cfg'), '--key', K16, '--out', 'a.cfg'], fakeIO(dir)), 0);
  assert.deepEqual(readFileSync(join(dir, 'a.cfg')), readFileSync(join(CRYPTO_FIXTURES, 'aes128-unaligned.plain.cfg')));
  assert.equal(await command([join(CRYPTO_FIXTURES, 'rsa-envelope.cfg'), '--private-key', join(CRYPTO_FIXTURES, 'test-rsa-private.pem'), '--out', 'r.cfg'], fakeIO(dir)), 0);
  assert.deepEqual(readFileSync(join(dir, 'r.cfg')), readFileSync(join(CRYPTO_FIXTURES, 'aes256-unaligned.plain.cfg')));
}));

test('wrong key: exit 1, the message, no output file', inTempDir(async (dir) => {
  const io = fakeIO(dir);
  assert.equal(await command([join(CRYPTO_FIXTURES, 'aes128-unaligned.enc.cfg'), '--key', K32, '--out', 'a.cfg'], io), 1);
  assert.match(io.err, /the key does not decrypt this file/);
  assert.equal(existsSync(join(dir, 'a.cfg')), false);
  assert.ok(!io.err.includes(K32), 'the key is not echoed');
  const io2 = fakeIO(dir);
  assert.equal(await command([join(CRYPTO_FIXTURES, 'aes128-unaligned.enc.cfg'), '--security-file', join(CRYPTO_FIXTURES, 'k32_Security.enc'), '--out', 'a.cfg'], io2), 1);
  assert.equal(existsSync(join(dir, 'a.cfg')), false);
}));

test('refuses to overwrite an existing --out unless --force', inTempDir(async (dir) => {
  writeFileSync(join(dir, 'a.cfg'), 'mine');
  const io = fakeIO(dir);
  assert.equal(await command([join(CRYPTO_FIXTURES, 'aes128-unaligned.enc.cfg'), '--key', K16, '--out', 'a.cfg'], io), 2);
  assert.match(io.err, /exists; not replaced/);
  assert.equal(readFileSync(join(dir, 'a.cfg'), 'utf8'), 'mine');
  assert.equal(await command([join(CRYPTO_FIXTURES, 'aes128-unaligned.enc.cfg'), '--key', K16, '--out', 'a.cfg', '--force'], fakeIO(dir)), 0);
  assert.deepEqual(readFileSync(join(dir, 'a.cfg')), readFileSync(join(CRYPTO_FIXTURES, 'aes128-unaligned.plain.cfg')));
}));

test('truncated input and plain input: exit 1 with a reason', inTempDir(async (dir) => {
  writeFileSync(join(dir, 't.cfg'), readFileSync(join(CRYPTO_FIXTURES, 'aes128-unaligned.enc.cfg')).subarray(0, 50));
  const io = fakeIO(dir);
  assert.equal(await command(['t.cfg', '--key', K16, '--out', 'o.cfg'], io), 1);
  assert.match(io.err, /truncated/);
  const io2 = fakeIO(dir);
  assert.equal(await command([join(CRYPTO_FIXTURES, 'aes128-unaligned.plain.cfg'), '--key', K16, '--out', 'o.cfg'], io2), 1);
  assert.match(io2.err, /not encrypted/);
  assert.equal(existsSync(join(dir, 'o.cfg')), false);
}));

test('a ciphertext cut at a block boundary decrypts, with a warning that the file may be truncated', inTempDir(async (dir) => {
  const whole = readFileSync(join(CRYPTO_FIXTURES, 'aes128-unaligned.enc.cfg'));
  writeFileSync(join(dir, 't.cfg'), whole.subarray(0, 32));
  const io = fakeIO(dir);
  assert.equal(await command(['t.cfg', '--key', K16, '--out', 'o.cfg'], io), 0, io.err);
  assert.match(io.err, /ends in the middle of a line without padding: the encrypted file may be truncated/);
  assert.deepEqual(readFileSync(join(dir, 'o.cfg')), readFileSync(join(CRYPTO_FIXTURES, 'aes128-unaligned.plain.cfg')).subarray(0, 32));
}));

test('bad arguments are usage errors', inTempDir(async (dir) => {
  await assert.rejects(command([], fakeIO(dir)), UsageError);
  await assert.rejects(command(['x.cfg', '--key', K16, '--security-file', 'y'], fakeIO(dir)), /only one/);
  await assert.rejects(command(['x.cfg', '--key', 'bad key'], fakeIO(dir)), /not allowed at position 4/);
  await assert.rejects(command(["x.cfg"], fakeIO(dir)), /give a key .*--security-file or --private-key/);
  assert.equal(await command(['missing.cfg', '--key', K16], fakeIO(dir)), 2);
}));

test('agrees with openssl when it is installed (skipped otherwise)', inTempDir(async (dir) => {
  let expected: Buffer;
  try {
    expected = execFileSync('openssl', ['enc', '-d', '-aes-128-ecb', '-nopad', '-K', Buffer.from('ljB7jiDIQQ7XD888').toString('hex'), '-in', join(TOOL_2013, 'test.cfg')]);
  } catch {
    return;
  }
  assert.equal(await command([join(TOOL_2013, 'test.cfg'), '--key', 'ljB7jiDIQQ7XD888', '--out', 'p.cfg'], fakeIO(dir)), 0);
  assert.deepEqual(readFileSync(join(dir, 'p.cfg')), expected);
}));

test('decrypted output is 0600; --force keeps the replaced file\'s mode', inTempDir(async (dir) => {
  if (process.platform === 'win32') return;
  const { chmodSync, statSync } = await import('node:fs');
  assert.equal(await command([join(CRYPTO_FIXTURES, 'aes128-unaligned.enc.cfg'), '--key', K16, '--out', 'new.cfg'], fakeIO(dir)), 0);
  assert.equal(statSync(join(dir, 'new.cfg')).mode & 0o777, 0o600);
  writeFileSync(join(dir, 'kept.cfg'), 'old');
  chmodSync(join(dir, 'kept.cfg'), 0o640);
  assert.equal(await command([join(CRYPTO_FIXTURES, 'aes128-unaligned.enc.cfg'), '--key', K16, '--out', 'kept.cfg', '--force'], fakeIO(dir)), 0);
  assert.equal(statSync(join(dir, 'kept.cfg')).mode & 0o777, 0o640);
}));

test('right key, unusual text: decrypts byte for byte and says why; a wrong key still says wrong key', inTempDir(async (dir) => {
  const { encryptCompat } = await import('../../../engine/src/crypto/aes');
  const latin1 = Buffer.from('#!version:1.0.0.1\r\naccount.1.label = M\u00fcller\r\n\u001a', 'latin1');
  writeFileSync(join(dir, 'x.cfg'), encryptCompat(latin1, K16));
  const io = fakeIO(dir);
  assert.equal(await command(['x.cfg', '--key', K16], io), 0, io.err);
  assert.deepEqual(io.bytes, latin1);
  assert.match(io.err, /unusual: it is in a legacy 8-bit encoding/);
  assert.match(io.err, /DOS end-of-file/);
  const wrong = fakeIO(dir);
  assert.equal(await command(['x.cfg', '--key', K32], wrong), 1);
  assert.match(wrong.err, /the key does not decrypt this file/);
}));

test('a corrupt _Security.enc beside the file does not stop --key', inTempDir(async (dir) => {
  copyFileSync(join(CRYPTO_FIXTURES, 'aes128-unaligned.enc.cfg'), join(dir, 'a.cfg'));
  writeFileSync(join(dir, 'a_Security.enc'), 'not a key file');
  const io = fakeIO(dir);
  assert.equal(await command(['a.cfg', '--key', K16, '--out', 'p.cfg'], io), 0, io.err);
  assert.deepEqual(readFileSync(join(dir, 'p.cfg')), readFileSync(join(CRYPTO_FIXTURES, 'aes128-unaligned.plain.cfg')));
}));

test('--key - reads the key from standard input', inTempDir(async (dir) => {
  const io = fakeIO(dir);
  io.stdin = `${K16}\n`;
  assert.equal(await command([join(CRYPTO_FIXTURES, 'aes128-unaligned.enc.cfg'), '--key', '-', '--out', 'p.cfg'], io), 0, io.err);
  assert.deepEqual(readFileSync(join(dir, 'p.cfg')), readFileSync(join(CRYPTO_FIXTURES, 'aes128-unaligned.plain.cfg')));
}));
