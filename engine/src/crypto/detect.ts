/**
 * What a file's bytes are, decided before acting on them (issue 3), and the plausibility check that tells
 * a right key from a wrong one after decryption.
 */
import { detectContent, RSA_ENVELOPE_HEADER } from '../parser';
import { BLOCK } from './aes';
import { CryptoError, WRONG_KEY_MESSAGE } from './errors';

export type FileEncryption =
  /** A readable V7x+ CFG or boot file (`#!version:1.0.0.1`, settings). */
  | 'plain'
  /** Pre-V70 INI text (`[ account ]`, `path=...`): readable, not linted line by line. */
  | 'legacy-ini'
  /** Binary, a whole number of AES blocks: compatibility mode (AES-ECB with a 16/32-character key). */
  | 'compat-encrypted'
  /** The newer tool's text envelope (`#!encrypt:1.0.0.0`, RSA-protected AES-256 key). */
  | 'rsa-encrypted'
  /** Zero bytes. */
  | 'empty'
  /** Binary but not a whole number of AES blocks: truncated, or not a Yealink file. */
  | 'unknown-binary';

export interface Detection {
  readonly kind: FileEncryption;
  /** One sentence for the editor or the CLI. */
  readonly description: string;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Decodes UTF-8 strictly; undefined when the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: Buffer): string | undefined {
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

function controlBytes(bytes: Buffer, limit: number): number {
  let count = 0;
  const end = Math.min(bytes.length, limit);
  for (let i = 0; i < end; i++) {
    const b = bytes[i];
    if ((b < 32 && b !== 9 && b !== 10 && b !== 13) || b === 127) count++;
  }
  return count;
}

/** True when the bytes read as text: valid UTF-8 without control characters other than tab, CR, LF. */
export function looksLikeText(bytes: Buffer): boolean {
  if (controlBytes(bytes, bytes.length) > 0) return false;
  return decodeUtf8(bytes) !== undefined;
}

/**
 * True when at least 95% of the first 4 KiB are printable ASCII, tab, CR or LF: text in a legacy 8-bit
 * encoding (a Latin-1 umlaut in a label) is still text. AES output has about 37% such bytes.
 */
function mostlyAsciiText(bytes: Buffer): boolean {
  const end = Math.min(bytes.length, 4096);
  let printable = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i];
    if ((b >= 32 && b < 127) || b === 9 || b === 10 || b === 13) printable++;
  }
  return end > 0 && printable / end >= 0.95;
}

/** Classifies file bytes. Never throws. */
export function detectBytes(bytes: Buffer): Detection {
  if (bytes.length === 0) return { kind: 'empty', description: 'The file is empty.' };
  const body = bytes.subarray(0, BOM.length).equals(BOM) ? bytes.subarray(BOM.length) : bytes;
  const head = body.subarray(0, RSA_ENVELOPE_HEADER.length).toString('latin1');
  if (head === RSA_ENVELOPE_HEADER) {
    return {
      kind: 'rsa-encrypted',
      description: 'RSA-mode encrypted file (#!encrypt:1.0.0.0): its AES-256 key is protected with an RSA key pair.',
    };
  }
  if (looksLikeText(body) || mostlyAsciiText(body)) {
    const content = detectContent(decodeUtf8(body) ?? body.toString('latin1'));
    if (content === 'legacy-ini') {
      return { kind: 'legacy-ini', description: 'Old INI-format configuration (before firmware V70): readable text, not encrypted.' };
    }
    return { kind: 'plain', description: 'Plain-text configuration (not encrypted).' };
  }
  if (bytes.length % BLOCK === 0) {
    return {
      kind: 'compat-encrypted',
      description: `AES-encrypted file (compatibility mode, ${bytes.length / BLOCK} blocks): needs its 16- or 32-character key.`,
    };
  }
  return {
    kind: 'unknown-binary',
    description: `Binary data of ${bytes.length} bytes, not a multiple of ${BLOCK}: truncated, or not a Yealink configuration file.`,
  };
}

const HEADER_LINE = /^#!version:/;
const SETTING_LINE = /^\s*[A-Za-z0-9_.$\[\]-]+\s*=/;
const SECTION_LINE = /^\s*\[\s*[A-Za-z0-9_ ]+\s*\]\s*$/;
const INCLUDE_LINE = /^\s*(\[[^\]]*\])?\s*include:config\b/i;

/**
 * Whether decrypted bytes are a plausible CFG text: strict UTF-8, no control characters, and the first
 * non-blank line is a `#!version` header, a comment, a `key = value` setting, an include or an INI section.
 * A wrong key turns every block into random bytes, which fails this with overwhelming probability.
 */
export function isPlausibleCfg(bytes: Buffer): boolean {
  if (bytes.length === 0) return false;
  if (!looksLikeText(bytes)) return false;
  const text = (decodeUtf8(bytes) ?? '').replace(/^\ufeff/, '');
  const first = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '');
  if (first === undefined) return false;
  return (
    HEADER_LINE.test(first) ||
    first.trimStart().startsWith('#') ||
    SETTING_LINE.test(first) ||
    SECTION_LINE.test(first) ||
    INCLUDE_LINE.test(first)
  );
}

/** Throws CryptoError('wrong-key', "the key does not decrypt this file") unless the bytes are plausible. */
export function assertPlausibleCfg(bytes: Buffer): void {
  if (!isPlausibleCfg(bytes)) throw new CryptoError('wrong-key', WRONG_KEY_MESSAGE);
}
