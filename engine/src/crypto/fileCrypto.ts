/**
 * One entry point for the faces (CLI, VS Code commands): detect what a file is, then decrypt it with
 * whatever key material the user gave, checking that the result is a plausible CFG before returning it.
 */
import { decryptCompat, encryptCompat } from './aes';
import { detectBytes, isPlausibleCfg, type Detection } from './detect';
import { CryptoError, WRONG_KEY_MESSAGE } from './errors';
import { assertValidKey } from './keys';
import { decryptEnvelopeData, encryptRsaEnvelope, parseRsaEnvelope, recoverEnvelopeKey } from './rsaEnvelope';
import { decodeSecurityFile } from './securityFile';

export interface KeyMaterial {
  /** A key the user typed or picked. */
  readonly key?: string;
  /** More keys to try in order (stored keys); the first one that yields a plausible CFG wins. */
  readonly candidates?: readonly string[];
  /** The bytes of a `_Security.enc` file. */
  readonly securityFile?: Buffer;
  /** A PEM private key, for RSA mode. */
  readonly privateKeyPem?: string;
}

export interface Decrypted {
  readonly plain: Buffer;
  readonly detection: Detection;
  /** Which material opened the file ('none' for files that were not encrypted). */
  readonly via: 'none' | 'key' | 'candidate' | 'security-file' | 'private-key';
  /** Index into `candidates` when via === 'candidate'. */
  readonly candidateIndex?: number;
}

/**
 * Decrypts a file's bytes, or returns plain files unchanged. Throws CryptoError:
 * 'wrong-key' ("the key does not decrypt this file"), 'truncated', 'bad-envelope', 'bad-security-file',
 * 'bad-pem', 'invalid-key', or 'unsupported' when no usable key material was given.
 */
export function decryptFile(bytes: Buffer, material: KeyMaterial): Decrypted {
  const detection = detectBytes(bytes);
  switch (detection.kind) {
    case 'plain':
    case 'legacy-ini':
      return { plain: bytes, detection, via: 'none' };
    case 'empty':
      throw new CryptoError('truncated', 'the file is empty');
    case 'unknown-binary':
      throw new CryptoError('truncated', detection.description);
    case 'rsa-encrypted':
      return decryptRsa(bytes, material, detection);
    case 'compat-encrypted':
      return decryptWithKeys(bytes, material, detection, (key) => decryptCompat(bytes, key));
  }
}

function decryptRsa(bytes: Buffer, material: KeyMaterial, detection: Detection): Decrypted {
  const envelope = parseRsaEnvelope(bytes);
  if (material.privateKeyPem !== undefined) {
    const key = recoverEnvelopeKey(envelope, material.privateKeyPem);
    const plain = decryptEnvelopeData(envelope, key);
    if (!isPlausibleCfg(plain)) throw new CryptoError('wrong-key', WRONG_KEY_MESSAGE);
    return { plain, detection, via: 'private-key' };
  }
  return decryptWithKeys(bytes, material, detection, (key) => decryptEnvelopeData(envelope, key));
}

function decryptWithKeys(
  bytes: Buffer,
  material: KeyMaterial,
  detection: Detection,
  run: (key: string) => Buffer,
): Decrypted {
  const tries: { key: string; via: Decrypted['via']; index?: number }[] = [];
  if (material.key !== undefined) {
    assertValidKey(material.key);
    tries.push({ key: material.key, via: 'key' });
  }
  if (material.securityFile !== undefined) tries.push({ key: decodeSecurityFile(material.securityFile), via: 'security-file' });
  (material.candidates ?? []).forEach((key, index) => tries.push({ key, via: 'candidate', index }));
  if (tries.length === 0) {
    throw new CryptoError(
      'unsupported',
      detection.kind === 'rsa-encrypted'
        ? 'this file is RSA-encrypted: give the PEM private key (or its AES key)'
        : 'this file is encrypted: give its AES key or its _Security.enc file',
    );
  }
  for (const attempt of tries) {
    if (attempt.via === 'candidate' && attempt.key.length !== 16 && attempt.key.length !== 32) continue;
    const plain = run(attempt.key);
    if (isPlausibleCfg(plain)) return { plain, detection, via: attempt.via, candidateIndex: attempt.index };
  }
  throw new CryptoError('wrong-key', WRONG_KEY_MESSAGE);
}

export type EncryptMode = { readonly mode: 'compat' } | { readonly mode: 'rsa'; readonly publicKeyPem: string };

/**
 * Encrypts plain CFG bytes. Refuses input that is already encrypted (encrypting twice makes a file the
 * phone cannot read).
 */
export function encryptFile(plain: Buffer, key: string, mode: EncryptMode = { mode: 'compat' }): Buffer {
  const detection = detectBytes(plain);
  if (detection.kind === 'compat-encrypted' || detection.kind === 'rsa-encrypted' || detection.kind === 'unknown-binary') {
    throw new CryptoError('not-encrypted', `refusing to encrypt: ${detection.description}`);
  }
  return mode.mode === 'rsa' ? encryptRsaEnvelope(plain, key, mode.publicKeyPem) : encryptCompat(plain, key);
}

/** One `Aeskey.txt` line per file, `name:key` (the layout of the open re-implementation; Yealink's is undocumented). */
export function aesKeyTxt(entries: ReadonlyArray<{ readonly file: string; readonly key: string }>, eol = '\r\n'): string {
  return entries.map((e) => `${e.file}:${e.key}`).join(eol) + eol;
}
