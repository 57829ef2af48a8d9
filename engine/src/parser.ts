/**
 * A tolerant, position-exact parser for Yealink CFG and boot files. It never throws: every line becomes
 * one ParsedLine, and lines it cannot read are kept as `invalid` so rules can say why.
 * Positions are 0-based lines and UTF-16 columns, the same units as LSP and VS Code.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

interface LineBase {
  /** 0-based line number. */
  readonly line: number;
  /** The line's text without its line break (and without a leading BOM on line 0). */
  readonly text: string;
}

export interface HeaderLine extends LineBase {
  readonly kind: 'header';
  /** The part after `#!`, e.g. `version:1.0.0.1`. */
  readonly directive: string;
}

export interface BlankLine extends LineBase {
  readonly kind: 'blank';
}

export interface CommentLine extends LineBase {
  readonly kind: 'comment';
}

/** A `#!...` line that is not the header (RSA envelope markers, a header in the wrong place). */
export interface DirectiveLine extends LineBase {
  readonly kind: 'directive';
  readonly directive: string;
}

export interface SettingLine extends LineBase {
  readonly kind: 'setting';
  readonly key: string;
  readonly keySpan: Span;
  readonly value: string;
  /** Where the value stands; an empty value has start === end just after `=` and its spaces. */
  readonly valueSpan: Span;
  readonly equalsColumn: number;
  /** The key or value holds a template placeholder (`{$mac}`, `{{ var }}`): checks that need real text skip it. */
  readonly templatedKey: boolean;
  readonly templatedValue: boolean;
}

/** A boot-file `include:config` line, optionally limited to models by a `[T46S,T48S]` prefix. */
export interface IncludeLine extends LineBase {
  readonly kind: 'include';
  readonly models: readonly string[];
  readonly modelsSpan?: Span;
  readonly path: string;
  readonly pathSpan: Span;
}

/** A template engine statement line (`{% if %}`, `{# comment #}`, `{if $x}`): not Yealink syntax, not an error. */
export interface TemplateLine extends LineBase {
  readonly kind: 'template';
}

export interface InvalidLine extends LineBase {
  readonly kind: 'invalid';
  /** Why the line is not a setting, in words for the user. */
  readonly reason: string;
}

export type ParsedLine =
  | HeaderLine
  | BlankLine
  | CommentLine
  | DirectiveLine
  | SettingLine
  | IncludeLine
  | TemplateLine
  | InvalidLine;

/** What the bytes are, decided before any line-by-line reading. */
export type ContentKind = 'plain' | 'rsa-encrypted' | 'binary' | 'legacy-ini';

/** A line that is neither a setting, a comment nor blank: header, directive, include, template or invalid. */
export type StatementLine = Exclude<ParsedLine, SettingLine | CommentLine | BlankLine>;

export interface ParsedDocument {
  readonly lines: readonly ParsedLine[];
  readonly settings: readonly SettingLine[];
  /** The other lines that mean something, in file order (validation walks these beside `settings`). */
  readonly statements: readonly StatementLine[];
  readonly content: ContentKind;
  readonly hasBom: boolean;
  /** The line break the file mostly uses; kept when the file is rewritten. */
  readonly eol: '\r\n' | '\n';
  /** True when the text does not end with a line break. */
  readonly missingFinalNewline: boolean;
}

export const HEADER = '#!version:1.0.0.1';
export const RSA_ENVELOPE_HEADER = '#!encrypt:1.0.0.0';

