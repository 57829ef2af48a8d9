import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertValidKey, checkKey, generateKey, isValidKey, KEY_SPECIALS } from './keys';
import { CryptoError } from './errors';

test('accepts 16 and 32 characters from the charset, including every special character', () => {
  assert.ok(isValidKey('ljB7jiDIQQ7XD888'));
  assert.ok(isValidKey('Ab3#$%*+,-.:=?@['));
  assert.ok(isValidKey(']^_{}~' + '0123456789'));
  assert.ok(isValidKey('a'.repeat(32)));
  for (const ch of KEY_SPECIALS) assert.ok(isValidKey(ch.repeat(16)), ch);
});

test('refuses wrong lengths and says why', () => {
  for (const len of [0, 1, 15, 17, 24, 31, 33]) {
    const check = checkKey('a'.repeat(len));
    assert.equal(check.ok, false);
    if (!check.ok) assert.match(check.reason, new RegExp(`has ${len} character`));
    if (!check.ok) assert.match(check.reason, /16 .*32/);
  }
});

test('refuses characters outside the charset by position, never showing a character of the key', () => {
  const cases: [string, RegExp][] = [
    ['abcdefgh ijklmno', /position 9\b/],
    ['abcdefghijklmno!', /position 16\b/],
    ['abcdefghijklmnoé', /position 16\b/],
    ['abcdefgh\tijklmno', /position 9\b/],
    ['abcdefghijklmn/\\', /position 15 \(and 1 more\)/],
  ];
  for (const [key, reason] of cases) {
    const check = checkKey(key);
    assert.equal(check.ok, false, key);
    if (!check.ok) {
      assert.match(check.reason, reason);
      const shown = check.reason.replace(/may only use .*$/, '');
      for (const ch of new Set(key)) assert.ok(!shown.includes(ch) || /[a-z0-9 ]/i.test(ch), `the message shows the key character ${JSON.stringify(ch)}`);
      assert.ok(!/"[^"]"/.test(check.reason), 'no quoted character');
    }
  }
  assert.throws(() => assertValidKey('short'), (e: unknown) => e instanceof CryptoError && e.code === 'invalid-key');
});

test('generated keys are valid, alphanumeric, of the asked length and differ', () => {
  const seen = new Set<string>();
  for (let i = 0; i < 200; i++) {
    const k16 = generateKey();
    const k32 = generateKey(32);
    assert.match(k16, /^[A-Za-z0-9]{16}$/);
    assert.match(k32, /^[A-Za-z0-9]{32}$/);
    seen.add(k16);
  }
  assert.equal(seen.size, 200);
  assert.throws(() => generateKey(20 as 16));
});

test('generated keys use the whole alphabet roughly uniformly', () => {
  const counts = new Map<string, number>();
  for (let i = 0; i < 1000; i++) for (const ch of generateKey(32)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  assert.equal(counts.size, 62);
  const expected = 32000 / 62;
  for (const n of counts.values()) assert.ok(n > expected * 0.7 && n < expected * 1.3, String(n));
});
