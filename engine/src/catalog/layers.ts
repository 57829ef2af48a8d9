/**
 * The catalog in two layers: hand-written families (./data/, descriptions in our own words, facts from
 * Yealink guides) over the generated layer (./generated/, facts `npm run catalog:import` reads from
 * Yealink's own templates). A hand-written entry wins field by field; the generated entry fills what the
 * hand-written one leaves out (a value kind where it says only "text", default, reboot, models, firmware,
 * further sources). Unprefixed names whose `static.` successor exists become aliases of it, linked both
 * ways (`Catalog.aliasesOf`).
 */
import type { CatalogFamily, IndexRange, ModelCapability, ParameterAlias, ParameterSpec, SourceDocument, SourceRef, ValueKind } from './types';

/** One generated index range; `open` when no source states the upper limit. */
export interface GeneratedRange {
  readonly min: number;
  readonly max: number;
  readonly perModel?: ModelCapability;
  readonly open?: true;
}

/** A generated catalog entry: facts only, each traced to the files (tag and line) that name it. */
export interface GeneratedEntry {
  readonly pattern: string;
  readonly indexes?: Readonly<Record<string, GeneratedRange>>;
  readonly value?: ValueKind;
  readonly default?: string;
  readonly reboot?: true;
  readonly models?: readonly string[];
  readonly firmware?: string;
  readonly certainty?: 'template' | 'uncertain';
  /** True when no source states the value kind and it is inferred from the name (certainty `uncertain`). */
  readonly inferred?: true;
  /** The template section banner at the primary source, e.g. "Network CDP". */
  readonly section?: string;
  /** [source tag, line] pairs, the primary source first (newest firmware, then active over commented). */
  readonly sources: readonly (readonly [string, number])[];
}

/** A generated source file: what it is, the firmware it documents, where to read it at its commit. */
export interface GeneratedSource extends SourceDocument {
  readonly firmware: string;
  readonly url: string;
}

/** How one field of a hand-written entry and the generated entry for the same pattern relate. */
export interface LayerNote {
  readonly pattern: string;
  readonly field: string;
  readonly hand: string;
  readonly generated: string;
  readonly settled: string;
}

export interface LayeredCatalog {
  readonly families: CatalogFamily[];
  /** Where hand-written and generated facts differ, and which one the catalog uses. */
  readonly notes: LayerNote[];
}

const TEXT: ValueKind = { kind: 'text' };
const STATIC = 'static.';

/** A pattern with its index letters erased, so `a.X.b` and `a.Y.b` compare equal. */
export function patternShape(pattern: string): string {
  return pattern.replace(/(^|\.)[A-Z](?=\.|$)/g, '$1#');
}

function sourceRef(source: readonly [string, number], section?: string): SourceRef {
  return { guide: source[0], page: section ? `section "${section}"` : undefined, line: source[1] };
}

/** A source title without its `, owner/repo@commit` tail. */
export function shortTitle(title: string): string {
  return title.replace(/, [^,\s]+\/[^,\s]+@[0-9a-f]{7}$/, '');
}

function plainDescription(entry: GeneratedEntry, sources: Readonly<Record<string, GeneratedSource>>): string {
  const primary = sources[entry.sources[0][0]];
  const where = `${shortTitle(primary?.title ?? entry.sources[0][0])}${entry.section ? ` (section "${entry.section}")` : ''}`;
  const count = new Set(entry.sources.map(([tag]) => sources[tag]?.url ?? tag)).size;
  const also = count > 1 ? ` and in ${count - 1} other source file${count > 2 ? 's' : ''}` : '';
  return `Named in the ${where}${also}. The catalog has no description of it yet: only the facts below, as those sources state them.`;
}

/** The other source files that name the entry, one reference per file and commit. */
function alsoIn(entry: GeneratedEntry, sources: Readonly<Record<string, GeneratedSource>>): SourceRef[] {
  const seen = new Set<string>([sources[entry.sources[0][0]]?.url ?? entry.sources[0][0]]);
  const out: SourceRef[] = [];
  for (const source of entry.sources.slice(1)) {
    const file = sources[source[0]]?.url ?? source[0];
    if (seen.has(file)) continue;
    seen.add(file);
    out.push(sourceRef(source));
  }
  return out;
}

/** One reference per source document (per repository file for generated sources), the primary left out. */
function dedupeSources(refs: readonly SourceRef[], primary: SourceRef): SourceRef[] {
  const key = (ref: SourceRef): string => GENERATED_FILE_KEYS.get(ref.guide) ?? ref.guide;
  const seen = new Set<string>([key(primary)]);
  return refs.filter((ref) => !seen.has(key(ref)) && Boolean(seen.add(key(ref))));
}

