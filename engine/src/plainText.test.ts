import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readText } from './plainText';

const CONFIG = '#!version:1.0.0.1\r\naccount.1.enable = 1\r\n';

function verdict(bytes: Buffer): { text: string; encoding: string } | string {
  const read = readText(bytes);
  return read.ok ? { text: read.text, encoding: read.encoding } : read.reason;
}

test('ASCII bytes read as the same text UTF-8 decoding gives', () => {
  const bytes = Buffer.from(`${CONFIG}# every printable character: ${Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('')}\n`);
  assert.deepEqual(verdict(bytes), { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' });
});

test('non-ASCII UTF-8, UTF-16 without a byte-order mark and Windows-1252 are still told apart', () => {
  assert.deepEqual(verdict(Buffer.from(`${CONFIG}lang.gui = Français\n`)), { text: `${CONFIG}lang.gui = Français\n`, encoding: 'utf-8' });
  // ASCII text in UTF-16 is all ASCII bytes too, but half of them are zero: it must not pass as 8-bit text.
  assert.deepEqual(verdict(Buffer.from(CONFIG, 'utf16le')), { text: CONFIG, encoding: 'utf-16le' });
  assert.deepEqual(verdict(Buffer.concat([Buffer.from(CONFIG), Buffer.from([0xe9, 0x0a])])), { text: `${CONFIG}é\n`, encoding: 'windows-1252' });
});

test('each control character a configuration may not hold is refused at its place; the allowed ones pass', () => {
  const allowed = new Set([9, 10, 11, 12, 13, 0x1a]);
  for (let code = 0; code < 0xa0; code++) {
    if (code >= 32 && code < 127) continue;
    const text = `${CONFIG}lang.gui = a${String.fromCharCode(code)}b\n`;
    const read = readText(Buffer.from(text, 'utf8'));
    if (allowed.has(code)) {
      assert.equal(read.ok, true, `U+${code.toString(16)} is allowed`);
    } else {
      assert.equal(read.ok, false, `U+${code.toString(16)} is refused`);
      if (!read.ok) assert.match(read.reason, new RegExp(`U\\+${code.toString(16).toUpperCase().padStart(4, '0')} \\(byte ${CONFIG.length + 13}\\)`));
    }
  }
});

test('a zero byte in otherwise ASCII text is a control character, not a reason to read UTF-16', () => {
  const read = readText(Buffer.from(`${CONFIG}lang.gui = a\u0000b\n`));
  assert.equal(read.ok, false);
  if (!read.ok) assert.match(read.reason, /U\+0000/);
});

test('in UTF-8 text that is not all ASCII, a control character is refused, and NBSP or © are no control', () => {
  const before = `${CONFIG}lang.gui = Français `;
  const read = readText(Buffer.from(`${before}\u0085\n`, 'utf8'));
  assert.equal(read.ok, false);
  if (!read.ok) assert.match(read.reason, new RegExp(`U\\+0085 \\(byte ${before.length + 1}\\)`));
  assert.equal(readText(Buffer.from(`${before}\u00a0\u00a9\u00c2\u0100\n`, 'utf8')).ok, true);
  const withBom = readText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${before}\u0007\n`, 'utf8')]));
  assert.equal(withBom.ok, false);
  if (!withBom.ok) assert.match(withBom.reason, /U\+0007/);
});
