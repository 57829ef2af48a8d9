/**
 * Compatibility mode of Yealink's Configuration Encryption Tool, as Yealink's administrator guides describe
 * it (the T5/T4 guides' "Encrypting and Decrypting Files" section): AES-ECB with the key's ASCII bytes as the key
 * (16 characters: AES-128, 32: AES-256), no IV. Encrypt pads the last block with zero bytes and adds no
 * block when the text is already aligned; decrypt uses no padding and strips trailing zero bytes only, so
 * Yealink's 2013 output (padded with spaces) decrypts to exactly what `openssl enc -d -nopad` gives.
 * Not PKCS#7.
 */
import forge from 'node-forge';
import { CryptoError } from './errors';
import { assertValidKey } from './keys';

export const BLOCK = 16;

/** One AES-ECB implementation without padding: `data` is block-aligned, `key` has 16 or 32 bytes. */
export type EcbCipher = (decrypt: boolean, key: Buffer, data: Buffer) => Buffer;

/** Pure-JavaScript AES from node-forge: the fallback where node:crypto is missing (a browser or web worker). */
export const forgeEcb: EcbCipher = (decrypt, key, data) => {
  const keyBytes = forge.util.createBuffer(key.toString('binary'));
  const cipher = decrypt ? forge.cipher.createDecipher('AES-ECB', keyBytes) : forge.cipher.createCipher('AES-ECB', keyBytes);
  // No PKCS#7: the callers handle Yealink's zero padding themselves.
  const mode = (cipher as unknown as { mode: { pad?: unknown; unpad?: unknown } }).mode;
  mode.pad = false;
  mode.unpad = false;
  cipher.start();
  cipher.update(forge.util.createBuffer(data.toString('binary')));
  if (!cipher.finish()) throw new CryptoError('truncated', 'AES-ECB could not finish');
  return Buffer.from(cipher.output.getBytes(), 'binary');
};

/**
 * OpenSSL through node:crypto, about a hundred times faster than node-forge. Loaded with a guarded require
 * so that the engine still works, on node-forge, where node:crypto does not exist.
 */
function loadNodeEcb(): EcbCipher | undefined {
  let nodeCrypto: typeof import('node:crypto');
  try {
    nodeCrypto = require('node:crypto') as typeof import('node:crypto');
  } catch {
    return undefined;
  }
  if (typeof nodeCrypto.createCipheriv !== 'function') return undefined;
  return (decrypt, key, data) => {
    const algorithm = key.length === 16 ? 'aes-128-ecb' : 'aes-256-ecb';
    const cipher = decrypt
      ? nodeCrypto.createDecipheriv(algorithm, key, null)
      : nodeCrypto.createCipheriv(algorithm, key, null);
    cipher.setAutoPadding(false);
    return Buffer.concat([cipher.update(data), cipher.final()]);
  };
}

/** node:crypto's AES-ECB, or undefined where the runtime has no node:crypto. */
export const nodeEcb: EcbCipher | undefined = loadNodeEcb();

/** The implementation the engine uses: node:crypto where available, node-forge otherwise. */
export const activeEcbName: 'node:crypto' | 'node-forge' = nodeEcb ? 'node:crypto' : 'node-forge';
const activeEcb: EcbCipher = nodeEcb ?? forgeEcb;

function cipherBytes(decrypt: boolean, key: Buffer, data: Buffer, ecb: EcbCipher = activeEcb): Buffer {
  if (key.length !== 16 && key.length !== 32) throw new CryptoError('invalid-key', 'an AES key has 16 or 32 bytes');
  if (data.length % BLOCK !== 0) throw new CryptoError('truncated', `AES-ECB data must be a multiple of ${BLOCK} bytes`);
  return ecb(decrypt, key, data);
}

/** Raw AES-ECB without any padding; `data` must be block-aligned. */
export function ecbEncryptRaw(key: Buffer, data: Buffer, ecb?: EcbCipher): Buffer {
  return cipherBytes(false, key, data, ecb);
}

/** Raw AES-ECB decryption without any padding; `data` must be block-aligned. */
export function ecbDecryptRaw(key: Buffer, data: Buffer, ecb?: EcbCipher): Buffer {
  return cipherBytes(true, key, data, ecb);
}

/** Zero bytes up to the next block boundary; nothing when already aligned. */
export function zeroPad(data: Buffer): Buffer {
  const rest = data.length % BLOCK;
  return rest === 0 ? data : Buffer.concat([data, Buffer.alloc(BLOCK - rest)]);
}

/** Drops trailing 0x00 bytes only (spaces and everything else stay). */
export function stripTrailingZeros(data: Buffer): Buffer {
  let end = data.length;
  while (end > 0 && data[end - 1] === 0) end--;
  return data.subarray(0, end);
}

function keyBuffer(key: string): Buffer {
  assertValidKey(key);
  return Buffer.from(key, 'ascii');
}

/** Encrypts a CFG file's bytes the way Yealink's tool does in compatibility mode. */
export function encryptCompat(plain: Buffer, key: string, ecb?: EcbCipher): Buffer {
  return ecbEncryptRaw(keyBuffer(key), zeroPad(plain), ecb);
}

/**
 * Decrypts compatibility-mode bytes. Throws CryptoError('truncated') when the length is not a whole number
 * of blocks. It does not judge whether the key was right: see detect.ts `judgeDecrypted`.
 */
export function decryptCompat(cipher: Buffer, key: string, ecb?: EcbCipher): Buffer {
  return decryptCompatPadded(cipher, key, ecb).plain;
}

/** Like decryptCompat, also saying how many zero bytes of padding were stripped from the end. */
export function decryptCompatPadded(cipher: Buffer, key: string, ecb?: EcbCipher): { plain: Buffer; padding: number } {
  if (cipher.length === 0) throw new CryptoError('truncated', 'the file is empty');
  if (cipher.length % BLOCK !== 0) {
    throw new CryptoError(
      'truncated',
      `the file has ${cipher.length} bytes, not a multiple of ${BLOCK}: it is truncated or not an AES-encrypted Yealink file`,
    );
  }
  const raw = ecbDecryptRaw(keyBuffer(key), cipher, ecb);
  const plain = stripTrailingZeros(raw);
  return { plain, padding: raw.length - plain.length };
}