/** Source tag -> its file address at its commit, filled by layerCatalog from the generated sources. */
const GENERATED_FILE_KEYS = new Map<string, string>();


/**
 * The generated entry as a catalog spec of its own. Its description and further sources are worked out
 * when read (hover, completion documentation), so the thousands of entries a server never shows cost
 * no strings.
 */
class GeneratedSpec implements ParameterSpec {
  readonly pattern: string;
  readonly indexes: Readonly<Record<string, IndexRange>> | undefined;
  readonly value: ValueKind;
  readonly default: string | undefined;
  readonly reboot: boolean | undefined;
  readonly models: readonly string[] | undefined;
  readonly firmware: string | undefined;
  readonly source: SourceRef;
  readonly valueCertainty: 'template' | 'uncertain' | undefined;
  readonly #entry: GeneratedEntry;
  readonly #sources: Readonly<Record<string, GeneratedSource>>;

  constructor(entry: GeneratedEntry, sources: Readonly<Record<string, GeneratedSource>>) {
    this.pattern = entry.pattern;
    this.indexes = entry.indexes;
    this.value = entry.value ?? TEXT;
    this.default = entry.default;
    this.reboot = entry.reboot;
    this.models = entry.models;
    this.firmware = entry.firmware;
    this.source = sourceRef(entry.sources[0], entry.section);
    this.valueCertainty = entry.certainty;
    this.#entry = entry;
    this.#sources = sources;
  }

  get description(): string {
    return plainDescription(this.#entry, this.#sources);
  }

  get alsoIn(): readonly SourceRef[] | undefined {
    return this.#entry.sources.length > 1 ? alsoIn(this.#entry, this.#sources) : undefined;
  }

  /** Plain data for JSON output (`explain --json`): the getters' values, not the private fields. */
  toJSON(): ParameterSpec {
    return { ...this, description: this.description, alsoIn: this.alsoIn };
  }
}

export function generatedSpec(entry: GeneratedEntry, sources: Readonly<Record<string, GeneratedSource>>): ParameterSpec {
  return new GeneratedSpec(entry, sources);
}

function show(value: unknown): string {
  if (value === undefined) return '—';
  if (value && typeof value === 'object' && 'kind' in value) {
    const kind = value as ValueKind;
    if (kind.kind === 'enum') return `enum ${kind.values.map((v) => v.value).join('|')}`;
    if (kind.kind === 'integer' || kind.kind === 'float') return `${kind.kind} ${kind.min}..${kind.max}`;
    if (kind.kind === 'bool') return `bool${kind.off || kind.on ? ` (${kind.off ?? 'disabled'}/${kind.on ?? 'enabled'})` : ''}`;
    return kind.kind;
  }
  return JSON.stringify(value);
}

/** Hand-written fields win; the generated entry fills the gaps. A hand `text` kind counts as a gap. */
function overlay(hand: ParameterSpec, generated: ParameterSpec, notes: LayerNote[]): ParameterSpec {
  const note = (field: string, h: unknown, g: unknown, settled: string): void => {
    notes.push({ pattern: hand.pattern, field, hand: show(h), generated: show(g), settled });
  };
  let value = hand.value;
  let valueCertainty = hand.valueCertainty;
  if (hand.value.kind === 'text' && generated.value.kind !== 'text') {
    value = generated.value;
    valueCertainty = generated.valueCertainty;
    note('value', hand.value, generated.value, 'generated kind fills a hand "text"');
  } else if (generated.value.kind !== 'text' && show(hand.value) !== show(generated.value)) {
    note('value', hand.value, generated.value, 'hand-written wins');
  }
  if (hand.default !== undefined && generated.default !== undefined && hand.default !== generated.default) note('default', hand.default, generated.default, 'hand-written wins');
  if (hand.reboot === false && generated.reboot) note('reboot', false, true, 'hand-written wins');
  const alsoIn = dedupeSources([...(hand.alsoIn ?? []), generated.source, ...(generated.alsoIn ?? [])], hand.source);
  return {
    // Spelled out rather than spread: a generated spec's description is a getter, which a spread drops.
    pattern: hand.pattern,
    ...(hand.indexes ? { indexes: hand.indexes } : {}),
    description: hand.description,
    source: hand.source,
    ...(hand.default !== undefined ? { default: hand.default } : {}),
    ...(hand.reboot !== undefined ? { reboot: hand.reboot } : {}),
    ...(hand.models ? { models: hand.models } : {}),
    ...(hand.firmware ? { firmware: hand.firmware } : {}),
    ...(hand.repeatableBy !== undefined ? { repeatableBy: hand.repeatableBy } : {}),
    value,
    ...(valueCertainty ? { valueCertainty } : {}),
    ...(hand.default === undefined && generated.default !== undefined ? { default: generated.default } : {}),
    ...(hand.reboot === undefined && generated.reboot ? { reboot: true } : {}),
    ...(hand.models === undefined && generated.models ? { models: generated.models } : {}),
    ...(hand.firmware === undefined && generated.firmware ? { firmware: generated.firmware } : {}),
    alsoIn,
  };
}

/** Firmware generations that write a name, from its generated sources: "V70, V80". */
function firmwareOf(entry: GeneratedEntry | undefined, sources: Readonly<Record<string, GeneratedSource>>): string {
  if (!entry) return '';
  return [...new Set(entry.sources.map(([tag]) => sources[tag]?.firmware).filter(Boolean))].sort().join(', ');
}

/**
 * Lays the generated entries under the hand-written families. Generated entries that no hand entry has
 * go to families named by their first segment (`static.` aside), after the hand-written ones.
 */
/** `_`, `-`, `.` and then the code units of digits and letters: the collation order of these characters. */
function nameRank(code: number): number {
  return code === 95 ? 0 : code === 45 ? 1 : code === 46 ? 2 : code + 3;
}

const SIMPLE_NAME = /^[a-z0-9._-]*$/;

/**
 * localeCompare's order for parameter and family names. Names of lowercase letters, digits, `.`, `_` and `-`
 * (all the catalog has) are compared here, without loading ICU's collator, which costs the server 2–3 MB of
 * memory; any other name still goes to localeCompare.
 */
export function compareNames(a: string, b: string): number {
  if (!SIMPLE_NAME.test(a) || !SIMPLE_NAME.test(b)) return a.localeCompare(b);
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return nameRank(x) - nameRank(y);
  }
  return a.length - b.length;
}

