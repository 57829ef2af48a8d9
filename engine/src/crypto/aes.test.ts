import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCipheriv, randomBytes, randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { activeEcbName, decryptCompat, ecbDecryptRaw, encryptCompat, forgeEcb, nodeEcb, stripTrailingZeros, zeroPad, type EcbCipher } from './aes';
import { CryptoError } from './errors';
import { generateKey } from './keys';
import { decodeSecurityFile } from './securityFile';
import { CRYPTO_FIXTURES, K16, K32, TOOL_2013 } from './testPaths';

const fixture = (name: string) => readFileSync(join(CRYPTO_FIXTURES, name));

// Both AES implementations answer the same known-answer tests: node:crypto (used on Node) and node-forge
// (the fallback where node:crypto is missing).
const IMPLEMENTATIONS: [string, EcbCipher][] = [['node-forge', forgeEcb]];
if (nodeEcb) IMPLEMENTATIONS.push(['node:crypto', nodeEcb]);

test('on Node the engine uses node:crypto for AES-ECB', () => {
  assert.ok(nodeEcb, 'node:crypto should load on Node');
  assert.equal(activeEcbName, 'node:crypto');
});

for (const [name, ecb] of IMPLEMENTATIONS) {
  test(`${name}: Yealink 2013 tool: test.cfg decrypts to exactly the openssl -nopad output (796 bytes of text + 4 spaces)`, () => {
    const key = decodeSecurityFile(readFileSync(join(TOOL_2013, 'test_Security.enc')));
    const cipher = readFileSync(join(TOOL_2013, 'test.cfg'));
    const plain = decryptCompat(cipher, key, ecb);
    assert.equal(plain.length, 800);
    assert.deepEqual(plain, ecbDecryptRaw(Buffer.from(key), cipher, ecb));
    assert.equal(plain.subarray(796).toString('latin1'), '    ');
    assert.ok(plain.toString('latin1').startsWith('[ account ]\r\npath=/yealink/config/voip/sipAccount0.cfg\r\n'));
  });

  test(`${name}: Yealink 2013 tool: re-encrypting the plain text reproduces test.cfg byte for byte`, () => {
    const key = decodeSecurityFile(readFileSync(join(TOOL_2013, 'test_Security.enc')));
    const cipher = readFileSync(join(TOOL_2013, 'test.cfg'));
    assert.deepEqual(encryptCompat(decryptCompat(cipher, key, ecb), key, ecb), cipher);
  });

  test(`${name}: openssl vectors: AES-128 and AES-256, aligned and unaligned, both directions`, () => {
    for (const [vector, key] of [
      ['aes128-unaligned', K16],
      ['aes128-aligned', K16],
      ['aes256-unaligned', K32],
      ['aes256-aligned', K32],
    ] as const) {
      const plain = fixture(`${vector}.plain.cfg`);
      const cipher = fixture(`${vector}.enc.cfg`);
      assert.deepEqual(encryptCompat(plain, key, ecb), cipher, `encrypt ${vector}`);
      assert.deepEqual(decryptCompat(cipher, key, ecb), plain, `decrypt ${vector}`);
    }
  });
}

test('node-forge and node:crypto agree on random keys and inputs', () => {
  assert.ok(nodeEcb);
  for (let i = 0; i < 50; i++) {
    const key = Buffer.from(generateKey(i % 2 === 0 ? 16 : 32), 'ascii');
    const data = randomBytes(16 * randomInt(1, 20));
    assert.deepEqual(forgeEcb(false, key, data), nodeEcb(false, key, data));
    assert.deepEqual(forgeEcb(true, key, data), nodeEcb(true, key, data));
  }
});

test('aligned input gets no extra block; unaligned is zero-padded to the next block', () => {
  assert.equal(encryptCompat(Buffer.alloc(32, 0x41), K16).length, 32);
  assert.equal(encryptCompat(Buffer.alloc(33, 0x41), K16).length, 48);
  assert.equal(encryptCompat(Buffer.alloc(1, 0x41), K32).length, 16);
  assert.deepEqual(zeroPad(Buffer.from('abc')), Buffer.from('abc\0\0\0\0\0\0\0\0\0\0\0\0\0'));
});

test('decrypt strips trailing zero bytes only: spaces, tabs and inner zeros stay', () => {
  assert.deepEqual(stripTrailingZeros(Buffer.from('a \0b\0\0')), Buffer.from('a \0b'));
  assert.deepEqual(stripTrailingZeros(Buffer.from('a  \t')), Buffer.from('a  \t'));
  assert.deepEqual(stripTrailingZeros(Buffer.alloc(3)), Buffer.alloc(0));
});

test('matches node:crypto AES-ECB (no padding) on random inputs: property test', () => {
  for (let i = 0; i < 200; i++) {
    const length = randomInt(0, 300);
    const key = generateKey(i % 2 === 0 ? 16 : 32);
    // Plain CFG text never ends in a NUL byte; that is what makes zero padding reversible.
    const plain = Buffer.from(randomBytes(length).map((b) => (b === 0 ? 1 : b)));
    const cipher = encryptCompat(plain, key);
    const node = createCipheriv(key.length === 16 ? 'aes-128-ecb' : 'aes-256-ecb', Buffer.from(key), null);
    node.setAutoPadding(false);
    const expected = Buffer.concat([node.update(zeroPad(plain)), node.final()]);
    assert.deepEqual(cipher, expected);
    assert.equal(cipher.length % 16, 0);
    assert.equal(cipher.length, Math.ceil(length / 16) * 16);
    if (length > 0) assert.deepEqual(decryptCompat(cipher, key), plain);
  }
});

test('truncated or empty ciphertext is refused with a reason', () => {
  const cipher = fixture('aes128-unaligned.enc.cfg');
  for (const cut of [cipher.subarray(0, 63), cipher.subarray(0, 17), Buffer.alloc(0)]) {
    assert.throws(
      () => decryptCompat(cut, K16),
      (e: unknown) => e instanceof CryptoError && e.code === 'truncated',
    );
  }
});

test('invalid keys are refused before any work', () => {
  assert.throws(() => encryptCompat(Buffer.from('x'), 'short'), (e: unknown) => e instanceof CryptoError && e.code === 'invalid-key');
  assert.throws(() => decryptCompat(Buffer.alloc(16), 'with space 12345'), /not allowed at position 5/);
});
