/**
 * Lookup over the catalog data: a trie keyed by dot-separated segments, where a numeric segment can follow
 * an index placeholder. A lookup costs one step per segment however many thousand patterns there are.
 */
import { FAMILIES } from './data';
import { GENERATED_PARAMETERS_JSON } from './generated/parameters';
import { GENERATED_SOURCES } from './generated/sources';
import { layerCatalog, type GeneratedEntry, type LayeredCatalog } from './layers';
import type { CatalogFamily, IndexRange, ParameterAlias, ParameterSpec } from './types';

let layers: LayeredCatalog | undefined;

/** The shipped catalog: hand-written families over the generated layer, built once on first use. */
export function catalogLayers(): LayeredCatalog {
  layers ??= layerCatalog(FAMILIES, generatedParameters(), GENERATED_SOURCES);
  return layers;
}

/** The generated layer's entries, parsed from their JSON text on each call (the catalog keeps none of it). */
export function generatedParameters(): GeneratedEntry[] {
  return JSON.parse(GENERATED_PARAMETERS_JSON) as GeneratedEntry[];
}

/** A catalog entry with the family it came from. */
export interface CatalogEntry {
  readonly spec: ParameterSpec;
  readonly family: string;
  /** Placeholder letters in segment order, e.g. ['X', 'Y'] for account.X.sip_server.Y.address. */
  readonly placeholders: readonly string[];
  /** The range of each placeholder, in the same order (rules read these for every setting). */
  readonly ranges: readonly IndexRange[];
  /** The entry's position in its catalog: a small number that stands for the entry (YL005 packs it). */
  readonly id: number;
}

/** The entry that governs a concrete key, and the numbers that key uses for each placeholder. */
export interface CatalogMatch {
  readonly entry: CatalogEntry;
  readonly spec: ParameterSpec;
  readonly indexes: Readonly<Record<string, number>>;
  /** The same numbers in placeholder order, beside `entry.ranges` (an array read, not a lookup by letter). */
  readonly numbers: readonly number[];
  /**
   * True when each index is written as its plain number (`account.1`, not `account.01`), so the entry and
   * `numbers` name the key exactly: rules may then tell keys apart by them instead of by their text.
   */
  readonly plainNumbers: boolean;
  /** Set when the key is an older name of the entry's pattern. */
  readonly alias?: ParameterAlias;
}

interface TrieNode {
  literal?: Map<string, TrieNode>;
  index?: { letter: string; node: TrieNode };
  entry?: CatalogEntry;
  alias?: ParameterAlias;
}

const PLACEHOLDER = /^[A-Z]$/;
/** How many distinct keys' answers are kept; a 20,000-line file has fewer distinct keys than this. */
const LOOKUP_CACHE_SIZE = 50000;
const NUMBER = /^\d+$/;

function isDigits(segment: string): boolean {
  if (segment.length === 0) return false;
  for (let i = 0; i < segment.length; i++) {
    const ch = segment.charCodeAt(i);
    if (ch < 48 || ch > 57) return false;
  }
  return true;
}

/**
 * The text as a string of its own. A key cut from a document is a slice that keeps the whole document text
 * alive (V8 slices longer substrings); a cache that outlives the document must not hold it that way.
 */
export function ownCopy(text: string): string {
  // Text of one-byte characters is copied as one byte a character: a key cut from a document that holds one
  // character above U+00FF anywhere (a curly quote in a comment) is two bytes a character, like its document.
  if (ONE_BYTE_CHARACTERS.test(text)) return Buffer.from(text, 'latin1').toString('latin1');
  return (' ' + text).slice(1);
}

const ONE_BYTE_CHARACTERS = /^[\x00-\xff]*$/;

export function isPlaceholder(segment: string): boolean {
  return PLACEHOLDER.test(segment);
}

/** A pattern with each placeholder replaced by `value(letter, position)`: `account.X.enable` -> `account.3.enable`. */
export function fillPlaceholders(pattern: string, value: (letter: string, position: number) => string): string {
  let position = 0;
  return pattern
    .split('.')
    .map((segment) => (isPlaceholder(segment) ? value(segment, position++) : segment))
    .join('.');
}

/** The letters that stand for numbers in a pattern, in order. */
export function placeholdersOf(pattern: string): string[] {
  return pattern.split('.').filter(isPlaceholder);
}

/** The range for one placeholder of a spec (1..1 if the data forgot one; catalog:check refuses that). */
export function rangeOf(spec: ParameterSpec, letter: string): IndexRange {
  return spec.indexes?.[letter] ?? { min: 1, max: 1 };
}

/**
 * One frozen array for each short run of small index numbers: the catalog keeps a match for every key it
 * has seen, and most keys' numbers are one of a few hundred runs ([1], [2], [1, 1] ...).
 */
const SHARED_NUMBERS = new Map<number, readonly number[]>();
const SHARED_LIMIT = 1024;

