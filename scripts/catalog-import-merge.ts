/**
 * Merges every mention of a parameter across the pinned sources into one generated catalog entry, by a
 * written rule (also in README, "Catalog layers"):
 *
 * - Names: every name any source writes, active or commented, is an entry.
 * - Value kind: a typed schema (sipXyealink's XML) wins over template comments; otherwise the newest
 *   firmware's comment wins. A kind read from one template comment only is `valueCertainty: 'template'`;
 *   where sources disagree, or the kind comes only from a non-Yealink table, it is `'uncertain'`.
 * - Default: the newest firmware that states one wins; a default the value kind does not permit is dropped.
 * - Reboot: a reboot note in any Yealink source counts.
 * - Models: the newest source with an "Only ... support" note wins; a note naming a model the models table
 *   does not know is not used.
 * - Firmware: the earliest "V8x Add" / "V81 NEW" marker.
 * - Indexes: a range a comment states, widened to every number the sources write; names sharing an
 *   indexed prefix (`account.X.`) share its range. With no stated range the upper limit is left open:
 *   the numbers a template writes show indexes that exist, not where they end (a W70B template writing
 *   handsets 1 and 2, sipXyealink's W52P writing 1 to 5, say nothing of a W80 DECT manager's handsets).
 *   Where the templates state no range but a hand-written entry under the same prefix has one (from a
 *   Yealink guide: `account.X.outbound_proxy.Y`, Y 1-2), that range applies. Prefixes bounded per model
 *   (`account.X`, `linekey.X`, `handset.X` ...) still get each model's count.
 * - Names no source gives values for: `…enable` / `…_enable` names are 0/1, `…url` names URLs, `…port`
 *   names port numbers 0–65535, inferred from the name and marked `uncertain` (YL004 then only informs).
 * - A name only one source file writes, one typing slip away from a name other files write
 *   (`ccount.X.dns_cache_srv.Y.target` beside `account.X.dns_cache_srv.Y.target`), also with a missing or
 *   extra `static.` prefix (`auto_provision.weekly.enalbe` beside `static.auto_provision.weekly.enable`), is taken for a slip
 *   in that template and left out, so YL003 still flags it; the conflicts list names each one.
 * Every disagreement is recorded as a Conflict with how it was settled; `catalog:check` lists them.
 */
import { FAMILIES } from '../engine/src/catalog/data';
import { MODELS } from '../engine/src/catalog/models';
import type { GeneratedEntry, GeneratedRange } from '../engine/src/catalog/layers';
import type { ModelCapability, ValueKind } from '../engine/src/catalog/types';
import { checkValue } from '../engine/src/values';
import type { RawFact } from './catalog-import-parse';
import type { PinnedFile } from './catalog-import-sources';

export interface Mention {
  readonly file: PinnedFile;
  readonly fact: RawFact;
}

export interface Conflict {
  readonly pattern: string;
  readonly field: 'value' | 'default' | 'models' | 'index' | 'name';
  /** What each source says, e.g. "TPL-V80-T4X: 0..300". */
  readonly claims: readonly string[];
  readonly settled: string;
}

const PER_MODEL: readonly [RegExp, ModelCapability][] = [
  [/^account\.X$/, 'accounts'],
  [/^linekey\.X$/, 'lineKeys'],
  [/^memorykey\.X$/, 'memoryKeys'],
  [/^programablekey\.X$/, 'programmableKeys'],
  [/^expansion_module\.X$/, 'expansionModules'],
  [/^expansion_module\.X\.key\.Y$/, 'expansionKeys'],
  [/^handset\.X$/, 'handsets'],
];

const UNKNOWN_MAX = 9999;

/** "T5XW" is Yealink's shorthand for the T5 W models; "T48G/S" writes the S model as "S". */
function resolveModels(written: readonly string[]): string[] | undefined {
  const known = new Set(MODELS.map((model) => model.name));
  const out: string[] = [];
  let stem = '';
  for (const raw of written) {
    let name = raw.replace(/\s+/g, '').replace(/^SIP-?/i, '');
    if (/^[A-Z]$/.test(name) && stem) name = stem + name;
    if (name === 'T5XW') {
      out.push(...MODELS.filter((m) => /^T5\dW$/.test(m.name)).map((m) => m.name));
      continue;
    }
    name = name.replace(/^T(\d\d)\(P\)E2$/, 'T$1P_E2').replace(/^T(\d\d)P?E2$/, 'T$1P_E2');
    if (!known.has(name)) return undefined;
    stem = name.slice(0, -1);
    out.push(name);
  }
  return [...new Set(out)].sort();
}

