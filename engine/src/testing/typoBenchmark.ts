/**
 * The typo benchmark of issue 8, built the way the held-out one is: from every name the catalog knows
 * (patterns with plausible index numbers, and aliases), seeded typos (a letter dropped, swapped, doubled or
 * replaced, or a lost dot), plus the real typos seen in fleets. Three figures:
 * - valid names flagged: names used by real fleets that get YL003 (a warning) although they are valid;
 * - typos warned: seeded typos that get YL003;
 * - first suggestion right: seeded typos whose first suggestion is the original name.
 * Deterministic: the same seed and catalog give the same typos. Run by typoBenchmark.test.ts (thresholds)
 * and bench/typos.mjs (prints the figures).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fillPlaceholders, rangeOf, type Catalog } from '../catalog/catalog';
import { NameSuggester } from '../catalog/suggest';
import { ROOT } from '../crypto/testPaths';
import { analyze } from '../document';
import { parse } from '../parser';
import type { Finding } from '../rules';
import { unknownParameter } from '../rules/yl003UnknownParameter';
import { validate } from '../validate';
import { random } from './fuzz';

export type Mutation = 'drop' | 'swap' | 'double' | 'replace' | 'lost dot';
export const MUTATIONS: readonly Mutation[] = ['drop', 'swap', 'double', 'replace', 'lost dot'];

export interface Typo {
  readonly typo: string;
  readonly original: string;
  readonly mutation: Mutation | 'real';
}

/** Typos found in real provisioning files (issue 8), with the name each was meant to be. */
export const REAL_TYPOS: readonly Typo[] = [
  { typo: 'auto_provision.weekly.enalbe', original: 'static.auto_provision.weekly.enable', mutation: 'real' },
  { typo: 'ccount.1.expires', original: 'account.1.expires', mutation: 'real' },
  { typo: 'satic.security.tr069.trust_certificates', original: 'static.security.tr069.trust_certificates', mutation: 'real' },
  { typo: 'features.system_funtion_bar.hide', original: 'features.system_function_bar.hide', mutation: 'real' },
  { typo: 'features.password_dial.enabl e', original: 'features.password_dial.enable', mutation: 'real' },
];

export interface TypoBenchmarkResult {
  readonly validNames: number;
  /** Valid names that got YL003, each with the rename it was offered. */
  readonly validFlagged: readonly { name: string; offered: string }[];
  readonly typos: number;
  readonly warned: number;
  readonly firstRight: number;
  /** Seeded and real typos without a warning or with a wrong first suggestion. */
  readonly misses: readonly (Typo & { offered?: string })[];
  /** Real typos whose intended name the catalog does not know yet: not counted, listed. */
  readonly realTyposUnknownIntent: readonly Typo[];
  /** Real typos the catalog itself holds as names (copied from a source template): not counted, listed. */
  readonly realTyposInCatalog: readonly Typo[];
}


/** Every name the catalog knows, written out: each pattern and alias with its lowest index, and one more. */
export function catalogNames(catalog: Catalog): string[] {
  const names = new Set<string>();
  const add = (pattern: string, target: string): void => {
    const spec = catalog.byPatternName(target)?.spec;
    if (!spec) return;
    names.add(fillPlaceholders(pattern, (letter) => String(rangeOf(spec, letter).min)));
    names.add(fillPlaceholders(pattern, (letter) => String(Math.min(rangeOf(spec, letter).min + 1, rangeOf(spec, letter).max))));
  };
  for (const entry of catalog.entries) add(entry.spec.pattern, entry.spec.pattern);
  for (const alias of catalog.aliases) add(alias.alias, alias.of);
  return [...names].sort();
}

/**
 * Valid names from real-looking fleets: the examples, the test fixtures without deliberate errors, and
 * bench/fleet (names from public provisioning templates), and the own-written fleet of test/fixtures/fleet.
 */
export function fleetKeys(): string[] {
  const folders = ['examples', 'bench/fleet', 'test/vscode/fixtures', 'test/fixtures/crypto', 'test/fixtures/fleet'].map((folder) => join(ROOT, folder));
  return keysOfFiles(folders, ['errors']);
}

