import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CryptoError } from './errors';
import { aesKeyTxt, decryptFile, encryptFile } from './fileCrypto';
import { generateKey } from './keys';
import { encodeSecurityFile } from './securityFile';
import { CRYPTO_FIXTURES, K16, K32, TOOL_2013 } from './testPaths';

const read = (name: string) => readFileSync(join(CRYPTO_FIXTURES, name));
const wrongKey = (e: unknown) => e instanceof CryptoError && e.code === 'wrong-key' && e.message === 'the key does not decrypt this file';

test('decrypts the 2013 tool file with its _Security.enc', () => {
  const result = decryptFile(readFileSync(join(TOOL_2013, 'test.cfg')), {
    securityFile: readFileSync(join(TOOL_2013, 'test_Security.enc')),
  });
  assert.equal(result.via, 'security-file');
  assert.equal(result.plain.length, 800);
});

test('plain files pass through untouched', () => {
  const plain = read('aes128-unaligned.plain.cfg');
  const result = decryptFile(plain, {});
  assert.equal(result.via, 'none');
  assert.equal(result.plain, plain);
});

test('wrong key: the clear error and no output', () => {
  assert.throws(() => decryptFile(read('aes128-unaligned.enc.cfg'), { key: generateKey() }), wrongKey);
  assert.throws(() => decryptFile(read('aes256-aligned.enc.cfg'), { securityFile: encodeSecurityFile(K16) }), wrongKey);
  assert.throws(() => decryptFile(read('rsa-envelope.cfg'), { key: generateKey(32) }), wrongKey);
});

test('stored candidate keys are tried in order; the one that fits wins', () => {
  const result = decryptFile(read('aes256-aligned.enc.cfg'), { candidates: [K16, 'not-a-key', generateKey(32), K32] });
  assert.equal(result.via, 'candidate');
  assert.equal(result.candidateIndex, 3);
  assert.deepEqual(result.plain, read('aes256-aligned.plain.cfg'));
});

test('RSA files open with the private key or with the AES key itself', () => {
  const pem = read('test-rsa-private.pem').toString();
  assert.deepEqual(decryptFile(read('rsa-envelope.cfg'), { privateKeyPem: pem }).plain, read('aes256-unaligned.plain.cfg'));
  assert.deepEqual(decryptFile(read('rsa-envelope.cfg'), { key: K32 }).plain, read('aes256-unaligned.plain.cfg'));
});

test('no key material: says what is needed', () => {
  assert.throws(() => decryptFile(read('aes128-aligned.enc.cfg'), {}), /give its AES key or its _Security.enc/);
  assert.throws(() => decryptFile(read('rsa-envelope.cfg'), {}), /PEM private key/);
  assert.throws(() => decryptFile(read('aes128-aligned.enc.cfg').subarray(0, 40), { key: K16 }), (e: unknown) => e instanceof CryptoError && e.code === 'truncated');
});

test('encryptFile refuses already-encrypted input and round-trips both modes', () => {
  assert.throws(() => encryptFile(read('aes128-aligned.enc.cfg'), K16), /refusing to encrypt/);
  const plain = read('aes256-unaligned.plain.cfg');
  assert.deepEqual(encryptFile(plain, K32), read('aes256-unaligned.enc.cfg'));
  const rsa = encryptFile(plain, K32, { mode: 'rsa', publicKeyPem: read('test-rsa-public.pem').toString() });
  assert.deepEqual(decryptFile(rsa, { privateKeyPem: read('test-rsa-private.pem').toString() }).plain, plain);
});

test('Aeskey.txt lists name:key lines', () => {
  assert.equal(aesKeyTxt([{ file: 'a.cfg', key: K16 }, { file: 'b.cfg', key: K32 }]), `a.cfg:${K16}\r\nb.cfg:${K32}\r\n`);
});