const kindKey = (kind: ValueKind | undefined): string => {
  if (!kind) return 'text';
  if (kind.kind === 'enum') return `enum:${kind.values.map((v) => v.value).join('|')}`;
  if (kind.kind === 'integer' || kind.kind === 'float') return `${kind.kind}:${kind.min}..${kind.max}`;
  return kind.kind;
};

const describe = (kind: ValueKind): string => kindKey(kind).replace(/^enum:/, 'values ').replace(/^integer:/, '');

const byNewest = (a: Mention, b: Mention): number =>
  b.file.rank - a.file.rank || Number(a.fact.commented) - Number(b.fact.commented) || a.file.tag.localeCompare(b.file.tag) || a.fact.line - b.fact.line;

/** Merges mentions of one pattern; index ranges are filled in afterwards by `mergeAll`. */
function mergeOne(pattern: string, mentions: Mention[], conflicts: Conflict[]): GeneratedEntry {
  const sorted = [...mentions].sort(byNewest);
  const yealink = sorted.filter((m) => m.file.yealink);

  // value kind
  const typed = sorted.filter((m) => m.fact.kindFrom === 'typed' && m.fact.kind);
  const commented = [
    ...yealink.filter((m) => m.fact.kindFrom === 'comment' && m.fact.kind).map((m) => ({ m, kind: m.fact.kind as ValueKind })),
    ...yealink.filter((m) => m.fact.commentKind).map((m) => ({ m, kind: m.fact.commentKind as ValueKind })),
  ].sort((a, b) => byNewest(a.m, b.m));
  const labelled = sorted.filter((m) => m.fact.kindFrom === 'labels' && m.fact.kind);
  let value: ValueKind | undefined;
  let certainty: 'template' | 'uncertain' | undefined;
  const claims = [
    ...typed.map((m) => ({ tag: m.file.tag, kind: m.fact.kind as ValueKind })),
    ...commented.map(({ m, kind }) => ({ tag: m.file.tag, kind })),
  ];
  const distinct = new Set(claims.map((c) => kindKey(c.kind)));
  if (typed.length > 0) {
    value = typed[0].fact.kind;
    if (distinct.size > 1) {
      conflicts.push({ pattern, field: 'value', claims: dedupe(claims.map((c) => `${c.tag}: ${describe(c.kind)}`)), settled: `typed schema ${typed[0].file.tag} wins: ${describe(value as ValueKind)}` });
    }
  } else if (commented.length > 0) {
    value = commented[0].kind;
    const sourcesSaying = new Set(commented.map((c) => `${c.m.file.repo}/${c.m.file.path}`));
    if (distinct.size > 1) {
      certainty = 'uncertain';
      conflicts.push({ pattern, field: 'value', claims: dedupe(claims.map((c) => `${c.tag}: ${describe(c.kind)}`)), settled: `newest firmware ${commented[0].m.file.tag} wins: ${describe(value)}; marked uncertain` });
    } else if (sourcesSaying.size === 1) {
      certainty = 'template';
    }
  } else if (labelled.length > 0) {
    value = labelled[0].fact.kind;
    certainty = 'uncertain';
  }
  let inferred = false;
  if (!value) {
    value = kindFromName(pattern);
    if (value) {
      certainty = 'uncertain';
      inferred = true;
    }
  }

  // default: newest Yealink statement that the kind permits
  let defaultValue: string | undefined;
  const defaults = yealink.filter((m) => m.fact.default !== undefined);
  const permitted = defaults.filter((m) => !value || !checkValue(value, m.fact.default as string));
  if (permitted.length > 0) defaultValue = permitted[0].fact.default;
  const distinctDefaults = new Set(defaults.map((m) => m.fact.default));
  if (distinctDefaults.size > 1 || permitted.length < defaults.length) {
    conflicts.push({
      pattern,
      field: 'default',
      claims: dedupe(defaults.map((m) => `${m.file.tag}: ${JSON.stringify(m.fact.default)}`)),
      settled:
        defaultValue !== undefined
          ? `newest firmware stating a permitted default wins: ${JSON.stringify(defaultValue)}`
          : 'no stated default fits the value kind; none kept',
    });
  }

  // models: newest note that resolves
  let models: string[] | undefined;
  const notes = yealink.filter((m) => m.fact.models);
  for (const note of notes) {
    models = resolveModels(note.fact.models as string[]);
    if (models) break;
  }
  const distinctNotes = new Set(notes.map((m) => (resolveModels(m.fact.models as string[]) ?? m.fact.models ?? []).join('/')));
  if (distinctNotes.size > 1) {
    conflicts.push({
      pattern,
      field: 'models',
      claims: dedupe(notes.map((m) => `${m.file.tag}: ${(m.fact.models ?? []).join('/')}`)),
      settled: models ? `newest note wins: ${models.join(', ')}` : 'no note names only known models; no restriction kept',
    });
  }

  const markers = sorted.filter((m) => m.fact.firmware).map((m) => m.fact.firmware as string).sort(compareFirmware);
  const reboot = yealink.some((m) => m.fact.reboot);
  const primary = sorted[0];
  const sources = dedupePairs(sorted.map((m) => [m.file.tag, m.fact.line] as const));
  return {
    pattern,
    ...(value && value.kind !== 'text' ? { value } : {}),
    ...(defaultValue !== undefined ? { default: defaultValue } : {}),
    ...(reboot ? { reboot: true as const } : {}),
    ...(models ? { models } : {}),
    ...(markers.length > 0 ? { firmware: `${markers[0]} and later` } : {}),
    ...(certainty && value ? { certainty } : {}),
    ...(inferred ? { inferred: true as const } : {}),
    ...(primary.fact.section ? { section: primary.fact.section } : {}),
    sources,
  };
}