function sharedNumbers(numbers: number[]): readonly number[] {
  if (numbers.length > 2 || numbers.some((n) => !(n >= 0 && n < SHARED_LIMIT && Number.isInteger(n)))) return numbers;
  const id = numbers.length === 0 ? 0 : numbers.length === 1 ? 1 + numbers[0] : 1 + SHARED_LIMIT + numbers[0] * SHARED_LIMIT + numbers[1];
  let shared = SHARED_NUMBERS.get(id);
  if (!shared) {
    shared = Object.freeze(numbers);
    SHARED_NUMBERS.set(id, shared);
  }
  return shared;
}

/**
 * A lookup's answer. The catalog keeps one for each key it has seen, so it holds only what it cannot get
 * again: the spec comes from the entry, and the numbers by letter are made when asked for (rules read
 * `numbers`; a record per key would add tens of bytes for every distinct key of every file).
 */
class KeyMatch implements CatalogMatch {
  constructor(
    readonly entry: CatalogEntry,
    readonly numbers: readonly number[],
    readonly plainNumbers: boolean,
    readonly alias: ParameterAlias | undefined,
  ) {}

  get spec(): ParameterSpec {
    return this.entry.spec;
  }

  get indexes(): Readonly<Record<string, number>> {
    const indexes: Record<string, number> = {};
    this.entry.placeholders.forEach((letter, i) => (indexes[letter] = this.numbers[i]));
    return indexes;
  }
}

function entryOf(data: ParameterSpec, family: string, id: number): CatalogEntry {
  const spec = sameShape(data);
  const placeholders = placeholdersOf(spec.pattern);
  return { spec, family, placeholders, ranges: placeholders.map((letter) => rangeOf(spec, letter)), id };
}

/**
 * The spec with every field present, in one order. Data files and the generated layer write different
 * subsets of fields, which gave the catalog's specs three dozen object shapes; each rule reads spec fields
 * for every setting of every file, and V8 reads a field fast only where the objects share a shape.
 */
function sameShape(spec: ParameterSpec): ParameterSpec {
  return {
    pattern: spec.pattern,
    indexes: spec.indexes,
    value: spec.value,
    default: spec.default,
    reboot: spec.reboot,
    models: spec.models,
    firmware: spec.firmware,
    description: spec.description,
    source: spec.source,
    alsoIn: spec.alsoIn,
    valueCertainty: spec.valueCertainty,
    repeatableBy: spec.repeatableBy,
  };
}

export class Catalog {
  private static defaultCatalog: Catalog | undefined;

  /** The catalog built from the shipped data, built once per process. */
  static default(): Catalog {
    this.defaultCatalog ??= new Catalog(catalogLayers().families);
    return this.defaultCatalog;
  }

  private readonly root: TrieNode = {};
  private readonly allEntries: CatalogEntry[] = [];
  private readonly byPattern = new Map<string, CatalogEntry>();
  private readonly allAliases: ParameterAlias[] = [];
  private readonly aliasesByTarget = new Map<string, ParameterAlias[]>();
  private readonly lookups = new Map<string, CatalogMatch | null>();
  /** Patterns that claim the same key as an earlier one: catalog:check reports them. */
  readonly conflicts: { pattern: string; existing: string }[] = [];
  /** Aliases whose target pattern does not exist. */
  readonly danglingAliases: ParameterAlias[] = [];

  constructor(
    private readonly families: readonly CatalogFamily[],
    private readonly extraPatterns: readonly string[] = [],
  ) {
    for (const family of families) {
      for (const spec of family.parameters) this.add(entryOf(spec, family.family, this.allEntries.length));
    }
    for (const pattern of extraPatterns) {
      if (this.byPattern.has(pattern)) continue;
      const spec: ParameterSpec = {
        pattern,
        indexes: Object.fromEntries(placeholdersOf(pattern).map((letter) => [letter, { min: 0, max: 9999 }])),
        value: { kind: 'text' },
        description: 'Declared as a known parameter in the `yealinkCfg.extraParameters` setting.',
        source: { guide: 'SETTINGS' },
      };
      this.add(entryOf(spec, 'user', this.allEntries.length));
    }
    for (const family of families) {
      for (const alias of family.aliases ?? []) this.addAlias(alias);
    }
  }

  /**
   * This catalog (the families it was built from, not the shipped ones, and its own extra patterns) plus
   * user-declared patterns from settings.
   */
  withExtraPatterns(patterns: readonly string[]): Catalog {
    return patterns.length === 0 ? this : new Catalog(this.families, [...this.extraPatterns, ...patterns]);
  }

  get entries(): readonly CatalogEntry[] {
    return this.allEntries;
  }

  get aliases(): readonly ParameterAlias[] {
    return this.allAliases;
  }

  /** The older or other names of a pattern (the reverse of each alias's `of`). */
  aliasesOf(pattern: string): readonly ParameterAlias[] {
    return this.aliasesByTarget.get(pattern) ?? [];
  }

