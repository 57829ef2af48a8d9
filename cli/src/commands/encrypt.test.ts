import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decryptCompat } from '../../../engine/src/crypto/aes';
import { decodeSecurityFile } from '../../../engine/src/crypto/securityFile';
import { CRYPTO_FIXTURES, K16, K32 } from '../../../engine/src/crypto/testPaths';
import { UsageError } from '../io';
import { command } from './encrypt';
import { fakeIO, inTempDir } from '../testing';

const PLAIN = '#!version:1.0.0.1\r\nlang.gui = English\r\n';

test('encrypts one file with a key, byte-identical to the openssl vector, plus _Security.enc', inTempDir(async (dir) => {
  copyFileSync(join(CRYPTO_FIXTURES, 'aes256-unaligned.plain.cfg'), join(dir, 'a.cfg'));
  const io = fakeIO(dir);
  const code = await command(['a.cfg', '--key', K32, '--out', 'out/a.cfg', '--security-file', 'out/a_Security.enc'], io);
  // --out does not create folders
  assert.equal(code, 2);
  assert.equal(await command(['a.cfg', '--key', K32, '--out', 'a.enc.cfg', '--security-file', 'a_Security.enc'], fakeIO(dir)), 0);
  assert.deepEqual(readFileSync(join(dir, 'a.enc.cfg')), readFileSync(join(CRYPTO_FIXTURES, 'aes256-unaligned.enc.cfg')));
  assert.deepEqual(readFileSync(join(dir, 'a_Security.enc')), readFileSync(join(CRYPTO_FIXTURES, 'k32_Security.enc')));
  assert.deepEqual(readFileSync(join(dir, 'a.cfg')), readFileSync(join(CRYPTO_FIXTURES, 'aes256-unaligned.plain.cfg')));
}));

test('batch: --out-dir keeps names, writes _Security.enc files and Aeskey.txt with a generated key', inTempDir(async (dir) => {
  writeFileSync(join(dir, 'y000000000066.cfg'), PLAIN);
  writeFileSync(join(dir, '001565aabbcc.cfg'), PLAIN);
  const io = fakeIO(dir);
  const code = await command(['y000000000066.cfg', '001565aabbcc.cfg', '--generate-key', '--out-dir', 'encrypted', '--security-files', '--aeskey-txt', 'encrypted/Aeskey.txt'], io);
  assert.equal(code, 0, io.err);
  const key = /key: (\S+)/.exec(io.out)![1];
  assert.match(key, /^[A-Za-z0-9]{16}$/);
  assert.deepEqual(readdirSync(join(dir, 'encrypted')).sort(), ['001565aabbcc.cfg', '001565aabbcc_Security.enc', 'Aeskey.txt', 'y000000000066.cfg', 'y000000000066_Security.enc']);
  assert.equal(decryptCompat(readFileSync(join(dir, 'encrypted', 'y000000000066.cfg')), key).toString(), PLAIN);
  assert.equal(decodeSecurityFile(readFileSync(join(dir, 'encrypted', '001565aabbcc_Security.enc'))), key);
  assert.equal(readFileSync(join(dir, 'encrypted', 'Aeskey.txt'), 'utf8'), `y000000000066.cfg:${key}\r\n001565aabbcc.cfg:${key}\r\n`);
  if (process.platform !== 'win32') assert.equal(statSync(join(dir, 'encrypted', 'Aeskey.txt')).mode & 0o777, 0o600);
  assert.match(io.err, /plain keys/);
}));

test('never replaces existing outputs without --force, and writes nothing at all then', inTempDir(async (dir) => {
  writeFileSync(join(dir, 'a.cfg'), PLAIN);
  writeFileSync(join(dir, 'b.cfg'), PLAIN);
  writeFileSync(join(dir, 'out.cfg'), 'mine');
  const io = fakeIO(dir);
  assert.equal(await command(['a.cfg', '--key', K16, '--out', 'out.cfg', '--security-file', 's.enc'], io), 2);
  assert.match(io.err, /not replacing existing file.*out\.cfg/);
  assert.equal(readFileSync(join(dir, 'out.cfg'), 'utf8'), 'mine');
  assert.equal(existsSync(join(dir, 's.enc')), false);
  assert.equal(await command(['a.cfg', '--key', K16, '--out', 'out.cfg', '--force'], fakeIO(dir)), 0);
  assert.equal(decryptCompat(readFileSync(join(dir, 'out.cfg')), K16).toString(), PLAIN);
  assert.equal(await command(['a.cfg', '--key', K16, '--out', 'a.cfg', '--force'], fakeIO(dir)), 2);
  assert.equal(readFileSync(join(dir, 'a.cfg'), 'utf8'), PLAIN);
}));

