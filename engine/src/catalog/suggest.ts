/**
 * Names close to an unknown key. Two questions with two answers:
 * - `nearMisses`: is the key a near miss of a known name (one slip of the keyboard)? Only the slips a typo
 *   makes count: one letter dropped, doubled, swapped or replaced, a lost or extra dot, a stray blank, the
 *   wrong case, a missing or extra `static.` prefix, an index written where the name has a word (or the
 *   reverse). A key whose changed part is itself a word the catalog uses (`lang.wui` next to `lang.gui`) is a
 *   different name, not a slip. Looked up through indexes built once, never by scanning the catalog.
 * - `suggest`: the closest names by edit distance, for `explain`, where the user asked and a loose answer helps.
 */
import { fillPlaceholders, isPlaceholder, ownCopy, type Catalog } from './catalog';
import { compareNames } from './layers';

const NUMBER = /^\d+$/;
const STATIC = 'static.';
/** Longer than any Yealink name by far: such a key is junk, and its one-slip neighbours cost its length squared. */
const MAX_NAME_LENGTH = 200;
/** A segment that stands for an index: a number in a key, a placeholder letter in a pattern. */
const INDEX = '#';
/** The letters Yealink's templates and guides write for an index (`handset.x.name`, `account.X.label`). */
const TEMPLATE_LETTER = /^[xXyYnN]$/;
/** Placeholder for "this segment" in the one-segment-differs index. */
const ANY = '*';
/** Lost dot next to an index: `account1.enable`, `account.1enable`. */
const WORD_THEN_NUMBER = /^([a-z_]+)(\d+)$/i;
const NUMBER_THEN_WORD = /^(\d+)([a-z_]+)$/i;

/** Optimal-string-alignment distance, giving up (returning limit + 1) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2] + 1);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length];
}

/** How a key differs from the known name it nearly is. */
export type SlipKind = 'case' | 'static prefix' | 'letter' | 'dot' | 'index' | 'placeholder';

export interface NearMiss {
  /** The known name written out with the key's own numbers, e.g. `account.3.enable`. */
  readonly name: string;
  /** The catalog pattern it belongs to (an alias's target). */
  readonly pattern: string;
  readonly slip: SlipKind;
  /** 0 for case only, 1 for one slip, 2 for one slip plus a `static.` prefix. */
  readonly distance: number;
}

export interface NearMisses {
  /** Equally near known names, one per parameter, the key's own `static.` style first. */
  readonly nearest: readonly NearMiss[];
  /** True when exactly one parameter is nearest: then the rename is the likely fix. */
  readonly single: boolean;
}

const NONE: NearMisses = { nearest: [], single: false };

interface KnownName {
  /** The pattern or alias as written in the catalog. */
  readonly name: string;
  readonly target: string;
  /** `name` without `static.`, with each placeholder written as `#`. */
  readonly bare: string;
  readonly isStatic: boolean;
}

interface Indexes {
  /** Every bare shape and every shape one character shorter -> the names it comes from (see DeletionIndex). */
  readonly deletions: DeletionIndex;
  /** Bare shapes with one index segment replaced by `*` -> the names (for keys with a word there). */
  readonly indexAt: Map<string, KnownName[]>;
  /** Bare shapes with one word segment replaced by `*` -> the names (for keys with an index there). */
  readonly wordAt: Map<string, KnownName[]>;
  /**
   * Literal segments that at least two known names use: the words of Yealink's vocabulary. (A segment only
   * one name uses may be a slip in a source template, such as `ccount`, and must not hide real typos.)
   */
  readonly words: Set<string>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== value) list.push(value);
  } else {
    map.set(key, [value]);
  }
}

/**
 * A name without `static.`, with its indexes as `#`: numbers in a key, placeholder letters in a pattern
 * (a key's `X` stays a word: someone copied `account.X.enable` from a guide).
 */
function bareShape(name: string, isPattern: boolean): { bare: string; isStatic: boolean } {
  const isStatic = name.startsWith(STATIC);
  const rest = isStatic ? name.slice(STATIC.length) : name;
  const bare = rest
    .split('.')
    .map((segment) => (NUMBER.test(segment) || (isPattern && isPlaceholder(segment)) ? INDEX : segment))
    .join('.');
  return { bare, isStatic };
}

function* deletionsOf(text: string): Generator<string> {
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== text[i - 1]) yield text.slice(0, i) + text.slice(i + 1);
  }
}

/** One suggester per catalog instance, so its indexes are built once however many services share the catalog. */
const suggesters = new WeakMap<Catalog, NameSuggester>();