/** The value kind a Yealink name implies when no source states it (see the rule at the top). */
export function kindFromName(pattern: string): ValueKind | undefined {
  if (/(?:\.|_)enabled?$/.test(pattern)) return { kind: 'bool' };
  if (/(?:\.|_)url$/.test(pattern)) return { kind: 'url' };
  if (/(?:\.|_)port$/.test(pattern) && !/to_pc_port$/.test(pattern)) return { kind: 'integer', min: 0, max: 65535 };
  return undefined;
}

function compareFirmware(a: string, b: string): number {
  const [va, sa] = [Number(/V(\d+)/.exec(a)?.[1] ?? 0), Number(/SP(\d+)/.exec(a)?.[1] ?? 0)];
  const [vb, sb] = [Number(/V(\d+)/.exec(b)?.[1] ?? 0), Number(/SP(\d+)/.exec(b)?.[1] ?? 0)];
  return va - vb || sa - sb;
}

function dedupe(items: string[]): string[] {
  return [...new Set(items)];
}

/** One [tag, line] per tag (its first line), in the given order. */
function dedupePairs(pairs: (readonly [string, number])[]): (readonly [string, number])[] {
  const seen = new Set<string>();
  const out: (readonly [string, number])[] = [];
  for (const [tag, line] of pairs) {
    if (seen.has(tag)) continue;
    seen.add(tag);
    out.push([tag, line]);
  }
  return out;
}

/** The prefix of a pattern up to and including its n-th placeholder: `account.X.sip_server.Y` for n = 1. */
function prefixUpTo(pattern: string, n: number): string {
  const segments = pattern.split('.');
  let seen = -1;
  for (let i = 0; i < segments.length; i++) {
    if (/^[A-Z]$/.test(segments[i]) && ++seen === n) return segments.slice(0, i + 1).join('.');
  }
  return pattern;
}

/** The hand-written catalog's index range per indexed prefix (`handset.X` -> 1..250 per model), widest first met. */
const HAND_RANGES: ReadonlyMap<string, GeneratedRange> = (() => {
  const ranges = new Map<string, GeneratedRange>();
  for (const { parameters } of FAMILIES) {
    for (const spec of parameters) {
      const letters = spec.pattern.split('.').filter((s) => /^[A-Z]$/.test(s));
      letters.forEach((letter, n) => {
        const range = spec.indexes?.[letter];
        const prefix = prefixUpTo(spec.pattern, n);
        const known = ranges.get(prefix);
        if (!range || (known && known.max - known.min >= range.max - range.min)) return;
        ranges.set(prefix, { min: range.min, max: range.max, ...(range.perModel ? { perModel: range.perModel } : {}) });
      });
    }
  }
  return ranges;
})();

