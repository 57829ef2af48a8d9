import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';
import { CryptoError } from './errors';
import { generateKey } from './keys';
import { decryptEnvelopeData, encryptRsaEnvelope, parseRsaEnvelope, recoverEnvelopeKey } from './rsaEnvelope';
import { CRYPTO_FIXTURES, K32 } from './testPaths';

const read = (name: string) => readFileSync(join(CRYPTO_FIXTURES, name));
const PRIVATE = read('test-rsa-private.pem').toString();
const PUBLIC = read('test-rsa-public.pem').toString();

test('openssl vector: the envelope opens with the private key to the exact plain text', () => {
  const envelope = parseRsaEnvelope(read('rsa-envelope.cfg'));
  assert.deepEqual(envelope.keyCiphertext, read('rsa-key-ciphertext.bin'));
  assert.deepEqual(envelope.data, read('aes256-unaligned.enc.cfg'));
  assert.deepEqual(
    envelope.headers.map((h) => h.name),
    ['encrypt', 'key_signatue', 'conf_encryption', 'key_ciphertext'],
  );
  const key = recoverEnvelopeKey(envelope, PRIVATE);
  assert.equal(key, K32);
  assert.deepEqual(decryptEnvelopeData(envelope, key), read('aes256-unaligned.plain.cfg'));
});

test('our envelope has the Yealink layout with CRLF and the same body bytes as openssl', () => {
  const plain = read('aes256-unaligned.plain.cfg');
  const out = encryptRsaEnvelope(plain, K32, PUBLIC);
  const lines = out.toString('ascii').split('\r\n');
  assert.deepEqual(lines.slice(0, 3), ['#!encrypt:1.0.0.0', '#!key_signatue:RSA_256', '#!conf_encryption:AES_256']);
  assert.match(lines[3], /^#!key_ciphertext:[A-Za-z0-9+/]{171}=$/);
  assert.equal(lines[4], '#!---BEGIN CONFIG DATA---');
  assert.equal(lines[5], read('aes256-unaligned.enc.cfg').toString('base64'));
  assert.equal(lines[6], '#!---END CONFIG DATA---');
  assert.equal(lines[7], '');
  assert.ok(!/[^\r]\n/.test(out.toString('ascii')));
  const envelope = parseRsaEnvelope(out);
  assert.equal(recoverEnvelopeKey(envelope, PRIVATE), K32);
});

test('round trip over random texts and lengths', () => {
  for (let i = 0; i < 20; i++) {
    const key = generateKey(32);
    const plain = Buffer.from(`#!version:1.0.0.1\r\n${'x'.repeat(i * 7)} = ${i}\r\n`);
    const envelope = parseRsaEnvelope(encryptRsaEnvelope(plain, key, PUBLIC));
    assert.deepEqual(decryptEnvelopeData(envelope, recoverEnvelopeKey(envelope, PRIVATE)), plain);
  }
});

test('a different private key is a wrong key, not a crash', () => {
  const other = forge.pki.rsa.generateKeyPair({ bits: 512, e: 0x10001 });
  const envelope = parseRsaEnvelope(read('rsa-envelope.cfg'));
  assert.throws(
    () => recoverEnvelopeKey(envelope, forge.pki.privateKeyToPem(other.privateKey)),
    (e: unknown) => e instanceof CryptoError && e.code === 'wrong-key' && /does not decrypt this file/.test(e.message),
  );
});

test('truncated and damaged envelopes are refused with a reason', () => {
  const text = read('rsa-envelope.cfg').toString('latin1');
  const bad = (e: unknown) => e instanceof CryptoError && e.code === 'bad-envelope';
  assert.throws(() => parseRsaEnvelope(Buffer.from(text.slice(0, text.indexOf('#!---END')))), bad);
  assert.throws(() => parseRsaEnvelope(Buffer.from(text.slice(0, 120))), bad);
  assert.throws(() => parseRsaEnvelope(Buffer.from(text.replace(/(DATA---\r\n)(.{8})/, '$1'))), bad);
  assert.throws(() => parseRsaEnvelope(Buffer.from(text.replace('#!key_ciphertext:', '#!key_ciphertext:%%'))), bad);
});

test('RSA mode needs a 32-character key and a public key PEM', () => {
  assert.throws(() => encryptRsaEnvelope(Buffer.from('a=1'), generateKey(16), PUBLIC), /32 characters/);
  assert.throws(() => encryptRsaEnvelope(Buffer.from('a=1'), K32, PRIVATE), /private key/);
  assert.throws(() => encryptRsaEnvelope(Buffer.from('a=1'), K32, 'not a pem'), (e: unknown) => e instanceof CryptoError && e.code === 'bad-pem');
  assert.throws(() => recoverEnvelopeKey(parseRsaEnvelope(read('rsa-envelope.cfg')), PUBLIC), (e: unknown) => e instanceof CryptoError && e.code === 'bad-pem');
});
