/**
 * The one home of the comments the extension reads in a CFG file: `# yealink: model=T46S` (which model the
 * file is for) and `# yealink-disable[-next-line] [YL003 ...]` (rule suppressions). Parsing, the state
 * completion needs while one is typed, and the text quick fixes insert all live here. Index arithmetic,
 * no backtracking regular expression: these run on every comment line of every file.
 */

export type Pragma =
  /** `# yealink: model=T46S`: `name` as written, starting at column `start` of the line. */
  | { readonly kind: 'model'; readonly name: string; readonly start: number }
  /** `# yealink-disable YL003` (whole file) or `# yealink-disable-next-line YL003`; no codes: every rule. */
  | { readonly kind: 'disable'; readonly nextLine: boolean; readonly codes: readonly string[] };

const MODEL_KEYWORD = 'yealink:';
const DISABLE_KEYWORD = 'yealink-disable';
const NEXT_LINE = '-next-line';

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

function isWord(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

function skipBlanks(text: string, i: number): number {
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  return i;
}

/** The column after the leading blanks, the `#` run and the blanks after it; -1 when the line is no comment. */
function afterHashes(text: string): number {
  let i = skipBlanks(text, 0);
  if (text.charCodeAt(i) !== 35 /* # */) return -1;
  while (text.charCodeAt(i) === 35) i++;
  return skipBlanks(text, i);
}

function startsWithAt(text: string, at: number, word: string): boolean {
  return text.slice(at, at + word.length).toLowerCase() === word;
}

/** Characters a model name may have in the comment (`T21P_E2`, `CP960`, `T58 W`). */
function isModelChar(code: number): boolean {
  return isWord(code) || code === 32 || code === 45 /* - */;
}

/** Rule codes in the text after `yealink-disable`: `YL` and three digits, separated by blanks or commas. */
function ruleCodes(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .filter((code) => code.length === 5 && /^YL\d{3}$/i.test(code))
    .map((code) => code.toUpperCase());
}

/** Reads a comment line as a pragma; undefined for every other line. */
export function parsePragma(line: string): Pragma | undefined {
  const at = afterHashes(line);
  // Both keywords start with "yealink": most comments are told apart by one character, without a copy.
  if (at < 0 || (line.charCodeAt(at) | 0x20) !== 121 /* y */) return undefined;
  if (startsWithAt(line, at, DISABLE_KEYWORD)) {
    let i = at + DISABLE_KEYWORD.length;
    const nextLine = startsWithAt(line, i, NEXT_LINE);
    if (nextLine) i += NEXT_LINE.length;
    if (i < line.length && isWord(line.charCodeAt(i))) return undefined;
    return { kind: 'disable', nextLine, codes: ruleCodes(line.slice(i)) };
  }
  if (!startsWithAt(line, at, MODEL_KEYWORD)) return undefined;
  let i = skipBlanks(line, at + MODEL_KEYWORD.length);
  if (!startsWithAt(line, i, 'model')) return undefined;
  i = skipBlanks(line, i + 'model'.length);
  if (line.charCodeAt(i) !== 61 /* = */) return undefined;
  const start = skipBlanks(line, i + 1);
  let end = line.length;
  while (end > start && isBlank(line.charCodeAt(end - 1))) end--;
  if (end === start) return undefined;
  for (let j = start; j < end; j++) if (!isModelChar(line.charCodeAt(j))) return undefined;
  return { kind: 'model', name: line.slice(start, end), start };
}

/**
 * What is being typed at the end of `before` (the line up to the cursor) inside a pragma: a model name after
 * `yealink: model=`, or a rule code after `yealink-disable`. `start` is where the typed word begins.
 */
export function pragmaAtCursor(before: string): { readonly kind: 'model' | 'rule'; readonly start: number } | undefined {
  const at = afterHashes(before);
  if (at < 0) return undefined;
  let wordStart = before.length;
  while (wordStart > 0 && (isWord(before.charCodeAt(wordStart - 1)) || before.charCodeAt(wordStart - 1) === 45)) wordStart--;
  if (startsWithAt(before, at, DISABLE_KEYWORD)) {
    let i = at + DISABLE_KEYWORD.length;
    if (startsWithAt(before, i, NEXT_LINE)) i += NEXT_LINE.length;
    // A rule code is typed after a separator; the words between are complete codes.
    let typed = before.length;
    while (typed > i && isWord(before.charCodeAt(typed - 1))) typed--;
    if (typed === i) return undefined;
    const between = before.slice(i, typed);
    const separatorsOnly = between.replace(/YL\d{3}/gi, '').split('').every((ch) => ch === ' ' || ch === '\t' || ch === ',');
    return separatorsOnly && /[\s,]$/.test(between) ? { kind: 'rule', start: typed } : undefined;
  }
  if (!startsWithAt(before, at, MODEL_KEYWORD)) return undefined;
  let i = skipBlanks(before, at + MODEL_KEYWORD.length);
  if (!startsWithAt(before, i, 'model')) return undefined;
  i = skipBlanks(before, i + 'model'.length);
  if (before.charCodeAt(i) !== 61) return undefined;
  const start = skipBlanks(before, i + 1);
  return wordStart >= start && [...before.slice(start)].every((ch) => isWord(ch.charCodeAt(0)) || ch === '-') ? { kind: 'model', start } : undefined;
}

/** The text of a suppression comment, as quick fixes insert it. */
export function printDisable(code: string, nextLine: boolean): string {
  return `# ${DISABLE_KEYWORD}${nextLine ? NEXT_LINE : ''} ${code}`;
}

/** The text of a model comment. */
export function printModelPin(model: string): string {
  return `# ${MODEL_KEYWORD} model=${model}`;
}