/** Index ranges: stated ranges and written numbers, pooled over every pattern sharing the prefix. */
function indexRanges(byPattern: ReadonlyMap<string, Mention[]>, conflicts: Conflict[]): Map<string, Record<string, GeneratedRange>> {
  const pools = new Map<string, { stated: { min: number; max: number; tag: string; rank: number }[]; seen: Set<number> }>();
  for (const [pattern, mentions] of byPattern) {
    const letters = pattern.split('.').filter((s) => /^[A-Z]$/.test(s));
    letters.forEach((_, n) => {
      const prefix = prefixUpTo(pattern, n);
      let pool = pools.get(prefix);
      if (!pool) pools.set(prefix, (pool = { stated: [], seen: new Set() }));
      for (const { file, fact } of mentions) {
        const number = fact.numbers[n];
        if (number !== undefined) pool.seen.add(number);
        const stated = fact.ranges?.[n];
        if (stated && file.yealink) pool.stated.push({ ...stated, tag: file.tag, rank: file.rank });
      }
    });
  }
  const rangeOfPrefix = new Map<string, GeneratedRange>();
  for (const [prefix, { stated, seen }] of [...pools].sort(([a], [b]) => a.localeCompare(b))) {
    const numbers = [...seen];
    const perModel = PER_MODEL.find(([test]) => test.test(prefix))?.[1];
    let range: GeneratedRange;
    if (stated.length > 0) {
      // The newest firmware's stated range, widened to every number a source writes.
      const newest = Math.max(...stated.map((r) => r.rank));
      const chosen = stated.filter((r) => r.rank === newest);
      const min = Math.min(...chosen.map((r) => r.min), ...numbers);
      const max = Math.max(...chosen.map((r) => r.max), ...numbers);
      const distinct = new Set(stated.map((r) => `${r.min}..${r.max}`));
      if (distinct.size > 1) {
        const claims = dedupe([...stated].sort((a, b) => b.rank - a.rank || a.tag.localeCompare(b.tag)).map((r) => `${r.tag}: ${r.min}..${r.max}`));
        conflicts.push({ pattern: `${prefix}.*`, field: 'index', claims, settled: `newest firmware's range, widened to the numbers written: ${min}..${max}` });
      }
      range = { min, max };
    } else {
      range = HAND_RANGES.get(prefix) ?? { min: Math.min(1, ...numbers), max: UNKNOWN_MAX, open: true };
    }
    rangeOfPrefix.set(prefix, perModel ? { ...range, perModel } : range);
  }
  const out = new Map<string, Record<string, GeneratedRange>>();
  for (const pattern of byPattern.keys()) {
    const letters = pattern.split('.').filter((s) => /^[A-Z]$/.test(s));
    if (letters.length === 0) continue;
    out.set(pattern, Object.fromEntries(letters.map((letter, n) => [letter, rangeOfPrefix.get(prefixUpTo(pattern, n)) as GeneratedRange])));
  }
  return out;
}

/** Merges all mentions into entries (sorted by pattern) and the conflicts met on the way. */
export function mergeAll(mentions: readonly Mention[]): { entries: GeneratedEntry[]; conflicts: Conflict[] } {
  const byPattern = new Map<string, Mention[]>();
  for (const mention of mentions) {
    const list = byPattern.get(mention.fact.pattern);
    if (list) list.push(mention);
    else byPattern.set(mention.fact.pattern, [mention]);
  }
  const conflicts: Conflict[] = [];
  const ranges = indexRanges(byPattern, conflicts);
  const entries = [...byPattern.keys()]
    .sort()
    .map((pattern) => {
      const entry = mergeOne(pattern, byPattern.get(pattern) as Mention[], conflicts);
      const indexes = ranges.get(pattern);
      const { pattern: _pattern, ...rest } = entry;
      return indexes ? { pattern, indexes, ...rest } : entry;
    });
  const slips = likelySlips(entries);
  for (const [pattern, intended] of slips) {
    const entry = entries.find((e) => e.pattern === pattern);
    conflicts.push({
      pattern,
      field: 'name',
      claims: [`${entry?.sources.map(([tag, line]) => `${tag} line ${line}`).join(', ')}: ${pattern}`, `likely meant: ${intended}`],
      settled: `taken for a slip of ${intended}; left out`,
    });
  }
  conflicts.sort((a, b) => a.pattern.localeCompare(b.pattern) || a.field.localeCompare(b.field));
  return { entries: entries.filter((entry) => !slips.has(entry.pattern)), conflicts };
}

