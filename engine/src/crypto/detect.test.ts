import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decryptCompat, decryptCompatPadded, encryptCompat } from './aes';
import { assertRightKey, detectAndRead, detectBytes, judgeDecrypted } from './detect';
import { readText } from '../plainText';
import { CryptoError } from './errors';
import { generateKey } from './keys';
import { random } from '../testing/fuzz';
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

test('detectAndRead gives the detection and, for text, the text readText reads; for other bytes no text', () => {
  const samples = [
    Buffer.from('#!version:1.0.0.1\nlang.gui = Français\n'),
    Buffer.from('#!version:1.0.0.1\r\n', 'utf16le'),
    decryptCompat(readFileSync(join(TOOL_2013, 'test.cfg')), 'ljB7jiDIQQ7XD888'),
    readFileSync(join(TOOL_2013, 'test.cfg')),
    readFileSync(join(CRYPTO_FIXTURES, 'rsa-envelope.cfg')),
    Buffer.alloc(0),
  ];
  for (const bytes of samples) {
    const { detection, text } = detectAndRead(bytes);
    assert.deepEqual(detection, detectBytes(bytes));
    const read = readText(bytes);
    const isText = detection.kind === 'plain' || detection.kind === 'legacy-ini';
    assert.deepEqual(text, isText && read.ok ? { text: read.text, encoding: read.encoding } : undefined, detection.kind);
  }
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

/**
 * Keys from a fixed seed, so the wrong-key properties give the same verdicts on every run: about one random
 * 16-byte block in 40,000 decrypts to printable text that passes as a configuration line, so random keys
 * made the test fail now and then.
 */
function* seededKeys(seed: number, length: 16 | 32 = 16): Generator<string> {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const next = random(seed);
  for (;;) {
    let key = '';
    for (let i = 0; i < length; i++) key += alphabet[Math.floor(next() * alphabet.length)];
    yield key;
  }
}

const verdict = (cipher: Buffer, key: string) => {
  const { plain, padding } = decryptCompatPadded(cipher, key);
  return judgeDecrypted(plain, padding);
};

test('right key passes, wrong keys fail (property over many wrong keys, also for one-block files)', () => {
  const plain = readFileSync(join(CRYPTO_FIXTURES, 'aes128-unaligned.plain.cfg'));
  const cipher = encryptCompat(plain, K16);
  assert.deepEqual(verdict(cipher, K16), { ok: true, notes: [] });
  const keys16 = seededKeys(16);
  const keys32 = seededKeys(32, 32);
  for (let i = 0; i < 500; i++) assert.equal(verdict(cipher, (i % 2 ? keys16 : keys32).next().value).ok, false);
  for (const small of ['a = 1\n', 'a=M\u00fcller\n', '#!version:1.0.0.1\n']) {
    const cipherSmall = encryptCompat(Buffer.from(small, 'latin1'), K16);
    assert.equal(verdict(cipherSmall, K16).ok, true, small);
    // A one-block file leaves the judge little to go on; it must still refuse nearly every wrong key
    // (measured: about 1 in 40,000 passes).
    let accepted = 0;
    for (let i = 0; i < 3000; i++) if (verdict(cipherSmall, keys16.next().value).ok) accepted++;
    assert.ok(accepted <= 1, `${small}: ${accepted} of 3000 wrong keys accepted`);
  }
});

test('a whole block of zero padding is a wrong key; empty text is not a configuration', () => {
  assert.equal(judgeDecrypted(Buffer.from('a = 1\n'), 16).ok, false);
  assert.equal(judgeDecrypted(Buffer.alloc(0), 3).ok, false);
  assert.equal(judgeDecrypted(Buffer.from('   \r\n'), 0).ok, false);
  assert.throws(() => assertRightKey(Buffer.from([1, 2, 3]), 0), (e: unknown) => e instanceof CryptoError && e.message === 'the key does not decrypt this file');
});

test('a truncated ciphertext: the text ends mid-line without padding, and decrypt says so', () => {
  const plain = Buffer.from('#!version:1.0.0.1\naccount.1.label = Reception desk\naccount.1.enable = 1\n');
  const cipher = encryptCompat(plain, K16);
  const whole = verdict(cipher, K16);
  assert.deepEqual(whole, { ok: true, notes: [] });
  const cut = verdict(cipher.subarray(0, 32), K16);
  assert.equal(cut.ok, true);
  assert.ok(cut.ok && cut.notes.some((n) => /may be truncated/.test(n)), JSON.stringify(cut));
  // Yealink's 2013 tool pads with spaces: not a truncation.
  const spaced = verdict(encryptCompat(Buffer.from('a = 1\r\n          '), K16), K16);
  assert.deepEqual(spaced, { ok: true, notes: [] });
});

test('short Latin-1 and UTF-16 files are plain text in their encoding, not "AES-encrypted"', () => {
  const latin1 = Buffer.from('#!version:1.0.0.1\r\nlabel=M\u00fcller\r\n', 'latin1').subarray(0, 32);
  assert.equal(latin1.length % 16, 0);
  assert.deepEqual([detectBytes(latin1).kind, detectBytes(latin1).encoding], ['plain', 'windows-1252']);
  const short = Buffer.from('a=M\u00fcller\n', 'latin1');
  assert.equal(detectBytes(short).kind, 'plain');
  const utf16 = Buffer.from('\ufeffa = 1\r\nb = 2\r\n', 'utf16le');
  assert.deepEqual([detectBytes(utf16).kind, detectBytes(utf16).encoding], ['plain', 'utf-16le']);
  const utf16NoBom = Buffer.from('a = 1\n', 'utf16le');
  assert.deepEqual([detectBytes(utf16NoBom).kind, detectBytes(utf16NoBom).encoding], ['plain', 'utf-16le']);
});
