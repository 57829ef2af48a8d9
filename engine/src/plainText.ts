/**
 * The one test of "these bytes are a plain-text configuration", shared by encrypt (what it accepts),
 * decrypt (what a right key yields), file detection and the CLI's reading of files. Because encrypt and
 * decrypt judge the same bytes with the same function, whatever was encrypted decrypts again with its key.
 *
 * Text is UTF-8 (with or without BOM), UTF-16 (BOM, or the zero-byte pattern of ASCII text) or a legacy
 * 8-bit encoding (read as Windows-1252, whose printable range covers Latin-1). Tab, line breaks, form feed,
 * vertical tab and the DOS end-of-file byte (0x1A) are allowed; other control characters are not.
 *
 * A wrong AES key turns every 16-byte block into random bytes. Random bytes almost never decode as strict
 * UTF-8 without control characters; the 8-bit reading is looser, so it must also be mostly ASCII and, for
 * a text of one block, start like a configuration.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import { HEADER } from './parser';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type TextVerdict =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncoding; readonly bom: boolean; readonly unusual: readonly string[] }
  | { readonly ok: false; readonly reason: string };

/** One AES block: below this, random bytes pass a loose text test too often without a shape check. */
const BLOCK = 16;
/** Share of printable ASCII and whitespace an 8-bit text must have (random bytes have about 39%). */
const MIN_ASCII_SHARE = 0.75;

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const WINDOWS_1252 = new TextDecoder('windows-1252');

/** Words for an encoding, for findings and messages. */
export function describeEncoding(encoding: TextEncoding): string {
  switch (encoding) {
    case 'utf-8':
      return 'UTF-8';
    case 'utf-16le':
      return 'UTF-16 (little-endian)';
    case 'utf-16be':
      return 'UTF-16 (big-endian)';
    case 'windows-1252':
      return 'a legacy 8-bit encoding (Latin-1 / Windows-1252)';
  }
}

function allowedControl(code: number): boolean {
  return code === 9 || code === 10 || code === 13 || code === 12 || code === 11 || code === 0x1a;
}

/** Control characters text may not hold: C0 except tab, LF, VT, FF, CR and 0x1A; DEL; C1. */
const BAD_CONTROL = /[\x00-\x08\x0e-\x19\x1b-\x1f\x7f-\x9f]/;

/** The first control character that text may not hold, or -1. */
function badControl(text: string): number {
  return text.search(BAD_CONTROL);
}

/**
 * Bytes that are all ASCII and hold no zero byte. Nearly every configuration is; decoded as Latin-1 they are
 * the same text as decoded as UTF-8, several times faster, and without zero bytes they cannot be UTF-16.
 */
function plainAscii(bytes: Buffer): boolean {
  return typeof isAscii === 'function' && isAscii(bytes) && !bytes.includes(0);
}

/** UTF-16 without a BOM: ASCII text has a zero byte in every other position. */
function utf16WithoutBom(bytes: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  const pairs = Math.min(bytes.length, 4096) / 2;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0 && bytes[i + 1] !== 0) evenZero++;
    if (bytes[i + 1] === 0 && bytes[i] !== 0) oddZero++;
  }
  if (oddZero >= pairs * 0.9) return 'utf-16le';
  if (evenZero >= pairs * 0.9) return 'utf-16be';
  return undefined;
}

function decodeUtf16(bytes: Buffer, encoding: 'utf-16le' | 'utf-16be'): string | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function asciiShare(bytes: Buffer): number {
  let ascii = 0;
  for (const b of bytes) if ((b >= 32 && b < 127) || allowedControl(b)) ascii++;
  return bytes.length === 0 ? 1 : ascii / bytes.length;
}

function asciiCharShare(text: string): number {
  let ascii = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 128) ascii++;
  return text.length === 0 ? 1 : ascii / text.length;
}

