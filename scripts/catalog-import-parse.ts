/**
 * Parsers for the pinned sources of `npm run catalog:import`: Yealink's `.cfg` templates with their comment
 * blocks, sipXyealink's typed XML with its labels, and PrimeVOX's structured entries. They read facts only
 * (names, ranges, defaults, permitted values with short labels, reboot and model notes, firmware markers),
 * never sentences.
 */
import type { EnumValue, ValueKind } from '../engine/src/catalog/types';

/** One mention of a parameter name in one source, with the facts written next to it. */
export interface RawFact {
  /** The name folded to a pattern (`account.X.sip_server.Y.address`). */
  readonly pattern: string;
  /** The number each placeholder had where the name was written with numbers (undefined for `X`). */
  readonly numbers: readonly (number | undefined)[];
  /** 1-based line of the mention. */
  readonly line: number;
  /** The template's section banner above it, e.g. "Network CDP". */
  readonly section?: string;
  /** True when the name only appears in a comment (`##static.wifi.X.label=`). */
  readonly commented: boolean;
  readonly kind?: ValueKind;
  /** Where the value kind came from: a typed schema, a template comment, or someone else's labels. */
  readonly kindFrom?: 'typed' | 'comment' | 'labels';
  /** The kind a typed schema's own comment gives, when it differs in source from `kind`. */
  readonly commentKind?: ValueKind;
  readonly default?: string;
  readonly reboot?: boolean;
  /** Model names as written in an "Only ... support" note, resolved later against the models table. */
  readonly models?: readonly string[];
  /** Firmware that added the name ("V83" from a `V83 Add` marker). */
  readonly firmware?: string;
  /** Index ranges stated in the comment ("X ranges from 1 to 10"), by placeholder position. */
  readonly ranges?: readonly ({ min: number; max: number } | undefined)[];
}

// ------------------------------------------------------------------ names and placeholders

const LETTERS = ['X', 'Y', 'Z', 'W', 'V'];
const PLACEHOLDER_SEGMENT = /^(?:[XxYyZz]|%d|\*|\{\{[^}]*\}\})$/;
const LITERAL_SEGMENT = /^[a-z0-9_-]+$/;

/**
 * A written name as a pattern: numbers and placeholders (`X`, `x`, `Y`, `%d`, `*`, a template variable
 * `{{ line }}`) become index letters X, Y, Z in order; the rest is lower-cased. Undefined for text that
 * is not a parameter name (no dot, odd characters).
 */
export function foldName(written: string): { pattern: string; numbers: (number | undefined)[] } | undefined {
  const name = written.trim().replace(/\{\{[^}]*\}\}/g, 'X');
  const segments = name.split('.');
  if (segments.length < 2 || segments.some((segment) => segment === '')) return undefined;
  const numbers: (number | undefined)[] = [];
  const out: string[] = [];
  for (const segment of segments) {
    if (/^\d+$/.test(segment)) {
      if (numbers.length >= LETTERS.length) return undefined;
      out.push(LETTERS[numbers.length]);
      numbers.push(Number(segment));
    } else if (PLACEHOLDER_SEGMENT.test(segment)) {
      if (numbers.length >= LETTERS.length) return undefined;
      out.push(LETTERS[numbers.length]);
      numbers.push(undefined);
    } else {
      const lower = segment.toLowerCase();
      if (!LITERAL_SEGMENT.test(lower)) return undefined;
      out.push(lower);
    }
  }
  if (!/[a-z]/.test(out[0])) return undefined;
  return { pattern: out.join('.'), numbers };
}

// ------------------------------------------------------------------ comment blocks

/** Facts read from a comment block. Values, default and range are only used for a single name. */
export interface CommentFacts {
  kind?: ValueKind;
  default?: string;
  reboot?: boolean;
  models?: string[];
  firmware?: string;
  /** Index ranges by placeholder letter (X, Y, ...). */
  ranges?: Record<string, { min: number; max: number }>;
}

const MAX_LABEL_WORDS = 4;

