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

test('bad arguments are usage errors', inTempDir(async (dir) => {
  await assert.rejects(command([], fakeIO(dir)), UsageError);
  await assert.rejects(command(['x.cfg', '--key', K16, '--security-file', 'y'], fakeIO(dir)), /only one/);
  await assert.rejects(command(['x.cfg', '--key', 'bad key'], fakeIO(dir)), /space/);
  await assert.rejects(command(['x.cfg'], fakeIO(dir)), /--key, --security-file or --private-key/);
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
