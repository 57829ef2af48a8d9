import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decryptCompat, encryptCompat } from './aes';
import { assertPlausibleCfg, detectBytes, isPlausibleCfg } from './detect';
import { CryptoError } from './errors';
import { generateKey } from './keys';
import { CRYPTO_FIXTURES, K16, TOOL_2013 } from './testPaths';

test('detects plain, legacy INI, compatibility-encrypted, RSA, empty and odd binary files', () => {
  assert.equal(detectBytes(Buffer.from('#!version:1.0.0.1\nlang.gui = English\n')).kind, 'plain');
  assert.equal(detectBytes(Buffer.from('\ufeff#!version:1.0.0.1\r\n')).kind, 'plain');
  assert.equal(detectBytes(readFileSync(join(TOOL_2013, 'test.cfg'))).kind, 'compat-encrypted');
  assert.equal(detectBytes(readFileSync(join(CRYPTO_FIXTURES, 'aes256-aligned.enc.cfg'))).kind, 'compat-encrypted');
  assert.equal(detectBytes(readFileSync(join(CRYPTO_FIXTURES, 'rsa-envelope.cfg'))).kind, 'rsa-encrypted');
  assert.equal(detectBytes(Buffer.alloc(0)).kind, 'empty');
  assert.equal(detectBytes(readFileSync(join(TOOL_2013, 'test.cfg')).subarray(0, 799)).kind, 'unknown-binary');
  const legacy = decryptCompat(readFileSync(join(TOOL_2013, 'test.cfg')), 'ljB7jiDIQQ7XD888');
  assert.equal(detectBytes(legacy).kind, 'legacy-ini');
});

test('a Latin-1 umlaut does not make a plain file look encrypted', () => {
  const text = Buffer.concat([Buffer.from('#!version:1.0.0.1\r\naccount.1.label = M'), Buffer.from([0xfc]), Buffer.from('ller\r\n')]);
  assert.equal(detectBytes(text).kind, 'plain');
});

test('random AES output is always detected as encrypted (property)', () => {
  for (let i = 0; i < 300; i++) {
    const plain = Buffer.from(`#!version:1.0.0.1\r\naccount.1.label = ${randomBytes(8).toString('hex')}\r\n`);
    assert.equal(detectBytes(encryptCompat(plain, generateKey())).kind, 'compat-encrypted');
  }
});

test('plausibility: right key passes, wrong keys fail (property over many wrong keys)', () => {
  const plain = readFileSync(join(CRYPTO_FIXTURES, 'aes128-unaligned.plain.cfg'));
  const cipher = encryptCompat(plain, K16);
  assert.ok(isPlausibleCfg(decryptCompat(cipher, K16)));
  for (let i = 0; i < 500; i++) {
    const wrong = generateKey(i % 2 ? 16 : 32);
    assert.equal(isPlausibleCfg(decryptCompat(cipher, wrong)), false);
  }
  // even a one-block file
  const small = encryptCompat(Buffer.from('a = 1\n'), K16);
  for (let i = 0; i < 500; i++) assert.equal(isPlausibleCfg(decryptCompat(small, generateKey())), false);
});

test('plausibility accepts every kind of first line a CFG may have, and rejects empty text', () => {
  for (const text of ['#!version:1.0.0.1\n', '## comment\n', 'lang.gui = English', '\r\n\r\n[ account ]\r\n', 'include:config "a.cfg"\n']) {
    assert.ok(isPlausibleCfg(Buffer.from(text)), text);
  }
  assert.equal(isPlausibleCfg(Buffer.alloc(0)), false);
  assert.equal(isPlausibleCfg(Buffer.from('   \r\n')), false);
  assert.equal(isPlausibleCfg(Buffer.from('just words without equals')), false);
  assert.throws(() => assertPlausibleCfg(Buffer.from([1, 2, 3])), (e: unknown) => e instanceof CryptoError && e.message === 'the key does not decrypt this file');
});