/** A value label cut to its name: "Ignore:the mixed of tone" -> "Ignore"; undefined if it is a sentence. */
export function shortLabel(text: string): string | undefined {
  const label = text
    .replace(/\(\s*default\s*\)/gi, '')
    .split(/[:(（]/)[0]
    .replace(/[.;,)\]\s]+$/, '')
    .replace(/^[\s"'“]+|[\s"'”]+$/g, '')
    .trim();
  if (!label || !/[A-Za-z0-9]/.test(label) || /[^\x20-\x7e]/.test(label)) return undefined;
  return label.split(/\s+/).length <= MAX_LABEL_WORDS ? label : undefined;
}

const OFF = /^(?:disabled?|disbaled|off|no|false)$/i;
const ON = /^(?:enabled?|on|yes|true)$/i;

/** The kind for a list of values with labels: 0/1 lists become bool (with their labels unless plain). */
export function kindForValues(values: readonly EnumValue[]): ValueKind {
  const sorted = [...values].sort((a, b) => a.value.localeCompare(b.value));
  if (sorted.length === 2 && sorted[0].value === '0' && sorted[1].value === '1') {
    const [off, on] = sorted;
    if (OFF.test(off.label) && ON.test(on.label)) return { kind: 'bool' };
    return { kind: 'bool', off: off.label, on: on.label };
  }
  return { kind: 'enum', values };
}

/**
 * Reads a value list written as `0-Disabled (default), 1-Enabled;` (also `0 - Off`, `(0-Disable,1-Enable)`).
 * Returns the values with short labels and the one marked "(default)"; undefined when fewer than two.
 */
export function readValueList(text: string): { values: EnumValue[]; default?: string } | undefined {
  const starts = [...text.matchAll(/(?<![\w.+-])(-?\d+)\s*-\s*(?=[A-Za-z])/g)];
  const groups: { values: EnumValue[]; default?: string }[] = [];
  let group: { values: EnumValue[]; default?: string } = { values: [] };
  starts.forEach((start, i) => {
    const from = (start.index ?? 0) + start[0].length;
    const to = i + 1 < starts.length ? starts[i + 1].index ?? text.length : text.length;
    const rest = text.slice(from, to);
    const cut = /[,;，\n]|\.(?:\s|$)|\s-?\d+\s*-\s*[A-Za-z]/.exec(rest);
    const own = cut ? rest.slice(0, cut.index) : rest;
    const between = cut ? rest.slice(cut.index) : '';
    const value = start[1];
    // Lists count up (0, 1, 2 or 404, 480, 486): after a lone first item, a smaller number starts another list
    // ("3-level ... 0-Disabled"); a longer list may name its values out of order ("0-Disabled, 2-Forced, 1-Negotiated").
    const last = group.values[group.values.length - 1];
    if (group.values.some((v) => v.value === value) || (last && group.values.length < 2 && Number(value) < Number(last.value))) {
      groups.push(group);
      group = { values: [] };
    }
    group.values.push({ value, label: shortLabel(own) ?? `value ${value}` });
    if (/\(\s*default\s*\)/i.test(own) || /^\s*\(\s*default\s*\)/i.test(between)) group.default = value;
    // Anything but separators between this item and the next ends the list.
    if (!/^[\s,;，.()]*(?:\(\s*default\s*\)[\s,;，.]*)?(?:or\s+|and\s+)?$/i.test(between)) {
      groups.push(group);
      group = { values: [] };
    }
  });
  groups.push(group);
  const best = groups.filter((g) => g.values.length >= 2).sort((a, b) => b.values.length - a.values.length)[0];
  return best;
}

const RANGE_PATTERNS = [
  /\binteger from (?<min>-?\d+) to (?<max>-?\d+)/i,
  /\b(?:it|both|they|value|values|which|that)\s+(?:ranges?|range)\s+from\s+(?<min>-?\d+)\s*(?<default>\(\s*default\s*\))?\s*to\s+(?<max>-?\d+)/i,
  /^\s*ranges?\s+from\s+(?<min>-?\d+)\s*(?<default>\(\s*default\s*\))?\s*to\s+(?<max>-?\d+)/i,
  /\brange:\s*(?<min>-?\d+)\s*-\s*(?<max>-?\d+)/i,
];

/** "It ranges from 0 (default) to 2000" -> { min: 0, max: 2000, default: '0' }. */
export function readValueRange(text: string): { min: number; max: number; default?: string } | undefined {
  for (const pattern of RANGE_PATTERNS) {
    const groups = pattern.exec(text)?.groups;
    if (!groups) continue;
    const min = Number(groups.min);
    const max = Number(groups.max);
    if (min > max) continue;
    return { min, max, ...(groups.default ? { default: String(min) } : {}) };
  }
  return undefined;
}

/** "The default value is 3.It takes effect" -> "3"; "The default value is blank" -> "". */
export function readDefault(text: string): string | undefined {
  const match = /\bdefault value is:?\s+(?:"([^"]*)"|(blank|empty)\b|(-?\d+(?:\.\d+)?)(?=$|[\s,;)]|\.(?!\d))|([A-Za-z][A-Za-z0-9_+-]*)(?=[\s.,;)]|$))/i.exec(text);
  if (!match) return undefined;
  if (match[1] !== undefined) return match[1];
  if (match[2] !== undefined) return '';
  return match[3] ?? match[4];
}