  byPatternName(pattern: string): CatalogEntry | undefined {
    return this.byPattern.get(pattern);
  }

  /** Finds the entry for a concrete key such as `account.3.sip_server.2.address`. */
  lookup(key: string): CatalogMatch | undefined {
    // Every edit re-validates the whole file, so the same keys come back again and again; the catalog
    // never changes, so answers can be kept (bounded, in case a file holds endless distinct junk).
    const cached = this.lookups.get(key);
    if (cached !== undefined) return cached ?? undefined;
    const match = this.lookupUncached(key);
    if (this.lookups.size >= LOOKUP_CACHE_SIZE) this.lookups.clear();
    this.lookups.set(ownCopy(key), match ?? null);
    return match;
  }

  private lookupUncached(key: string): CatalogMatch | undefined {
    const digits: string[] = [];
    const node = this.walk(this.root, key, 0, digits);
    if (!node) return undefined;
    const entry = node.entry ?? (node.alias ? this.byPattern.get(node.alias.of) : undefined);
    if (!entry) return undefined;
    const numbers = sharedNumbers(digits.map(Number));
    // A leading zero, or more digits than a double holds exactly, is not the number written plainly.
    const plainNumbers = digits.every((text, i) => !(text.length > 1 && text.charCodeAt(0) === 48) && Number.isSafeInteger(numbers[i]));
    return new KeyMatch(entry, numbers, plainNumbers, node.entry ? undefined : node.alias);
  }

  /** The trie node reached by a pattern or key prefix, for completion. Numbers step into index children. */
  nodeFor(segments: readonly string[]): { node: TrieNode; numbers: number[] } | undefined {
    let node: TrieNode | undefined = this.root;
    const numbers: number[] = [];
    for (const segment of segments) {
      const literal: TrieNode | undefined = node.literal?.get(segment);
      if (literal) {
        node = literal;
      } else if (NUMBER.test(segment) && node.index) {
        numbers.push(Number(segment));
        node = node.index.node;
      } else {
        return undefined;
      }
    }
    return { node, numbers };
  }

  /** Every entry at or below a trie node (its subtree), in insertion order. */
  entriesBelow(node: TrieNode): CatalogEntry[] {
    const found: CatalogEntry[] = [];
    const visit = (current: TrieNode): void => {
      if (current.entry) found.push(current.entry);
      current.literal?.forEach(visit);
      if (current.index) visit(current.index.node);
    };
    visit(node);
    return found;
  }

  /**
   * Walks the key segment by segment from `start` without splitting it (this runs for every line of every
   * file). A literal segment wins; a number steps into the index child, backtracking if that fails.
   */
  private walk(node: TrieNode, key: string, start: number, digits: string[]): TrieNode | undefined {
    let end = key.indexOf('.', start);
    if (end < 0) end = key.length;
    const segment = key.slice(start, end);
    const last = end === key.length;
    const literal = node.literal?.get(segment);
    if (literal) {
      const found = last ? (literal.entry || literal.alias ? literal : undefined) : this.walk(literal, key, end + 1, digits);
      if (found) return found;
    }
    if (node.index && isDigits(segment)) {
      digits.push(segment);
      const next = node.index.node;
      const found = last ? (next.entry || next.alias ? next : undefined) : this.walk(next, key, end + 1, digits);
      if (found) return found;
      digits.pop();
    }
    return undefined;
  }

  private insert(pattern: string): TrieNode {
    let node = this.root;
    for (const segment of pattern.split('.')) {
      if (isPlaceholder(segment)) {
        node.index ??= { letter: segment, node: {} };
        node = node.index.node;
      } else {
        node.literal ??= new Map();
        let next = node.literal.get(segment);
        if (!next) {
          next = {};
          node.literal.set(segment, next);
        }
        node = next;
      }
    }
    return node;
  }

  private add(entry: CatalogEntry): void {
    const node = this.insert(entry.spec.pattern);
    if (node.entry || node.alias) {
      this.conflicts.push({ pattern: entry.spec.pattern, existing: node.entry?.spec.pattern ?? node.alias?.alias ?? '' });
      return;
    }
    node.entry = entry;
    this.allEntries.push(entry);
    this.byPattern.set(entry.spec.pattern, entry);
  }

  private addAlias(alias: ParameterAlias): void {
    if (!this.byPattern.has(alias.of)) {
      this.danglingAliases.push(alias);
      return;
    }
    const node = this.insert(alias.alias);
    if (node.entry || node.alias) {
      this.conflicts.push({ pattern: alias.alias, existing: node.entry?.spec.pattern ?? node.alias?.alias ?? '' });
      return;
    }
    node.alias = alias;
    this.allAliases.push(alias);
    const list = this.aliasesByTarget.get(alias.of);
    if (list) list.push(alias);
    else this.aliasesByTarget.set(alias.of, [alias]);
  }
}

export type { TrieNode };