export function layerCatalog(
  hand: readonly CatalogFamily[],
  generated: readonly GeneratedEntry[],
  sources: Readonly<Record<string, GeneratedSource>>,
): LayeredCatalog {
  const notes: LayerNote[] = [];
  for (const [tag, source] of Object.entries(sources)) GENERATED_FILE_KEYS.set(tag, source.url);
  const handByShape = new Map<string, { family: number; index: number }>();
  /** Hand-written aliases: the older name's shape -> its target's shape. */
  const handAliasTarget = new Map<string, string>();
  hand.forEach((family, f) => {
    family.parameters.forEach((spec, i) => handByShape.set(patternShape(spec.pattern), { family: f, index: i }));
    for (const alias of family.aliases ?? []) handAliasTarget.set(patternShape(alias.alias), patternShape(alias.of));
  });
  const handAliasShapes = new Set(handAliasTarget.keys());
  const generatedByShape = new Map(generated.map((entry) => [patternShape(entry.pattern), entry]));

  // Unprefixed names whose static. successor exists (hand or generated) become its aliases.
  const successorOf = (entry: GeneratedEntry): string | undefined => {
    if (entry.pattern.startsWith(STATIC)) return undefined;
    const shape = patternShape(STATIC + entry.pattern);
    return handByShape.has(shape) || generatedByShape.has(shape) ? shape : undefined;
  };

  const parameters = hand.map((family) => [...family.parameters]);
  // First segment -> the hand-written family holding most names that start with it.
  const counts = new Map<string, Map<number, number>>();
  hand.forEach((family, f) => {
    for (const spec of family.parameters) {
      const name = familyName(spec.pattern);
      const byFamily = counts.get(name) ?? new Map<number, number>();
      byFamily.set(f, (byFamily.get(f) ?? 0) + 1);
      counts.set(name, byFamily);
    }
  });
  const handFamilyOf = new Map([...counts].map(([name, byFamily]) => [name, [...byFamily].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0]]));
  const extraFamilies = new Map<string, ParameterSpec[]>();
  const aliases: ParameterAlias[] = [];
  const placed = new Map<string, { list: ParameterSpec[]; index: number }>();

  for (const entry of generated) {
    const shape = patternShape(entry.pattern);
    if (handAliasShapes.has(shape) || successorOf(entry)) continue;
    const spec = generatedSpec(entry, sources);
    const handAt = handByShape.get(shape);
    if (handAt) {
      const list = parameters[handAt.family];
      list[handAt.index] = overlay(list[handAt.index], spec, notes);
      placed.set(shape, { list, index: handAt.index });
      continue;
    }
    // A generated entry joins the hand-written family that already holds names of its first segment.
    const name = familyName(entry.pattern);
    const handFamily = handFamilyOf.get(name);
    let list = handFamily !== undefined ? parameters[handFamily] : extraFamilies.get(name);
    if (!list) extraFamilies.set(name, (list = []));
    list.push(spec);
    placed.set(shape, { list, index: list.length - 1 });
  }

  // Aliases: the older name fills gaps of its successor too (same setting, other firmware).
  for (const entry of generated) {
    const shape = patternShape(entry.pattern);
    const handTarget = handAliasTarget.get(shape);
    const successor = handTarget ?? successorOf(entry);
    if (!successor || (!handTarget && handByShape.has(shape))) continue;
    const handAt = handByShape.get(successor);
    const target = placed.get(successor) ?? (handAt ? { list: parameters[handAt.family], index: handAt.index } : undefined);
    if (!target) continue;
    const targetSpec = target.list[target.index];
    target.list[target.index] = overlay(targetSpec, generatedSpec(entry, sources), handTarget ? notes : []);
    if (handTarget) continue; // the hand-written alias stands
    const olderFirmware = firmwareOf(entry, sources);
    const newerFirmware = firmwareOf(generatedByShape.get(successor), sources);
    aliases.push({
      alias: entry.pattern,
      of: targetSpec.pattern,
      note:
        `name without the static. prefix` +
        (olderFirmware ? `, written in the ${olderFirmware} sources` : '') +
        (newerFirmware ? `; the ${newerFirmware} sources write ${targetSpec.pattern}` : ''),
    });
  }

  const families: CatalogFamily[] = hand.map((family, f) => ({ ...family, parameters: parameters[f] }));
  for (const [name, list] of [...extraFamilies].sort(([a], [b]) => compareNames(a, b))) {
    families.push({ family: name, parameters: list });
  }
  aliases.push(...unprefixedAliases(families, aliases));
  if (aliases.length > 0) families.push({ family: 'aliases', parameters: [], aliases });
  return { families, notes };
}