const REBOOT = /takes? effect after (?:a |the )?(?:reboot|restart)|requires? (?:a )?reboot|need(?:s)? (?:a |to )?reboot|#\s*require reboot/i;
const FIRMWARE_MARKER = /^V(\d{2})(\s*SP\d+)?\s*(?:add(?:ed)?|new)?\b[^A-Za-z]*$/i;
const UNIT = /\(in (seconds|minutes|milliseconds|hours|days)\)/i;

/** Model names from "Only T54S/T52S Models support ..." or "(Only support T5XW/T54S)". */
export function readModels(text: string): string[] | undefined {
  const match = /\b[Oo]nly\s+(?:support(?:s|ed)?\s+(?:by\s+)?)?((?:SIP-)?[A-Z][A-Za-z0-9_()]*(?:\s*\/\s*[A-Za-z0-9_()]+(?:\s+E2)?)*)/.exec(text);
  if (!match) return undefined;
  const names = match[1]
    .split('/')
    .map((name) => name.trim().replace(/^SIP-/, ''))
    .filter(Boolean);
  return names.length > 0 && names.every((name) => /\d/.test(name) || /^[A-Z]$/.test(name)) ? names : undefined;
}

/** Everything a comment block says, in facts. `text` is the block's lines joined with spaces. */
export function readComment(lines: readonly string[]): CommentFacts {
  const facts: CommentFacts = {};
  const text = lines.map((line) => line.replace(/^[\s#/<!-]*|[\s#/>-]*$/g, '')).filter(Boolean).join('\n');
  for (const line of lines) {
    const marker = FIRMWARE_MARKER.exec(line.replace(/^[\s#]*|[\s#]*$/g, ''));
    if (marker) facts.firmware = `V${marker[1]}${marker[2] ? ` ${marker[2].trim().toUpperCase()}` : ''}`;
  }
  if (REBOOT.test(text)) facts.reboot = true;
  const models = readModels(text);
  if (models) facts.models = models;
  const ranges: Record<string, { min: number; max: number }> = {};
  for (const match of text.matchAll(/\b([XYZ])\s*(?:ranges?|=)\s*(?:from\s+)?(\d+)\s*(?:to|-)\s*(\d+)/g)) {
    const [, letter, min, max] = match;
    const old = ranges[letter];
    ranges[letter] = { min: Math.min(Number(min), old?.min ?? Infinity), max: Math.max(Number(max), old?.max ?? -Infinity) };
  }
  if (Object.keys(ranges).length > 0) facts.ranges = ranges;
  const withoutIndexRanges = text.replace(/\b[XYZ]\s*ranges?\s+from\s+\d+\s+to\s+\d+/g, '');
  const list = readValueList(withoutIndexRanges);
  const range = readValueRange(withoutIndexRanges);
  if (list) {
    facts.kind = kindForValues(list.values);
    if (list.default !== undefined) facts.default = list.default;
  } else if (range) {
    const unit = UNIT.exec(withoutIndexRanges)?.[1]?.toLowerCase();
    facts.kind = { kind: 'integer', min: range.min, max: range.max, ...(unit ? { unit } : {}) };
    if (range.default !== undefined) facts.default = range.default;
  }
  const stated = readDefault(withoutIndexRanges);
  if (stated !== undefined && facts.default === undefined) facts.default = stated;
  return facts;
}

// ------------------------------------------------------------------ templates

/** A key line, active (`key = value`) or commented (`##key =`, `##key`, `#key(note)`). */
const KEY_LINE = /^(\s*)(#*)\s*((?:\{\{[^}]*\}\}|[A-Za-z0-9_%*-])+(?:\.(?:\{\{[^}]*\}\}|[A-Za-z0-9_%*-]+))+)\s*(=.*|\(.*|--.*)?$/;
const BANNER_RULE = /^\s*#{10,}\s*$/;
/**
 * A comment line that starts a new block after commented names: a firmware marker or a description
 * ("Configure ...", "Enable or disable ..."). Notes such as "(X ranges from 1 to 5)" or "Only T54S ..."
 * after a list of commented names belong to that list.
 */
const STARTS_BLOCK = /^#+\s*(?:V\d\d\b|configure|enable|disable|it |set |specify|define|select|when |the |this |if |for )/i;

/**
 * Reads a `.cfg`-style template: every key line (active or commented) with the facts of the comment block
 * above the run of keys it belongs to. A blank line ends a run; the next comment starts a new block.
 */
export function parseTemplate(text: string): RawFact[] {
  const lines = text.split(/\r?\n/);
  const facts: RawFact[] = [];
  let section: string | undefined;
  let block: string[] = [];
  let blockNames: { index: number }[] = [];
  /** Facts mentions of the current run, to apply the block to once the run ends. */
  let run: { fact: RawFact; index: number }[] = [];
  let runBlock: string[] = [];

  const finishRun = (): void => {
    if (run.length > 0) applyBlock(facts, run.map((r) => r.index), runBlock);
    run = [];
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    if (BANNER_RULE.test(trimmed)) {
      // `#####` / `## Title ##` / `#####`: a section banner, not a comment block.
      const title = lines[i + 1]?.replace(/^[\s#]*|[\s#]*$/g, '').trim();
      if (title && BANNER_RULE.test(lines[i + 2]?.trim() ?? '') && /^[\x20-\x7e]+$/.test(title)) {
        finishRun();
        section = title.replace(/\s+/g, ' ');
        block = [];
        blockNames = [];
        i += 2;
      }
      continue;
    }
    if (trimmed === '' || /^\{[A-Z]+/.test(trimmed) || /^\{%/.test(trimmed)) {
      if (run.length > 0) {
        finishRun();
        block = [];
        blockNames = [];
      }
      continue;
    }
    const key = KEY_LINE.exec(line);
    const folded = key ? foldName(key[3]) : undefined;
    const commented = key ? key[2].length > 0 : trimmed.startsWith('#');
    if (folded && key) {
      const fact: RawFact = { ...folded, line: i + 1, section, commented };
      facts.push(fact);
      if (commented) {
        if (run.length > 0) {
          finishRun();
          block = [];
          blockNames = [];
        }
        block.push(line);
        blockNames.push({ index: facts.length - 1 });
      } else {
        if (run.length === 0) {
          runBlock = block;
          run = blockNames.map(({ index }) => ({ fact: facts[index], index }));
          block = [];
          blockNames = [];
        }
        run.push({ fact, index: facts.length - 1 });
      }
      continue;
    }
    if (trimmed.startsWith('#')) {
      if (run.length > 0) {
        finishRun();
        block = [];
        blockNames = [];
      } else if (blockNames.length > 0 && STARTS_BLOCK.test(trimmed)) {
        // Commented names, then a marker or a new description: the old block ends with its names.
        applyBlock(facts, blockNames.map((n) => n.index), block);
        block = [];
        blockNames = [];
      }
      block.push(line);
    }
  }
  finishRun();
  if (blockNames.length > 0) applyBlock(facts, blockNames.map((n) => n.index), block);
  return applyHeaderRanges(facts, lines);
}

/**
 * A file-wide note such as `##account.X.*:(T5XW/T54S: X ranges from 1 to 16. T21(P) E2: X ranges from 1 to 2.)##`
 * gives the range of X for every name under that prefix.
 */
function applyHeaderRanges(facts: RawFact[], lines: readonly string[]): RawFact[] {
  const byPrefix = new Map<string, { min: number; max: number }>();
  for (const line of lines) {
    const header = /^\s*#+\s*([a-z_][a-z0-9_.]*)\.[Xx]\.\*\s*:(.*)$/.exec(line);
    const range = header ? readComment([header[2]]).ranges?.X : undefined;
    if (header && range) byPrefix.set(`${header[1].toLowerCase()}.X.`, range);
  }
  if (byPrefix.size === 0) return facts;
  return facts.map((fact) => {
    for (const [prefix, range] of byPrefix) {
      if (!fact.pattern.startsWith(prefix) || fact.ranges?.[0]) continue;
      const ranges = [...(fact.ranges ?? fact.numbers.map(() => undefined))];
      ranges[0] = range;
      return { ...fact, ranges };
    }
    return fact;
  });
}

/** Applies a comment block to the names that follow it; values/default/range only to a single pattern. */
function applyBlock(facts: RawFact[], indexes: readonly number[], block: readonly string[]): void {
  if (block.length === 0) return;
  // A commented key line contributes only its note: `#programablekey.X.label(X ranges from 1 to 4)`.
  const comment = readComment(
    block.map((line) => {
      const key = KEY_LINE.exec(line);
      return key ? (/^(\(|--)/.test(key[4] ?? '') ? key[4] ?? '' : '') : line;
    }),
  );
  // A block that documents a composite format (`#dialplan.item.X = Enabled,Prefix,Replaced,LineID`)
  // describes the parts, not the value as a whole.
  const composite = block.some((line) => /^\s*#.*=\s*[A-Za-z]+\s*,\s*[A-Za-z]+/.test(line) && KEY_LINE.test(line));
  const single = new Set(indexes.map((i) => facts[i].pattern)).size === 1 && !composite;
  for (const i of indexes) {
    const fact = facts[i];
    const ranges = comment.ranges
      ? fact.pattern
          .split('.')
          .filter((segment) => /^[A-Z]$/.test(segment))
          .map((letter, position, letters) => comment.ranges?.[letters.length === 1 ? Object.keys(comment.ranges)[0] : letter] ?? comment.ranges?.[LETTERS[position]])
      : undefined;
    facts[i] = {
      ...fact,
      // A typed schema's kind wins over its comment; the comment's kind is kept to report disagreement.
      ...(single && comment.kind
        ? fact.kindFrom === 'typed'
          ? { commentKind: comment.kind }
          : { kind: comment.kind, kindFrom: 'comment' as const }
        : {}),
      ...(single && comment.default !== undefined ? { default: comment.default } : {}),
      ...(comment.reboot ? { reboot: true } : {}),
      ...(comment.models ? { models: comment.models } : {}),
      ...(comment.firmware ? { firmware: comment.firmware } : {}),
      ...(ranges?.some(Boolean) ? { ranges } : {}),
    };
  }
}

// ------------------------------------------------------------------ sipXyealink typed XML

/** sipXyealink value types by id: `<type id="x"><enum>...</enum></type>`. */
export type SipxTypes = Map<string, ValueKind>;

/** Reads `<type>` bodies: boolean, integer (min/max), float, ipaddr, string, enum options. */
export function readSipxType(body: string, labels?: ReadonlyMap<string, string>, id?: string): ValueKind | undefined {
  if (/<boolean\b/.test(body)) return { kind: 'bool' };
  const integer = /<integer\b([^>]*)\/?>/.exec(body);
  if (integer) {
    const min = /min="(-?\d+)"/.exec(integer[1]);
    const max = /max="(-?\d+)"/.exec(integer[1]);
    return min && max ? { kind: 'integer', min: Number(min[1]), max: Number(max[1]) } : undefined;
  }
  if (/<ipaddr\b/.test(body)) return { kind: 'ipv4' };
  if (/<multi-enum\b/.test(body)) return undefined;
  if (/<enum\b/.test(body)) {
    const values: EnumValue[] = [];
    for (const option of body.matchAll(/<option>\s*(?:<value>([^<]*)<\/value>|([^<\s][^<]*?))\s*<\/option>/g)) {
      const value = (option[1] ?? option[2] ?? '').trim();
      if (value === '' || values.some((v) => v.value === value)) continue;
      const label = (id ? labels?.get(`${id}.${value}`) : undefined) ?? value;
      values.push({ value, label: shortLabel(label) ?? value });
    }
    return values.length >= 2 ? kindForValues(values) : undefined;
  }
  return undefined;
}

export function parseSipxTypes(xml: string, labels?: ReadonlyMap<string, string>): SipxTypes {
  const types: SipxTypes = new Map();
  for (const match of xml.matchAll(/<type id="([^"]+)">([\s\S]*?)<\/type>/g)) {
    const kind = readSipxType(match[2], labels, match[1]);
    if (kind) types.set(match[1], kind);
  }
  return types;
}

/** `type.<id>.<value>=Label` lines of a sipXyealink .properties file, keyed `<id>.<value>`. */
export function parseSipxLabels(properties: string): Map<string, string> {
  const labels = new Map<string, string>();
  for (const line of properties.split(/\r?\n/)) {
    const match = /^type\.([^.=]+)\.((?:\\.|[^=\\])+)=(.*)$/.exec(line.trim());
    if (match) labels.set(`${match[1]}.${match[2].replace(/\\(.)/g, '$1')}`, match[3].trim());
  }
  return labels;
}

/**
 * Reads sipXyealink's phone or line model: each `<setting>` (its profile name when given), typed by its
 * `<type>` and by the Yealink comment above it. `prefix` is `account.X.` for the line model; settings
 * of a `<collection name="c">` are `c.X.<name>`. sipXyealink's own `<value>` choices are not defaults.
 * With `typed: false` the model's own value types are skipped: only names and the comments count.
 */
export function parseSipxModel(xml: string, types: SipxTypes, prefix = '', options: { typed?: boolean } = {}): RawFact[] {
  const typed = options.typed ?? true;
  const facts: RawFact[] = [];
  const token = /<!--([\s\S]*?)-->|<collection\s+name="([^"]+)"\s+size="(\d+)"\s*(\/?)>|<\/collection>|<setting\b([^>]*?)(\/>|>([\s\S]*?)<\/setting>)|<\/?group\b[^>]*>/g;
  const lineStarts: number[] = [0];
  for (let i = 0; i < xml.length; i++) if (xml.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  let block: string[] = [];
  let run: number[] = [];
  let collection: string | undefined;
  const finish = (): void => {
    if (run.length > 0) applyBlock(facts, run, block);
    run = [];
    block = [];
  };
  for (const match of xml.matchAll(token)) {
    const [whole, comment, collectionName, size, selfClosing, attributes, , body] = match;
    if (comment !== undefined) {
      if (run.length > 0) finish();
      block.push(...comment.split(/\r?\n/));
    } else if (collectionName !== undefined) {
      finish();
      collection = selfClosing || Number(size) === 0 || !/^[a-z_]+$/.test(collectionName) ? undefined : collectionName;
      if (selfClosing) collection = undefined;
    } else if (whole.startsWith('</collection')) {
      finish();
      collection = undefined;
    } else if (attributes !== undefined) {
      const name = /\bname="([^"]+)"/.exec(attributes)?.[1] ?? '';
      const profile = body ? /<profileName>([^<]+)<\/profileName>/.exec(body)?.[1] : undefined;
      const written = profile ?? name;
      const full = collection ? `${collection}.X.${written}` : prefix && written !== 'voice_mail.number' ? `${prefix}${written}` : written === 'voice_mail.number' ? 'voice_mail.number.X' : written;
      const folded = foldName(full);
      if (!folded || (!collection && !prefix && !written.includes('.'))) continue;
      const refid = body ? /<type\s+refid="([^"]+)"/.exec(body)?.[1] : undefined;
      const inline = body ? /<type>([\s\S]*?)<\/type>/.exec(body)?.[1] : undefined;
      const kind = !typed ? undefined : refid ? types.get(refid) : inline ? readSipxType(inline) : undefined;
      facts.push({ ...folded, line: lineOf(match.index ?? 0), commented: false, ...(kind ? { kind, kindFrom: 'typed' as const } : {}) });
      run.push(facts.length - 1);
    } else {
      finish();
    }
  }
  finish();
  return facts;
}

// ------------------------------------------------------------------ PrimeVOX

/** `load_device_default($con,$n,"Group","Label","Description","name",1,"v","Label",...)` entries. */
export function parsePrimevox(php: string): RawFact[] {
  const facts: RawFact[] = [];
  const lines = php.split(/\r?\n/);
  lines.forEach((line, i) => {
    const match = /load_device_default\(\$con,\s*\$device_counter,\s*"[^"]*",\s*"[^"]*",\s*"(?:[^"\\]|\\.)*",\s*"([^"]+)",\s*(\d+),(.*)\);/.exec(line);
    if (!match) return;
    const folded = foldName(match[1]);
    if (!folded) return;
    const args = [...match[3].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]);
    let kind: ValueKind | undefined;
    if (match[2] === '1' && args.length >= 4 && args.length % 2 === 0) {
      const values: EnumValue[] = [];
      for (let a = 0; a < args.length; a += 2) {
        if (!values.some((v) => v.value === args[a])) values.push({ value: args[a], label: shortLabel(args[a + 1]) ?? `value ${args[a]}` });
      }
      kind = kindForValues(values);
    }
    facts.push({ ...folded, line: i + 1, commented: false, ...(kind ? { kind, kindFrom: 'labels' as const } : {}) });
  });
  return facts;
}
