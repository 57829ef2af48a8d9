/**
 * `<name>_Security.enc` (as Yealink's Configuration Encryption Tool writes it): the file's AES key, encrypted with Yealink's
 * built-in AES-128 key, ECB, no padding: 16 bytes for a 16-character key (32 for a 32-character key,
 * inferred). The built-in key has been public since 2013; this file protects nothing against anyone who
 * knows that, it only tells the phone which key to use.
 */
import { ecbDecryptRaw, ecbEncryptRaw } from './aes';
import { CryptoError } from './errors';
import { assertValidKey, checkKey } from './keys';

/** Yealink's built-in key for `_Security.enc` files. */
export const BUILT_IN_KEY = 'EKs35XacP6eybA25';

const BUILT_IN = Buffer.from(BUILT_IN_KEY, 'ascii');

/** The bytes of `<name>_Security.enc` for a file key. */
export function encodeSecurityFile(key: string): Buffer {
  assertValidKey(key);
  return ecbEncryptRaw(BUILT_IN, Buffer.from(key, 'ascii'));
}

/** The file key inside `_Security.enc` bytes; throws CryptoError('bad-security-file') when it is not one. */
export function decodeSecurityFile(bytes: Buffer): string {
  if (bytes.length !== 16 && bytes.length !== 32) {
    throw new CryptoError(
      'bad-security-file',
      `a _Security.enc file has 16 or 32 bytes; this one has ${bytes.length}: it is not a Yealink key file`,
    );
  }
  const key = ecbDecryptRaw(BUILT_IN, bytes).toString('latin1');
  if (!checkKey(key).ok) {
    throw new CryptoError('bad-security-file', 'this is not a Yealink _Security.enc file: it does not hold a valid AES key');
  }
  return key;
}

function splitPath(path: string): { dir: string; base: string } {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return { dir: path.slice(0, cut + 1), base: path.slice(cut + 1) };
}

/** `folder/account.cfg` -> `folder/account_Security.enc` (the name Yealink's tool and the phone use). */
export function securityFileNameFor(cfgPath: string): string {
  const { dir, base } = splitPath(cfgPath);
  const stem = base.replace(/\.cfg$/i, '');
  return `${dir}${stem}_Security.enc`;
}
