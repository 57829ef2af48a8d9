/**
 * One entry point for the faces (CLI, VS Code commands): detect what a file is, then decrypt it with
 * whatever key material the user gave, checking that the result is a plausible CFG before returning it.
 */
import { readText } from '../plainText';
import { decryptCompatPadded, encryptCompat } from './aes';
import { detectBytes, judgeDecrypted, type Detection } from './detect';
import { CryptoError, WRONG_KEY_MESSAGE } from './errors';
import { assertValidKey, checkKey } from './keys';
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
  /** Right key, unusual text (another encoding, a DOS end-of-file byte, a possibly truncated end ...). */
  readonly notes: readonly string[];
  /** A `_Security.enc` that could not be used (damaged), while other key material was tried. */
  readonly securityFileProblem?: string;
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
      return { plain: bytes, detection, via: 'none', notes: [] };
    case 'empty':
      throw new CryptoError('truncated', 'the file is empty');
    case 'unknown-binary':
      throw new CryptoError('truncated', detection.description);
    case 'rsa-encrypted':
      return decryptRsa(bytes, material, detection);
    case 'compat-encrypted':
      return decryptWithKeys(material, detection, (key) => decryptCompatPadded(bytes, key));
  }
}

function decryptRsa(bytes: Buffer, material: KeyMaterial, detection: Detection): Decrypted {
  const envelope = parseRsaEnvelope(bytes);
  if (material.privateKeyPem !== undefined) {
    const key = recoverEnvelopeKey(envelope, material.privateKeyPem);
    const result = decryptCompatPadded(envelope.data, key);
    const verdict = judgeDecrypted(result.plain, result.padding);
    if (!verdict.ok) throw new CryptoError('wrong-key', WRONG_KEY_MESSAGE);
    return { plain: result.plain, detection, via: 'private-key', notes: verdict.notes };
  }
  return decryptWithKeys(material, detection, (key) => decryptCompatPadded(envelope.data, key));
}

function decryptWithKeys(
  material: KeyMaterial,
  detection: Detection,
  run: (key: string) => { plain: Buffer; padding: number },
): Decrypted {
  const tries: { key: string; via: Decrypted['via']; index?: number }[] = [];
  if (material.key !== undefined) {
    assertValidKey(material.key);
    tries.push({ key: material.key, via: 'key' });
  }
  // A damaged _Security.enc must not stop the other keys from being tried: it is noted, not thrown.
  let securityFileProblem: string | undefined;
  if (material.securityFile !== undefined) {
    try {
      tries.push({ key: decodeSecurityFile(material.securityFile), via: 'security-file' });
    } catch (error) {
      if (!(error instanceof CryptoError)) throw error;
      securityFileProblem = error.message;
    }
  }
  (material.candidates ?? []).forEach((key, index) => tries.push({ key, via: 'candidate', index }));
  if (tries.length === 0) {
    if (securityFileProblem !== undefined) throw new CryptoError('bad-security-file', securityFileProblem);
    throw new CryptoError(
      'unsupported',
      detection.kind === 'rsa-encrypted'
        ? 'this file is RSA-encrypted: give the PEM private key (or its AES key)'
        : 'this file is encrypted: give its AES key or its _Security.enc file',
    );
  }
  for (const attempt of tries) {
    if (attempt.via === 'candidate' && !checkKey(attempt.key).ok) continue;
    const result = run(attempt.key);
    const verdict = judgeDecrypted(result.plain, result.padding);
    if (verdict.ok) {
      return { plain: result.plain, detection, via: attempt.via, candidateIndex: attempt.index, notes: verdict.notes, securityFileProblem };
    }
  }
  throw new CryptoError('wrong-key', securityFileProblem ? `${WRONG_KEY_MESSAGE} (and the _Security.enc beside it is damaged: ${securityFileProblem})` : WRONG_KEY_MESSAGE);
}

export type EncryptMode = { readonly mode: 'compat' } | { readonly mode: 'rsa'; readonly publicKeyPem: string };

/**
 * Encrypts plain CFG bytes. Refuses input that is already encrypted (encrypting twice makes a file the
 * phone cannot read).
 */
export function encryptFile(plain: Buffer, key: string, mode: EncryptMode = { mode: 'compat' }): Buffer {
  assertEncryptable(plain);
  return mode.mode === 'rsa' ? encryptRsaEnvelope(plain, key, mode.publicKeyPem) : encryptCompat(plain, key);
}

/**
 * Refuses what encrypting would lose: an empty file (nothing to protect; the phone would get 0 bytes), an
 * encrypted file (encrypting twice makes a file the phone cannot read) and bytes that are not text by the
 * one test decrypt applies (they could not be told from a wrong key later).
 */
export function assertEncryptable(plain: Buffer): void {
  if (plain.length === 0) throw new CryptoError('not-text', 'refusing to encrypt an empty file: there is nothing to protect, and the phone would download 0 bytes');
  const detection = detectBytes(plain);
  if (detection.kind === 'compat-encrypted' || detection.kind === 'rsa-encrypted') {
    throw new CryptoError('not-text', `refusing to encrypt: it is already encrypted (${detection.description})`);
  }
  const text = readText(plain);
  if (!text.ok) throw new CryptoError('not-text', `refusing to encrypt: ${text.reason}; a decrypted file could not be told from a wrong key`);
}

/** One `Aeskey.txt` line per file, `name:key` (the layout of the open re-implementation; Yealink's is undocumented). */
export function aesKeyTxt(entries: ReadonlyArray<{ readonly file: string; readonly key: string }>, eol = '\r\n'): string {
  return entries.map((e) => `${e.file}:${e.key}`).join(eol) + eol;
}