/** True when a and b differ by one inserted, deleted, replaced or swapped character. */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    // One digit for another is another model or codec (w52h / w53h, g726_16 / g726_24), not a slip.
    if (a.slice(i + 1) === b.slice(i + 1)) return !(/\d/.test(a[i]) && /\d/.test(b[i]));
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Entries named by a single source file whose name differs in one segment, by one slip, from a name that
 * another source file writes. Patterns are compared segment by segment: names sharing all other segments.
 */
function likelySlips(entries: readonly GeneratedEntry[]): Map<string, string> {
  const files = (entry: GeneratedEntry): number => new Set(entry.sources.map(([tag]) => tag.replace(/-(?:B|C)-/, '-'))).size;
  const byMasked = new Map<string, GeneratedEntry[]>();
  for (const entry of entries) {
    const segments = entry.pattern.split('.');
    segments.forEach((_, i) => {
      const key = `${i}|${[...segments.slice(0, i), '*', ...segments.slice(i + 1)].join('.')}`;
      const list = byMasked.get(key);
      if (list) list.push(entry);
      else byMasked.set(key, [entry]);
    });
  }
  const slips = new Map<string, string>();
  for (const [key, list] of byMasked) {
    if (list.length < 2) continue;
    const position = Number(key.slice(0, key.indexOf('|')));
    for (const lone of list.filter((entry) => files(entry) === 1)) {
      const segment = lone.pattern.split('.')[position];
      if (segment.length < 4) continue;
      const intended = list.find((other) => other !== lone && files(other) >= 1 && other.sources.length > lone.sources.length && oneSlipApart(segment, other.pattern.split('.')[position]));
      if (intended) slips.set(lone.pattern, intended.pattern);
    }
  }
  // A slip together with a missing or extra `static.` prefix (`auto_provision.weekly.enalbe` for
  // `static.auto_provision.weekly.enable`): compare the lone name's other form with the masked names.
  const names = new Set(entries.map((entry) => entry.pattern));
  for (const lone of entries) {
    if (files(lone) !== 1 || slips.has(lone.pattern)) continue;
    const other = lone.pattern.startsWith('static.') ? lone.pattern.slice('static.'.length) : `static.${lone.pattern}`;
    // The same name in its other form (`wui.http_enable` beside `static.wui.http_enable`) is no slip.
    if (names.has(other)) continue;
    const segments = other.split('.');
    for (let position = 0; position < segments.length && !slips.has(lone.pattern); position++) {
      const segment = segments[position];
      if (segment.length < 4) continue;
      const list = byMasked.get(`${position}|${[...segments.slice(0, position), '*', ...segments.slice(position + 1)].join('.')}`) ?? [];
      const intended = list.find((entry) => entry !== lone && entry.sources.length > lone.sources.length && oneSlipApart(segment, entry.pattern.split('.')[position]));
      if (intended) slips.set(lone.pattern, intended.pattern);
    }
  }
  // A first segment no other name uses, one slip from a family's (`ccount.` for `account.`).
  const firstCounts = new Map<string, number>();
  for (const entry of entries) firstCounts.set(entry.pattern.split('.')[0], (firstCounts.get(entry.pattern.split('.')[0]) ?? 0) + 1);
  for (const entry of entries) {
    const [first, ...rest] = entry.pattern.split('.');
    if (firstCounts.get(first) !== 1 || files(entry) !== 1 || first.length < 4) continue;
    const family = [...firstCounts].find(([other, count]) => count >= 10 && oneSlipApart(first, other));
    if (family) slips.set(entry.pattern, [family[0], ...rest].join('.'));
  }
  return slips;
}
