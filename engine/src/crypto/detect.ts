/**
 * What a file's bytes are, decided before acting on them, and the verdict that tells a right key from a
 * wrong one after decryption. Both use the one text test of ../plainText.ts, the test encrypt applies.
 */
import { detectContent, RSA_ENVELOPE_HEADER } from '../parser';
import { describeEncoding, readText, type TextEncoding } from '../plainText';
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
  /** For readable text: how it is encoded. */
  readonly encoding?: TextEncoding;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** What bytes are, and for text, the text itself. */
export interface DetectedBytes {
  readonly detection: Detection;
  readonly text?: { readonly text: string; readonly encoding: TextEncoding };
}

/** Classifies file bytes with the one text test of plainText.ts. Never throws. */
export function detectBytes(bytes: Buffer): Detection {
  return detectAndRead(bytes).detection;
}

/**
 * detectBytes, with the text it read on the way (when the bytes are text): a reader that wants both
 * decodes the file once, not twice (a fleet lint reads thousands of files).
 */
export function detectAndRead(bytes: Buffer): DetectedBytes {
  const found = (detection: Detection): DetectedBytes => ({ detection });
  if (bytes.length === 0) return found({ kind: 'empty', description: 'The file is empty.' });
  const body = bytes.subarray(0, BOM.length).equals(BOM) ? bytes.subarray(BOM.length) : bytes;
  const head = body.subarray(0, RSA_ENVELOPE_HEADER.length).toString('latin1');
  if (head === RSA_ENVELOPE_HEADER) {
    return found({
      kind: 'rsa-encrypted',
      description: 'RSA-mode encrypted file (#!encrypt:1.0.0.0): its AES-256 key is protected with an RSA key pair.',
    });
  }
  const text = readText(bytes);
  if (text.ok) {
    const read = { text: text.text, encoding: text.encoding };
    if (detectContent(text.text) === 'legacy-ini') {
      return { detection: { kind: 'legacy-ini', encoding: text.encoding, description: 'Old INI-format configuration (before firmware V70): readable text, not encrypted.' }, text: read };
    }
    const encoding = text.encoding === 'utf-8' ? '' : ` in ${describeEncoding(text.encoding)}`;
    return { detection: { kind: 'plain', encoding: text.encoding, description: `Plain-text configuration${encoding} (not encrypted).` }, text: read };
  }
  if (bytes.length % BLOCK === 0) {
    return found({
      kind: 'compat-encrypted',
      description: `AES-encrypted file (compatibility mode, ${bytes.length / BLOCK} blocks): needs its 16- or 32-character key.`,
    });
  }
  return found({
    kind: 'unknown-binary',
    description: `Binary data of ${bytes.length} bytes, not a multiple of ${BLOCK}: truncated, or not a Yealink configuration file.`,
  });
}

/** What a decryption attempt yielded: the right key (with notes on unusual text), or a wrong key. */
export type DecryptVerdict = { readonly ok: true; readonly notes: readonly string[] } | { readonly ok: false };

/**
 * Judges decrypted bytes. `padding` is the number of zero bytes stripped from the end. A right key gives
 * text that passes the one test of plainText.ts (the test encrypt applied) and at most one block of zero
 * padding; a wrong key gives random blocks. Unusual text (another encoding, a DOS end-of-file byte, a form
 * feed, a free-text first line) is the right key all the same, and says so in `notes`.
 */
export function judgeDecrypted(plain: Buffer, padding: number): DecryptVerdict {
  if (padding >= BLOCK) return { ok: false };
  const text = readText(plain);
  if (!text.ok) return { ok: false };
  const notes = text.unusual.map((words) => `the decrypted text is unusual: ${words}`);
  if (padding === 0 && endsMidLine(text.text)) {
    notes.push('the decrypted text ends in the middle of a line without padding: the encrypted file may be truncated');
  }
  return { ok: true, notes };
}

/** The text's last character (after the spaces Yealink's old tool pads with, and a DOS EOF byte) is not a line break. */
function endsMidLine(text: string): boolean {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\u001a')) end--;
  return end > 0 && text[end - 1] !== '\n' && text[end - 1] !== '\r';
}

/** Throws CryptoError('wrong-key', "the key does not decrypt this file") unless the verdict is a right key. */
export function assertRightKey(plain: Buffer, padding: number): readonly string[] {
  const verdict = judgeDecrypted(plain, padding);
  if (!verdict.ok) throw new CryptoError('wrong-key', WRONG_KEY_MESSAGE);
  return verdict.notes;
}