/** Family id of a generated entry: its first segment, `static.` aside (`static.network.x` -> network). */
export function familyName(pattern: string): string {
  const segments = pattern.split('.');
  return segments[0] === 'static' && segments.length > 1 ? segments[1] : segments[0];
}

/**
 * V7x/V80 firmware wrote the static settings without the `static.` prefix; Yealink's V81+ guides and
 * templates say the prefix marks the same setting. So every `static.X` pattern that has no entry or alias
 * of its own for `X` gets `X` as an alias (which `Catalog.aliasesOf` links back).
 */
function unprefixedAliases(families: readonly CatalogFamily[], existing: readonly ParameterAlias[]): ParameterAlias[] {
  const taken = new Set<string>();
  for (const family of families) {
    for (const spec of family.parameters) taken.add(patternShape(spec.pattern));
    for (const alias of family.aliases ?? []) taken.add(patternShape(alias.alias));
  }
  for (const alias of existing) taken.add(patternShape(alias.alias));
  const out: ParameterAlias[] = [];
  for (const family of families) {
    for (const spec of family.parameters) {
      if (!spec.pattern.startsWith(STATIC)) continue;
      const alias = spec.pattern.slice(STATIC.length);
      const shape = patternShape(alias);
      if (taken.has(shape)) continue;
      taken.add(shape);
      out.push({ alias, of: spec.pattern, note: `name without the static. prefix, which V7x/V80 firmware used for the same setting` });
    }
  }
  // The other way round: in a family that V81+ firmware moved under `static.` (some `static.F.…` pattern
  // exists), an unprefixed pattern known only from older sources also answers to its `static.` name, as
  // Yealink's later templates write it (`static.syslog.ftp.post_mode`).
  const movedFamilies = new Set<string>();
  for (const family of families) {
    for (const spec of family.parameters) if (spec.pattern.startsWith(STATIC)) movedFamilies.add(spec.pattern.split('.')[1]);
  }
  for (const family of families) {
    for (const spec of family.parameters) {
      if (spec.pattern.startsWith(STATIC) || !movedFamilies.has(spec.pattern.split('.')[0])) continue;
      const alias = STATIC + spec.pattern;
      const shape = patternShape(alias);
      if (taken.has(shape)) continue;
      taken.add(shape);
      out.push({ alias, of: spec.pattern, note: `name with the static. prefix, which V81 and later firmware writes for this family` });
    }
  }
  return out;
}