/** Decodes bytes as configuration text, or says why they are not text. Never throws. */
export function readText(bytes: Buffer): TextVerdict {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  let text: string | undefined;
  let encoding: TextEncoding;
  let bom = false;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    bom = true;
    encoding = 'utf-8';
    text = decodeStrictUtf8(bytes.subarray(3));
    if (text === undefined) return { ok: false, reason: 'the file starts with a UTF-8 byte-order mark but is not valid UTF-8' };
  } else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    bom = true;
    encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    text = decodeUtf16(bytes.subarray(2), encoding);
    if (text === undefined) return { ok: false, reason: 'the file starts with a UTF-16 byte-order mark but is not valid UTF-16' };
  } else if (plainAscii(bytes)) {
    text = bytes.toString('latin1');
    encoding = 'utf-8';
  } else {
    const wide = utf16WithoutBom(bytes);
    text = wide ? decodeUtf16(bytes, wide) : undefined;
    if (wide && text !== undefined) {
      encoding = wide;
    } else {
      text = decodeStrictUtf8(bytes);
      encoding = 'utf-8';
      if (text === undefined) {
        if (asciiShare(bytes) < MIN_ASCII_SHARE) return { ok: false, reason: 'the bytes are not text in any encoding (mostly non-ASCII)' };
        text = WINDOWS_1252.decode(bytes);
        encoding = 'windows-1252';
      }
    }
  }
  if ((encoding === 'utf-16le' || encoding === 'utf-16be') && asciiCharShare(text) < MIN_ASCII_SHARE) {
    return { ok: false, reason: 'the bytes are not text in any encoding (mostly non-ASCII UTF-16)' };
  }
  const bad = badControl(text);
  if (bad >= 0) {
    const code = text.charCodeAt(bad);
    return { ok: false, reason: `the text holds the control character U+${code.toString(16).toUpperCase().padStart(4, '0')} (byte ${bad + 1})` };
  }
  if (text.trim() === '') return { ok: false, reason: 'the file holds only blank space' };
  if (encoding === 'windows-1252' && bytes.length <= BLOCK && !startsLikeConfig(text)) {
    return { ok: false, reason: 'too short to tell text from random bytes: not UTF-8 and not starting like a configuration' };
  }
  const unusual: string[] = [];
  if (encoding !== 'utf-8') unusual.push(`it is in ${describeEncoding(encoding)}, not UTF-8`);
  if (text.includes('\u001a')) unusual.push('it holds a DOS end-of-file byte (0x1A)');
  if (text.includes('\f') || text.includes('\v')) unusual.push('it holds a form feed or vertical tab');
  if (!startsLikeConfig(text)) unusual.push('its first line is neither a header, a comment nor a setting');
  return { ok: true, text, encoding, bom, unusual };
}

function decodeStrictUtf8(bytes: Buffer): string | undefined {
  // Node's own check and decoder are about twice as fast as a fatal TextDecoder, where they exist.
  if (typeof isUtf8 === 'function') return isUtf8(bytes) ? bytes.toString('utf8') : undefined;
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Whether the first non-blank line looks like a configuration line: the header, a comment, an INI
 * section, a `key = value` setting, an include or a template statement. Index arithmetic, no regex.
 */
export function startsLikeConfig(text: string): boolean {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let i = 0;
  for (;;) {
    while (i < body.length && (body[i] === ' ' || body[i] === '\t' || body[i] === '\r' || body[i] === '\n' || body[i] === '\f')) i++;
    if (i >= body.length) return false;
    break;
  }
  const rest = body.slice(i, i + 200);
  if (rest.startsWith(HEADER) || rest[0] === '#' || rest[0] === '[' || rest.startsWith('{%') || rest.startsWith('{#') || rest.startsWith('{{')) return true;
  if (rest.toLowerCase().startsWith('include:config')) return true;
  let j = 0;
  while (j < rest.length && isKeyChar(rest.charCodeAt(j))) j++;
  if (j === 0) return false;
  while (j < rest.length && (rest[j] === ' ' || rest[j] === '\t')) j++;
  return rest[j] === '=';
}

function isKeyChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ||
    code === 46 || code === 95 || code === 45 || code === 36 || code === 123 || code === 125 || code === 91 || code === 93
  );
}

/** True when the bytes pass the one test (see the file comment). */
export function isPlainText(bytes: Buffer): boolean {
  return readText(bytes).ok;
}