test('RSA mode with a public key', inTempDir(async (dir) => {
  writeFileSync(join(dir, 'a.cfg'), PLAIN);
  const io = fakeIO(dir);
  const code = await command(['a.cfg', '--generate-key', '--rsa-public-key', join(CRYPTO_FIXTURES, 'test-rsa-public.pem'), '--out', 'r.cfg'], io);
  assert.equal(code, 0, io.err);
  assert.match(readFileSync(join(dir, 'r.cfg'), 'latin1'), /^#!encrypt:1\.0\.0\.0\r\n/);
  assert.match(io.out, /key: [A-Za-z0-9]{32}\n/);
}));

test('refuses encrypted input (exit 1) and bad arguments (UsageError, with the reason)', inTempDir(async (dir) => {
  copyFileSync(join(CRYPTO_FIXTURES, 'aes128-aligned.enc.cfg'), join(dir, 'e.cfg'));
  const io = fakeIO(dir);
  assert.equal(await command(['e.cfg', '--key', K16, '--out', 'x.cfg'], io), 1);
  assert.match(io.err, /refusing to encrypt/);
  assert.equal(existsSync(join(dir, 'x.cfg')), false);
  await assert.rejects(command(['e.cfg', '--key', 'short', '--out', 'x'], fakeIO(dir)), (e: unknown) => e instanceof UsageError && /5 characters/.test(e.message));
  await assert.rejects(command(['e.cfg', '--out', 'x'], fakeIO(dir)), UsageError);
  await assert.rejects(command(['a', 'b', '--key', K16, '--out', 'x'], fakeIO(dir)), /--out-dir/);
  await assert.rejects(command(['a', '--key', K16], fakeIO(dir)), UsageError);
  await assert.rejects(command(['a', '--generate-key', '--length', '20', '--out', 'x'], fakeIO(dir)), /16 or 32/);
  await assert.rejects(command(['a', '--bogus'], fakeIO(dir)), UsageError);
}));

test('two inputs with the same name into one --out-dir: refused, nothing written, also with --force', inTempDir(async (dir) => {
  const io = fakeIO(dir);
  for (const sub of ['a', 'b']) {
    await import('node:fs').then((fs) => fs.mkdirSync(join(dir, sub)));
    writeFileSync(join(dir, sub, 'x.cfg'), `${PLAIN}account.1.label = ${sub}\r\n`);
  }
  for (const force of [[], ['--force']]) {
    assert.equal(await command(['a/x.cfg', 'b/x.cfg', '--key', K16, '--out-dir', 'out', ...force], io), 2);
    assert.match(io.err, /would both be written to .*out\/x\.cfg; nothing was written/);
    assert.equal(existsSync(join(dir, 'out')), false);
  }
}));

test('--aeskey-txt or --security-file pointed at a source is refused even with --force; the source is untouched', inTempDir(async (dir) => {
  writeFileSync(join(dir, 'y000000000066.cfg'), PLAIN);
  writeFileSync(join(dir, '001565aabbcc.cfg'), PLAIN);
  const io = fakeIO(dir);
  assert.equal(await command(['y000000000066.cfg', '001565aabbcc.cfg', '--key', K16, '--out-dir', 'enc', '--aeskey-txt', '001565aabbcc.cfg', '--force'], io), 2);
  assert.match(io.err, /the key list .*001565aabbcc\.cfg would replace the source/);
  assert.equal(await command(['y000000000066.cfg', '--key', K16, '--out', 'enc.cfg', '--security-file', 'y000000000066.cfg', '--force'], io), 2);
  assert.match(io.err, /_Security\.enc file .* would replace the source/);
  assert.equal(readFileSync(join(dir, 'y000000000066.cfg'), 'utf8'), PLAIN);
  assert.equal(readFileSync(join(dir, '001565aabbcc.cfg'), 'utf8'), PLAIN);
  assert.deepEqual(readdirSync(dir).sort(), ['001565aabbcc.cfg', 'y000000000066.cfg']);
}));

test('an empty file is refused with a clear message (exit 1), nothing written', inTempDir(async (dir) => {
  writeFileSync(join(dir, 'empty.cfg'), '');
  const io = fakeIO(dir);
  assert.equal(await command(['empty.cfg', '--key', K16, '--out', 'enc.cfg'], io), 1);
  assert.match(io.err, /refusing to encrypt an empty file/);
  assert.equal(existsSync(join(dir, 'enc.cfg')), false);
}));

test('--key-file and --key-env keep the key off the command line', inTempDir(async (dir) => {
  writeFileSync(join(dir, 'a.cfg'), PLAIN);
  writeFileSync(join(dir, 'key.txt'), `${K16}\n`);
  assert.equal(await command(['a.cfg', '--key-file', 'key.txt', '--out', 'a1.cfg'], fakeIO(dir)), 0);
  const io = fakeIO(dir);
  io.env.YEALINK_KEY = K16;
  assert.equal(await command(['a.cfg', '--key-env', 'YEALINK_KEY', '--out', 'a2.cfg'], io), 0);
  assert.deepEqual(readFileSync(join(dir, 'a1.cfg')), readFileSync(join(dir, 'a2.cfg')));
  assert.equal(decryptCompat(readFileSync(join(dir, 'a1.cfg')), K16).toString(), PLAIN);
}));
