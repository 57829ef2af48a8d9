/**
 * AES keys for Yealink provisioning files: exactly 16 or 32 characters from
 * `0-9 A-Z a-z # $ % * + , - . : = ? @ [ ] ^ _ { } ~` (Yealink T5 administrator guide V85, configuration
 * encryption section). The key's ASCII bytes are the AES key.
 */
import { randomInt } from 'node:crypto';
import { CryptoError } from './errors';

export const KEY_SPECIALS = '#$%*+,-.:=?@[]^_{}~';
export const KEY_LENGTHS = [16, 32] as const;
export type KeyLength = (typeof KEY_LENGTHS)[number];

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export type KeyCheck = { readonly ok: true } | { readonly ok: false; readonly reason: string };

function isKeyChar(ch: string): boolean {
  return /^[0-9A-Za-z]$/.test(ch) || KEY_SPECIALS.includes(ch);
}

/**
 * Says whether `key` is a valid Yealink AES key and, if not, why, in words for the user. The words never
 * hold a character of the key, not even the one that is wrong: only its position.
 */
export function checkKey(key: string): KeyCheck {
  const chars = Array.from(key);
  const bad = chars.map((ch, i) => ({ ch, i })).filter(({ ch }) => !isKeyChar(ch));
  if (bad.length > 0) {
    const first = bad[0];
    const more = bad.length > 1 ? ` (and ${bad.length - 1} more)` : '';
    return {
      ok: false,
      reason:
        `the key has a character that is not allowed at position ${first.i + 1}${more}; ` +
        `a Yealink AES key may only use 0-9, A-Z, a-z and ${KEY_SPECIALS.split('').join(' ')}`,
    };
  }
  if (chars.length !== 16 && chars.length !== 32) {
    return {
      ok: false,
      reason: `the key has ${chars.length} character${chars.length === 1 ? '' : 's'}; a Yealink AES key has exactly 16 (AES-128) or 32 (AES-256)`,
    };
  }
  return { ok: true };
}

export function isValidKey(key: string): boolean {
  return checkKey(key).ok;
}

/** Throws CryptoError('invalid-key') with the reason when the key is not valid. */
export function assertValidKey(key: string): void {
  const check = checkKey(key);
  if (!check.ok) throw new CryptoError('invalid-key', `invalid AES key: ${check.reason}`);
}

/** A new key from the operating system's CSPRNG, uniformly over [A-Za-z0-9] (what Yealink's tool uses). */
export function generateKey(length: KeyLength = 16): string {
  if (length !== 16 && length !== 32) throw new CryptoError('invalid-key', `a key has 16 or 32 characters, not ${String(length)}`);
  let key = '';
  for (let i = 0; i < length; i++) key += ALNUM[randomInt(ALNUM.length)];
  return key;
}