/** 32-bit FNV-1a over `text[from, to)`, continuing from `hash`. */
function fnv(text: string, from: number, to: number, hash: number): number {
  for (let i = from; i < to; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}

const FNV_OFFSET = 0x811c9dc5;
/** Name numbers fit below this in the packed (hash, name) sort keys: hash * 2^21 + name < 2^53. */
const MAX_DELETION_NAMES = 2 ** 21;

/** True when `probe` is `bare` or `bare` with one character left out. */
function isBareOrDeletion(bare: string, probe: string): boolean {
  if (bare.length === probe.length) return bare === probe;
  if (bare.length !== probe.length + 1) return false;
  let i = 0;
  while (i < probe.length && bare.charCodeAt(i) === probe.charCodeAt(i)) i++;
  for (let j = i; j < probe.length; j++) if (bare.charCodeAt(j + 1) !== probe.charCodeAt(j)) return false;
  return true;
}

/**
 * The one-deletion neighbourhoods of every known name, kept as sorted hashes rather than as strings: a map
 * of the ~100,000 strings cost the server about 18 MB, these two typed arrays under 1 MB. A hash only
 * narrows the search; each name found is checked against the probe, so collisions never answer, and
 * names come back in the order they were added, as the map of lists gave them.
 */
class DeletionIndex {
  private readonly hashes: Uint32Array;
  private readonly names: Uint32Array;

  constructor(private readonly known: readonly KnownName[]) {
    if (known.length >= MAX_DELETION_NAMES) throw new Error(`too many names for the typo index: ${known.length}`);
    let count = 0;
    for (const name of known) count += name.bare.length + 1;
    const packed = new Float64Array(count);
    let at = 0;
    known.forEach((name, n) => {
      const text = name.bare;
      packed[at++] = fnv(text, 0, text.length, FNV_OFFSET) * MAX_DELETION_NAMES + n;
      let prefix = FNV_OFFSET; // the hash of text[0, i), carried along
      for (let i = 0; i < text.length; i++) {
        if (i === 0 || text.charCodeAt(i) !== text.charCodeAt(i - 1)) packed[at++] = fnv(text, i + 1, text.length, prefix) * MAX_DELETION_NAMES + n;
        prefix = fnv(text, i, i + 1, prefix);
      }
    });
    const sorted = packed.subarray(0, at).sort();
    this.hashes = new Uint32Array(at);
    this.names = new Uint32Array(at);
    for (let i = 0; i < at; i++) {
      this.hashes[i] = Math.floor(sorted[i] / MAX_DELETION_NAMES);
      this.names[i] = sorted[i] % MAX_DELETION_NAMES;
    }
  }

  /** The names whose bare shape is `probe` or one character longer than it, in the order they were added. */
  *get(probe: string): Generator<KnownName> {
    const hash = fnv(probe, 0, probe.length, FNV_OFFSET);
    let low = 0;
    let high = this.hashes.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.hashes[mid] < hash) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < this.hashes.length && this.hashes[i] === hash; i++) {
      const name = this.known[this.names[i]];
      if (isBareOrDeletion(name.bare, probe)) yield name;
    }
  }
}

export class NameSuggester {
  /** The suggester of a catalog, made on first use. */
  static of(catalog: Catalog): NameSuggester {
    let suggester = suggesters.get(catalog);
    if (!suggester) {
      suggester = new NameSuggester(catalog);
      suggesters.set(catalog, suggester);
    }
    return suggester;
  }

  private indexes: Indexes | undefined;
  private readonly nearCache = new Map<string, NearMisses>();
  private readonly looseCache = new Map<string, readonly string[]>();

  constructor(private readonly catalog: Catalog) {}

  /** Built on the first unknown key: most files have none. */
  private get index(): Indexes {
    if (this.indexes) return this.indexes;
    const known: KnownName[] = [];
    const indexAt = new Map<string, KnownName[]>();
    const wordAt = new Map<string, KnownName[]>();
    const uses = new Map<string, number>();
    const counted = new Set<string>(); // an alias and its target share a bare shape: count its words once
    const names = [
      ...this.catalog.entries.map((entry) => ({ name: entry.spec.pattern, target: entry.spec.pattern })),
      ...this.catalog.aliases.map((alias) => ({ name: alias.alias, target: alias.of })),
    ];
    for (const { name, target } of names) {
      const shape: KnownName = { name, target, ...bareShape(name, true) };
      known.push(shape);
      // The prefix itself can be mistyped (`satic.`): the whole name is indexed too.
      if (shape.isStatic) known.push({ name, target, bare: `${STATIC}${shape.bare}`, isStatic: false });
      const segments = shape.bare.split('.');
      const countWords = !counted.has(shape.bare);
      counted.add(shape.bare);
      segments.forEach((segment, i) => {
        if (countWords && segment !== INDEX) uses.set(segment, (uses.get(segment) ?? 0) + 1);
        push(segment === INDEX ? indexAt : wordAt, [...segments.slice(0, i), ANY, ...segments.slice(i + 1)].join('.'), shape);
      });
    }
    const words = new Set([...uses].filter(([, count]) => count >= 2).map(([word]) => word));
    this.indexes = { deletions: new DeletionIndex(known), indexAt, wordAt, words };
    return this.indexes;
  }

