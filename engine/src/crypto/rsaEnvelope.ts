/**
 * RSA mode of Yealink's newer Configuration Encryption Tool (layout of the files the tool writes; the
 * phone side is in the V85 administrator guide, encryption chapter):
 *
 *   #!encrypt:1.0.0.0
 *   #!key_signatue:RSA_256            (sic)
 *   #!conf_encryption:AES_256
 *   #!key_ciphertext:<base64 of RSA PKCS#1 v1.5 encryption of the 32-character AES key>
 *   #!---BEGIN CONFIG DATA---
 *   <base64 of AES-256-ECB(config bytes, zero-padded)>
 *   #!---END CONFIG DATA---
 *
 * with CRLF line ends. Works with a key pair the user supplies; no vendor key is shipped.
 */
import forge from 'node-forge';
import { decryptCompat, encryptCompat } from './aes';
import { CryptoError, WRONG_KEY_MESSAGE } from './errors';
import { assertValidKey, checkKey } from './keys';

export const ENVELOPE_HEADER = '#!encrypt:1.0.0.0';
const SIGNATURE = '#!key_signatue:RSA_256';
const CONF_ENCRYPTION = '#!conf_encryption:AES_256';
const KEY_PREFIX = '#!key_ciphertext:';
const BEGIN = '#!---BEGIN CONFIG DATA---';
const END = '#!---END CONFIG DATA---';

export interface RsaEnvelope {
  /** The `#!name:value` header lines before the data, in order (`encrypt`, `key_signatue` ...). */
  readonly headers: ReadonlyArray<{ readonly name: string; readonly value: string }>;
  /** The RSA-encrypted AES key; empty when the file's `#!key_ciphertext:` is empty. */
  readonly keyCiphertext: Buffer;
  /** The AES-ECB encrypted configuration. */
  readonly data: Buffer;
}

function readPublicKey(pem: string): forge.pki.rsa.PublicKey {
  try {
    if (/BEGIN CERTIFICATE/.test(pem)) return forge.pki.certificateFromPem(pem).publicKey as forge.pki.rsa.PublicKey;
    if (/BEGIN RSA PUBLIC KEY/.test(pem)) return forge.pki.publicKeyFromAsn1(forge.asn1.fromDer(forge.pem.decode(pem)[0].body));
    if (/PRIVATE KEY/.test(pem)) {
      throw new CryptoError('bad-pem', 'this is a private key; encrypting needs the public key (or a certificate)');
    }
    return forge.pki.publicKeyFromPem(pem);
  } catch (error) {
    if (error instanceof CryptoError) throw error;
    throw new CryptoError('bad-pem', 'could not read an RSA public key from this PEM text');
  }
}

function readPrivateKey(pem: string): forge.pki.rsa.PrivateKey {
  if (/ENCRYPTED/.test(pem)) {
    throw new CryptoError('bad-pem', 'the private key is password-protected; export it without a password (PKCS#1 or PKCS#8 PEM)');
  }
  try {
    return forge.pki.privateKeyFromPem(pem);
  } catch {
    throw new CryptoError('bad-pem', 'could not read an RSA private key from this PEM text');
  }
}

/** Builds an RSA-mode file. The AES key must have 32 characters (the format says AES_256). */
export function encryptRsaEnvelope(plain: Buffer, aesKey: string, publicKeyPem: string): Buffer {
  assertValidKey(aesKey);
  if (aesKey.length !== 32) {
    throw new CryptoError('invalid-key', 'RSA mode uses AES-256: the key must have 32 characters');
  }
  const publicKey = readPublicKey(publicKeyPem);
  const keyCiphertext = Buffer.from(publicKey.encrypt(aesKey, 'RSAES-PKCS1-V1_5'), 'binary');
  const data = encryptCompat(plain, aesKey);
  const lines = [
    ENVELOPE_HEADER,
    SIGNATURE,
    CONF_ENCRYPTION,
    KEY_PREFIX + keyCiphertext.toString('base64'),
    BEGIN,
    data.toString('base64'),
    END,
  ];
  return Buffer.from(lines.join('\r\n') + '\r\n', 'ascii');
}

/** Reads the envelope's parts; throws CryptoError('bad-envelope') when the layout is broken or truncated. */
export function parseRsaEnvelope(bytes: Buffer): RsaEnvelope {
  const text = bytes.toString('latin1').replace(/^\ufeff|^\u00ef\u00bb\u00bf/, '');
  const lines = text.split(/\r\n|\n|\r/);
  if (lines[0] !== ENVELOPE_HEADER) throw new CryptoError('bad-envelope', `an RSA-mode file starts with ${ENVELOPE_HEADER}`);
  const begin = lines.indexOf(BEGIN);
  if (begin < 0) throw new CryptoError('bad-envelope', `the file has no "${BEGIN}" line`);
  const end = lines.indexOf(END, begin + 1);
  if (end < 0) throw new CryptoError('bad-envelope', `the file has no "${END}" line: it is truncated`);
  const headers: { name: string; value: string }[] = [];
  for (const line of lines.slice(0, begin)) {
    const match = /^#!([^:]+):(.*)$/.exec(line);
    if (match) headers.push({ name: match[1], value: match[2].trim() });
    else if (line.trim() !== '') throw new CryptoError('bad-envelope', `unexpected line before the config data: "${line.slice(0, 40)}"`);
  }
  const keyHeader = headers.find((h) => h.name === 'key_ciphertext');
  if (!keyHeader) throw new CryptoError('bad-envelope', 'the file has no #!key_ciphertext: line');
  const base64 = lines.slice(begin + 1, end).join('').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || !/^[A-Za-z0-9+/]*={0,2}$/.test(keyHeader.value)) {
    throw new CryptoError('bad-envelope', 'the base64 data of the file is damaged');
  }
  const data = Buffer.from(base64, 'base64');
  if (data.length === 0 || data.length % 16 !== 0) {
    throw new CryptoError('bad-envelope', 'the encrypted config data is not a whole number of AES blocks: the file is truncated');
  }
  return { headers, keyCiphertext: Buffer.from(keyHeader.value, 'base64'), data };
}

/** Recovers the AES key of an envelope with the user's private key; CryptoError('wrong-key') if it does not fit. */
export function recoverEnvelopeKey(envelope: RsaEnvelope, privateKeyPem: string): string {
  if (envelope.keyCiphertext.length === 0) {
    throw new CryptoError('unsupported', 'the file has an empty #!key_ciphertext: line; decrypt it with its AES key instead');
  }
  const privateKey = readPrivateKey(privateKeyPem);
  let key: string;
  try {
    key = privateKey.decrypt(envelope.keyCiphertext.toString('binary'), 'RSAES-PKCS1-V1_5');
  } catch {
    throw new CryptoError('wrong-key', `${WRONG_KEY_MESSAGE}: the private key does not match the file's RSA key`);
  }
  if (!checkKey(key).ok) throw new CryptoError('wrong-key', `${WRONG_KEY_MESSAGE}: the private key does not match`);
  return key;
}

/** Decrypts the envelope's data with a known AES key (no plausibility check here; see detect.ts). */
export function decryptEnvelopeData(envelope: RsaEnvelope, aesKey: string): Buffer {
  return decryptCompat(envelope.data, aesKey);
}