/** The keys set in every .cfg file below `folders` (template keys left out), skipping any folder named in `except`. */
export function keysOfFiles(folders: readonly string[], except: readonly string[] = []): string[] {
  const keys = new Set<string>();
  const visit = (path: string): void => {
    if (except.some((name) => path.endsWith(name))) return;
    if (statSync(path).isDirectory()) {
      readdirSync(path).forEach((name) => visit(join(path, name)));
    } else if (/\.cfg$/i.test(path)) {
      for (const setting of parse(readFileSync(path, 'utf8')).settings) if (!setting.templatedKey) keys.add(setting.key);
    }
  };
  folders.forEach(visit);
  return [...keys].sort();
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const isLetter = (ch: string | undefined): boolean => ch !== undefined && ch >= 'a' && ch <= 'z';

/** One typo of `name` by `mutation` at a random place, or undefined when the name offers no such place. */
function mutate(name: string, mutation: Mutation, next: () => number): string | undefined {
  const pick = <T>(items: readonly T[]): T | undefined => (items.length ? items[Math.floor(next() * items.length)] : undefined);
  const positions = (accept: (i: number) => boolean): number[] => [...name].map((_, i) => i).filter(accept);
  switch (mutation) {
    case 'drop': {
      const i = pick(positions((i) => isLetter(name[i])));
      return i === undefined ? undefined : name.slice(0, i) + name.slice(i + 1);
    }
    case 'double': {
      const i = pick(positions((i) => isLetter(name[i])));
      return i === undefined ? undefined : name.slice(0, i + 1) + name.slice(i);
    }
    case 'swap': {
      const i = pick(positions((i) => isLetter(name[i]) && isLetter(name[i + 1]) && name[i] !== name[i + 1]));
      return i === undefined ? undefined : name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
    }
    case 'replace': {
      const i = pick(positions((i) => isLetter(name[i])));
      if (i === undefined) return undefined;
      const others = LETTERS.replace(name[i], '');
      return name.slice(0, i) + others[Math.floor(next() * others.length)] + name.slice(i + 1);
    }
    case 'lost dot': {
      const i = pick(positions((i) => name[i] === '.'));
      return i === undefined ? undefined : name.slice(0, i) + name.slice(i + 1);
    }
  }
}

/** One typo of each kind for every name, leaving out typos that happen to be known names. */
export function seededTypos(catalog: Catalog, names: readonly string[], seed = 8): Typo[] {
  const next = random(seed);
  const typos: Typo[] = [];
  for (const original of names) {
    for (const mutation of MUTATIONS) {
      const typo = mutate(original, mutation, next);
      if (typo !== undefined && typo !== original && !catalog.lookup(typo)) typos.push({ typo, original, mutation });
    }
  }
  return typos;
}

/** YL003 findings for a list of keys, one line each, by key. */
function typoFindings(catalog: Catalog, suggester: NameSuggester, keys: readonly string[]): Map<string, Finding> {
  const text = `#!version:1.0.0.1\n${keys.map((key) => `${key} = 1`).join('\n')}\n`;
  const findings = validate(analyze(text, 'benchmark.cfg'), { catalog, suggester, rules: [unknownParameter] });
  return new Map(findings.filter((finding) => finding.severity === 'warning').map((finding) => [keys[finding.line - 1], finding]));
}

export function runTypoBenchmark(catalog: Catalog, fleetKeys: readonly string[], seed = 8): TypoBenchmarkResult {
  const suggester = new NameSuggester(catalog);
  const names = catalogNames(catalog);
  const valid = [...new Set([...names, ...fleetKeys])];
  const validFindings = typoFindings(catalog, suggester, valid);
  const validFlagged = [...validFindings].map(([name, finding]) => ({ name, offered: finding.data?.replacements?.[0] ?? '' }));

  const realTyposUnknownIntent = REAL_TYPOS.filter((typo) => !catalog.lookup(typo.original));
  const realTyposInCatalog = REAL_TYPOS.filter((typo) => catalog.lookup(typo.typo));
  const countable = REAL_TYPOS.filter((typo) => catalog.lookup(typo.original) && !catalog.lookup(typo.typo));
  const typos = [...seededTypos(catalog, names, seed), ...countable];
  const typoResults = typoFindings(catalog, suggester, typos.map((typo) => typo.typo));
  let warned = 0;
  let firstRight = 0;
  const misses: (Typo & { offered?: string })[] = [];
  for (const typo of typos) {
    const finding = typoResults.get(typo.typo);
    const offered = finding?.data?.replacements?.[0];
    if (finding) warned++;
    // The intended setting under another of its names (the key's own unprefixed style) is right too.
    if (offered === typo.original || (offered !== undefined && sameSetting(catalog, offered, typo.original))) firstRight++;
    else misses.push({ ...typo, offered });
  }
  return { validNames: valid.length, validFlagged, typos: typos.length, warned, firstRight, misses, realTyposUnknownIntent, realTyposInCatalog };
}

/** `part` of `whole` in percent, one decimal (0 for an empty whole). */
export function percent(part: number, whole: number): number {
  return Math.round((1000 * part) / Math.max(whole, 1)) / 10;
}

/** The three figures as percentages, one decimal. */
export function figures(result: TypoBenchmarkResult): { validFlagged: number; typosWarned: number; firstRight: number } {
  return {
    validFlagged: percent(result.validFlagged.length, result.validNames),
    typosWarned: percent(result.warned, result.typos),
    firstRight: percent(result.firstRight, result.typos),
  };
}

/** True when two key names are one catalog setting (a name and its alias). */
function sameSetting(catalog: Catalog, a: string, b: string): boolean {
  const first = catalog.lookup(a);
  const second = catalog.lookup(b);
  return first !== undefined && second !== undefined && first.spec.pattern === second.spec.pattern && JSON.stringify(first.indexes) === JSON.stringify(second.indexes);
}