  /** The known names `key` is one slip away from; see the file comment for what counts as a slip. */
  nearMisses(key: string): NearMisses {
    const cached = this.nearCache.get(key);
    if (cached) return cached;
    const result = this.findNearMisses(key);
    if (this.nearCache.size > 5000) this.nearCache.clear();
    this.nearCache.set(ownCopy(key), result);
    return result;
  }

  private findNearMisses(key: string): NearMisses {
    if (key === '' || key.length > MAX_NAME_LENGTH) return NONE;
    const lower = key.toLowerCase();
    if (lower !== key) {
      // Nothing but the case: nearer than any other slip.
      const match = this.catalog.lookup(lower);
      if (match) return { nearest: [{ name: lower, pattern: match.spec.pattern, slip: 'case', distance: 0 }], single: true };
      // Upper case beyond placeholder letters (`account.X.enable`) and another slip: too far.
      if (key.split('.').some((segment) => segment !== segment.toLowerCase() && !isPlaceholder(segment))) return NONE;
    }
    const { bare, isStatic } = bareShape(key, false);
    const found: NearMiss[] = [];
    const add = (known: KnownName, slip: SlipKind, keySegments: readonly string[]): void => {
      const distance = (slip === 'static prefix' ? 0 : 1) + (isStatic !== known.isStatic ? 1 : 0);
      found.push({ name: this.concrete(known.name, known.target, keySegments), pattern: known.target, slip, distance });
    };

    const keySegments = (isStatic ? key.slice(STATIC.length) : key).split('.');
    const { deletions, indexAt, wordAt, words } = this.index;

    // One character added, dropped, replaced or swapped anywhere in the bare shape (dots included).
    const seen = new Set<KnownName>();
    for (const probe of [bare, ...deletionsOf(bare)]) {
      for (const known of deletions.get(probe)) {
        if (seen.has(known)) continue;
        seen.add(known);
        const distance = editDistance(bare, known.bare, 1);
        if (distance > 1) continue;
        if (distance === 0) {
          add(known, 'static prefix', keySegments);
          continue;
        }
        const slip = this.letterSlip(bare, known.bare, words);
        if (slip) add(known, slip, keySegments);
      }
    }

    // An index where the name has a word, or a word where it has an index.
    const bareSegments = bare.split('.');
    bareSegments.forEach((segment, i) => {
      const keyHasIndex = segment === INDEX;
      if (!keyHasIndex && !looksLikeIndex(segment, words)) return;
      const probe = [...bareSegments.slice(0, i), ANY, ...bareSegments.slice(i + 1)].join('.');
      const slip: SlipKind = !keyHasIndex && TEMPLATE_LETTER.test(segment) ? 'placeholder' : 'index';
      for (const known of (keyHasIndex ? wordAt : indexAt).get(probe) ?? []) add(known, slip, keySegments);
    });

    // A lost dot beside an index: `account1.enable` for `account.1.enable`.
    keySegments.forEach((segment, i) => {
      const split = WORD_THEN_NUMBER.exec(segment) ?? NUMBER_THEN_WORD.exec(segment);
      if (!split) return;
      const candidate = [...keySegments.slice(0, i), split[1], split[2], ...keySegments.slice(i + 1)];
      for (const prefix of [isStatic ? STATIC : '', isStatic ? '' : STATIC]) {
        const name = prefix + candidate.join('.');
        const match = this.catalog.lookup(name);
        if (match) {
          found.push({ name, pattern: match.spec.pattern, slip: 'dot', distance: prefix === (isStatic ? STATIC : '') ? 1 : 2 });
          break;
        }
      }
    });
    return nearest(found, isStatic);
  }

  /**
   * What a one-character difference between two bare shapes is, or undefined when it is not a typo:
   * the key's changed segments are all words the catalog uses (a different name, such as `wui` for `gui`),
   * or a letter is replaced in a segment of three letters or fewer, where that makes another abbreviation.
   */
  private letterSlip(keyBare: string, knownBare: string, words: ReadonlySet<string>): SlipKind | undefined {
    const keySegments = keyBare.split('.');
    const knownSegments = knownBare.split('.');
    if (keySegments.length !== knownSegments.length) {
      const changed = keySegments.filter((segment) => !knownSegments.includes(segment));
      if (changed.length > 0 && changed.every((segment) => words.has(segment))) return undefined;
      return 'dot';
    }
    const i = keySegments.findIndex((segment, j) => segment !== knownSegments[j]);
    if (i < 0) return undefined;
    const keySegment = keySegments[i];
    const knownSegment = knownSegments[i];
    if (keySegment === '' && knownSegment === INDEX) return 'index'; // a dropped digit
    if (keySegment === INDEX || knownSegment === INDEX) return undefined; // the index pass handles those
    if (words.has(keySegment)) return undefined;
    if (keySegment.length === knownSegment.length && knownSegment.length <= 3 && !isTransposition(keySegment, knownSegment)) return undefined;
    return 'letter';
  }