const TEMPLATE_STATEMENT = /^\s*(?:\{%|\{#|\{\/?(?:if|else|elseif|foreach|section|assign|literal|\*)\b|\{\/(?:if|foreach|section)\})/;
/** A character every placeholder starts with: text without one holds none, and is told apart in one scan. */
const TEMPLATE_CHARACTER = /[{$%]/;
// Smarty's inline blocks (`{if $x}1{else}0{/if}`) count too: FusionPBX-style templates choose values with them.
const TEMPLATE_PLACEHOLDER = /\{\$|\{\{|\{%|\$\{|\$[A-Za-z_]\w*\$|%[A-Z_]+%(?<!%NULL%)|\{\/?(?:if|else|elseif|foreach|section)\b/;

/** Any line break LSP knows: \r\n, \n or a lone \r. */
const LINE_BREAK = /\r\n|\r|\n/;

/** Splits text into lines the way LSP does (\r\n, \n or \r), counting the two common kinds of break. */
export function splitLines(text: string): { lines: string[]; crlf: number; lf: number } {
  // The engine's native split is several times faster than a loop over the characters; the breaks are
  // counted by jumping from one \n to the next, and so are the \r.
  let crlf = 0;
  let lf = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    if (at > 0 && text.charCodeAt(at - 1) === 13 /* \r */) crlf++;
    else lf++;
  }
  let returns = 0;
  for (let at = text.indexOf('\r'); at >= 0; at = text.indexOf('\r', at + 1)) returns++;
  // A file with one kind of break (nearly all) is split on that string, twice as fast as on the expression.
  if (returns === crlf && (crlf === 0 || lf === 0)) return { lines: text.split(crlf > 0 ? '\r\n' : '\n'), crlf, lf };
  return { lines: text.split(LINE_BREAK), crlf, lf };
}

/**
 * Decides whether text is a readable CFG at all: V70+ text, an RSA envelope (`#!encrypt:1.0.0.0`), AES
 * output read as text, or the INI format of firmware before V70.
 */
export function detectContent(text: string): ContentKind {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.startsWith(RSA_ENVELOPE_HEADER)) return 'rsa-encrypted';
  const sample = body.slice(0, 4096);
  let unreadable = 0;
  for (let i = 0; i < sample.length; i++) {
    const ch = sample.charCodeAt(i);
    if (ch === 0 || ch === 0xfffd || (ch < 32 && ch !== 9 && ch !== 10 && ch !== 13)) unreadable++;
  }
  // AES output decoded as text is dense with control and replacement characters; real CFG text has none.
  if (sample.length > 0 && unreadable / sample.length > 0.05) return 'binary';
  if (!body.startsWith('#!') && looksLikeLegacyIni(sample)) return 'legacy-ini';
  return 'plain';
}

/**
 * Pre-V70 INI text: an `[ account ]` section line and a `path=/.../config...` line. Index arithmetic over
 * each line, no regular expression: this runs on every keystroke, on any text.
 */
function looksLikeLegacyIni(sample: string): boolean {
  let section = false;
  let path = false;
  for (const line of splitLines(sample).lines) {
    const { start, end } = trimmedSpan(line);
    if (!section && line.charCodeAt(start) === 91 /* [ */ && line.charCodeAt(end - 1) === 93 /* ] */ && end - start > 2) {
      const name = line.slice(start + 1, end - 1).trim();
      section = name !== '' && [...name].every((ch) => isWordChar(ch.charCodeAt(0)) || ch === ' ');
    }
    if (!path && line.slice(start, start + 4).toLowerCase() === 'path') {
      const value = line.slice(start + 4).trimStart();
      if (value.startsWith('=')) {
        const target = value.slice(1).trimStart();
        const token = target.slice(0, firstSpace(target));
        path = token.startsWith('/') && token.toLowerCase().includes('config');
      }
    }
    if (section && path) return true;
  }
  return false;
}

function trimmedSpan(text: string): Span {
  let start = 0;
  while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  let end = text.length;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 11 || code === 12 || code === 0xa0 || code === 0xfeff;
}

function firstSpace(text: string): number {
  for (let i = 0; i < text.length; i++) if (isSpace(text.charCodeAt(i))) return i;
  return text.length;
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** True for `{$mac}`, `{{ var }}` and similar placeholders of provisioning-server templates. */
export function hasTemplatePlaceholder(text: string): boolean {
  return TEMPLATE_CHARACTER.test(text) && TEMPLATE_PLACEHOLDER.test(text);
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

/** The part of a line between leading and trailing spaces and tabs (the same rule the parser uses). */
export function contentSpan(text: string): Span {
  let start = 0;
  while (start < text.length && isBlank(text.charCodeAt(start))) start++;
  let end = text.length;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** Index arithmetic instead of trim/slice chains: this runs once per line of every file, on every edit. */
function parseLine(text: string, line: number): ParsedLine {
  const length = text.length;
  let first = 0;
  while (first < length && isBlank(text.charCodeAt(first))) first++;
  if (first === length) return { kind: 'blank', line, text };
  const lead = text.charCodeAt(first);
  if (lead === 35 /* # */) {
    if (text.charCodeAt(first + 1) === 33 /* ! */) {
      const directive = text.slice(first + 2).trim();
      if (line === 0 && first === 0 && /^version:/i.test(directive)) return { kind: 'header', line, text, directive };
      return { kind: 'directive', line, text, directive };
    }
    return { kind: 'comment', line, text };
  }
  // Cheap character checks first: these regular expressions only matter for rare lines.
  if (lead === 123 /* { */ && TEMPLATE_STATEMENT.test(text.slice(first))) return { kind: 'template', line, text };
  // An include starts with `[models]` or `include:` (after any other blank characters the phone skips).
  if ((lead === 91 /* [ */ || lead === 105 /* i */ || lead === 73 /* I */ || isSpace(lead)) && text.includes('include:', first)) {
    const include = matchInclude(text, first);
    if (include) return parseInclude(text, line, first, include.models, include.path);
  }

  const equals = text.indexOf('=', first);
  if (equals < 0) {
    return {
      kind: 'invalid',
      line,
      text,
      reason: hasTemplatePlaceholder(text) ? 'template placeholder outside a setting' : 'a setting needs `key = value`; this line has no `=`',
    };
  }
  if (equals === first) return { kind: 'invalid', line, text, reason: 'the line starts with `=`: the parameter name is missing' };
  let keyEnd = equals;
  while (keyEnd > first && isBlank(text.charCodeAt(keyEnd - 1))) keyEnd--;
  let valueStart = equals + 1;
  while (valueStart < length && isBlank(text.charCodeAt(valueStart))) valueStart++;
  let valueEnd = length;
  while (valueEnd > valueStart && isBlank(text.charCodeAt(valueEnd - 1))) valueEnd--;
  const key = text.slice(first, keyEnd);
  const value = text.slice(valueStart, valueEnd);
  // Most lines hold no template character at all: one scan of the line spares one each of key and value.
  const maybeTemplated = TEMPLATE_CHARACTER.test(text);
  const templated = maybeTemplated ? (hasTemplatePlaceholder(key) ? TEMPLATED_KEY : 0) | (hasTemplatePlaceholder(value) ? TEMPLATED_VALUE : 0) : 0;
  return new ParsedSetting(line, text, key, value, first, valueStart, equals, templated);
}

const TEMPLATED_KEY = 1;
const TEMPLATED_VALUE = 2;

/**
 * A setting line, kept small: a large file's analysis stays in memory while it is open, and every object a
 * parse makes is work for the collector on every edit. Its spans are made from the starts and the lengths
 * of key and value when asked for (most settings are never reported), `kind` lives on the prototype, and
 * the two template flags share one number.
 */
class ParsedSetting implements SettingLine {
  declare readonly kind: 'setting';

  constructor(
    readonly line: number,
    readonly text: string,
    readonly key: string,
    readonly value: string,
    private readonly keyStart: number,
    private readonly valueStart: number,
    readonly equalsColumn: number,
    private readonly templated: number,
  ) {}

  get keySpan(): Span {
    return { start: this.keyStart, end: this.keyStart + this.key.length };
  }

  get valueSpan(): Span {
    return { start: this.valueStart, end: this.valueStart + this.value.length };
  }

  get templatedKey(): boolean {
    return (this.templated & TEMPLATED_KEY) !== 0;
  }

  get templatedValue(): boolean {
    return (this.templated & TEMPLATED_VALUE) !== 0;
  }
}
(ParsedSetting.prototype as { kind: string }).kind = 'setting';

/**
 * `[T46S,T48S]include:config "path"` from column `first`: the optional model list, then the path with its
 * surrounding blanks trimmed. By hand, so a line of 300k spaces costs one pass.
 */
function matchInclude(text: string, first: number): { models?: string; path: string } | undefined {
  let i = first;
  let models: string | undefined;
  if (text.charCodeAt(i) === 91 /* [ */) {
    const close = text.indexOf(']', i + 1);
    if (close < 0) return undefined;
    models = text.slice(i + 1, close);
    i = close + 1;
  }
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  const keyword = 'include:config';
  if (text.slice(i, i + keyword.length).toLowerCase() !== keyword) return undefined;
  i += keyword.length;
  const { start, end } = trimmedSpan(text.slice(i));
  return { models, path: text.slice(i + start, i + end) };
}

function parseInclude(
  text: string,
  line: number,
  offset: number,
  modelsText: string | undefined,
  rawPath: string,
): IncludeLine {
  const models = modelsText === undefined ? [] : modelsText.split(',').map((m) => m.trim()).filter((m) => m !== '');
  const modelsSpan = modelsText === undefined ? undefined : { start: offset + 1, end: offset + 1 + modelsText.length };
  const quoted = /^"(.*)"$/.exec(rawPath);
  const path = quoted ? quoted[1] : rawPath;
  const pathStartInLine = rawPath === '' ? text.trimEnd().length : text.lastIndexOf(rawPath);
  const pathStart = pathStartInLine + (quoted ? 1 : 0);
  return { kind: 'include', line, text, models, modelsSpan, path, pathSpan: { start: pathStart, end: pathStart + path.length } };
}

/** Parses a whole document. Never throws; unreadable input yields `content` other than 'plain'. */
export function parse(text: string): ParsedDocument {
  const hasBom = text.charCodeAt(0) === 0xfeff;
  const body = hasBom ? text.slice(1) : text;
  const { lines: rawLines, crlf, lf } = splitLines(body);
  const content = detectContent(body);
  // Sized once: growing a 20,000-entry array step by step leaves its earlier copies for the collector.
  const lines: ParsedLine[] = new Array<ParsedLine>(rawLines.length);
  // Most lines are settings: sized for all, cut to the count at the end (in place, no copy).
  const settings: SettingLine[] = new Array<SettingLine>(rawLines.length);
  let settingCount = 0;
  const statements: StatementLine[] = [];
  if (content === 'plain') {
    for (let i = 0; i < rawLines.length; i++) {
      const parsed = parseLine(rawLines[i], i);
      lines[i] = parsed;
      // A class check rather than `kind`: line objects have several shapes, and a field read across many
      // shapes is slow on every line of every file.
      if (parsed instanceof ParsedSetting) settings[settingCount++] = parsed;
      else if (parsed.kind !== 'comment' && parsed.kind !== 'blank') statements.push(parsed as StatementLine);
    }
  } else {
    // Encrypted, binary or legacy text is one opaque block: rules report it once instead of per line.
    rawLines.forEach((lineText, i) => (lines[i] = { kind: 'blank', line: i, text: lineText }));
  }
  settings.length = settingCount;
  const last = rawLines[rawLines.length - 1];
  return {
    lines,
    settings,
    statements,
    content,
    hasBom,
    eol: crlf > lf ? '\r\n' : '\n',
    missingFinalNewline: last !== '' && rawLines.length > 0,
  };
}

/** Splits a key into its dot-separated segments with their columns, for hover and completion. */
export function keySegments(key: string, keyStart = 0): { text: string; span: Span }[] {
  const segments: { text: string; span: Span }[] = [];
  let start = 0;
  for (let i = 0; i <= key.length; i++) {
    if (i === key.length || key[i] === '.') {
      segments.push({ text: key.slice(start, i), span: { start: keyStart + start, end: keyStart + i } });
      start = i + 1;
    }
  }
  return segments;
}