  /** A known name written with the key's numbers: position by position when the segments line up, else in order. */
  private concrete(name: string, target: string, keySegments: readonly string[]): string {
    const bare = name.startsWith(STATIC) ? name.slice(STATIC.length) : name;
    const prefix = name.slice(0, name.length - bare.length);
    const nameSegments = bare.split('.');
    const aligned = nameSegments.length === keySegments.length;
    const numbers = keySegments.filter((segment) => NUMBER.test(segment));
    const spec = this.catalog.byPatternName(target)?.spec;
    let next = 0;
    return (
      prefix +
      nameSegments
        .map((segment, i) => {
          if (!isPlaceholder(segment)) return segment;
          const own = (aligned ? keySegments[i] : numbers[next++])?.replace(/\D/g, '');
          return own ? own : String(spec?.indexes?.[segment]?.min ?? 1);
        })
        .join('.')
    );
  }

  /** Up to `count` concrete key names close to `key`, nearest first, by plain edit distance (for `explain`). */
  suggest(key: string, count = 3): readonly string[] {
    const numbers = key.split('.').filter((segment) => NUMBER.test(segment));
    const shape = looseShape(key.toLowerCase());
    const cacheKey = `${shape}|${numbers.join('.')}|${count}`;
    const cached = this.looseCache.get(cacheKey);
    if (cached) return cached;
    const near = this.nearMisses(key).nearest.map((miss) => miss.name);
    const limit = Math.max(2, Math.min(5, Math.floor(shape.length / 6)));
    const scored: { name: string; distance: number }[] = [];
    const candidates = [
      ...this.catalog.entries.map((entry) => ({ pattern: entry.spec.pattern, target: entry.spec.pattern })),
      ...this.catalog.aliases.map((alias) => ({ pattern: alias.alias, target: alias.of })),
    ];
    for (const candidate of candidates) {
      const distance = editDistance(shape, looseShape(candidate.pattern), limit);
      if (distance > limit) continue;
      const spec = this.catalog.byPatternName(candidate.target)?.spec;
      const name = fillPlaceholders(candidate.pattern, (letter, i) => numbers[i] ?? String(spec?.indexes?.[letter]?.min ?? 1));
      scored.push({ name, distance });
    }
    scored.sort((a, b) => a.distance - b.distance || compareNames(a.name, b.name));
    const names = [...new Set([...near, ...scored.map((s) => s.name)])].slice(0, count);
    if (this.looseCache.size > 5000) this.looseCache.clear();
    this.looseCache.set(cacheKey, names);
    return names;
  }
}

/**
 * Whether a word in a key stands where an index should: a placeholder letter copied from a guide (`X`, `n`)
 * or a number with one stray character (`1a`, `l2`). A longer word (`g722_1c_24kpbs`) or a word the catalog
 * uses elsewhere is a name of its own.
 */
function looksLikeIndex(segment: string, words: ReadonlySet<string>): boolean {
  if (segment === '' || words.has(segment)) return false;
  if (/^[a-z]$/i.test(segment)) return true;
  const digits = segment.replace(/\D/g, '').length;
  return digits > 0 && segment.length - digits === 1;
}

function isTransposition(a: string, b: string): boolean {
  const i = [...a].findIndex((ch, j) => ch !== b[j]);
  return i >= 0 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** The nearest misses, one per parameter (the key's own `static.` style preferred within one). */
function nearest(found: readonly NearMiss[], keyIsStatic: boolean): NearMisses {
  if (found.length === 0) return NONE;
  const best = Math.min(...found.map((miss) => miss.distance));
  const byPattern = new Map<string, NearMiss>();
  for (const miss of found) {
    if (miss.distance !== best) continue;
    const current = byPattern.get(miss.pattern);
    const sameStyle = (m: NearMiss): boolean => m.name.startsWith(STATIC) === keyIsStatic;
    if (!current || (!sameStyle(current) && sameStyle(miss))) byPattern.set(miss.pattern, miss);
  }
  const nearestMisses = [...byPattern.values()].sort((a, b) => compareNames(a.name, b.name));
  return { nearest: nearestMisses, single: nearestMisses.length === 1 };
}

/** A key or pattern with every index (number or placeholder letter) written as `#`. */
function looseShape(name: string): string {
  return name
    .split('.')
    .map((segment) => (NUMBER.test(segment) || isPlaceholder(segment) ? INDEX : segment))
    .join('.');
}
