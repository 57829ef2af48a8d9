/**
 * `npm run catalog:check`: validates every catalog entry and prints counts. Exit 1 on any problem.
 * Checks: required fields, index letters with ranges, no two patterns matching the same key, defaults
 * inside permitted values, labels on enum values, alias targets, known models and source tags.
 * Reports: counts by layer, family and value kind; entries with nothing beyond their name; where the
 * generated sources disagree and how each was settled; where hand-written and generated facts differ;
 * aliases.
 */
import { Catalog, catalogLayers, generatedParameters, placeholdersOf } from '../engine/src/catalog/catalog';
import { FAMILIES } from '../engine/src/catalog/data';
import { IMPORT_CONFLICTS } from '../engine/src/catalog/generated/conflicts';
import { patternShape } from '../engine/src/catalog/layers';
import { MODELS, SERIES } from '../engine/src/catalog/models';
import { SOURCES } from '../engine/src/catalog/sources';
import type { CatalogFamily, ParameterSpec } from '../engine/src/catalog/types';
import { checkValue } from '../engine/src/values';

export interface CatalogReport {
  readonly problems: string[];
  readonly total: number;
  readonly aliases: number;
  readonly byFamily: Record<string, number>;
  readonly byKind: Record<string, number>;
  readonly reboot: number;
  readonly withoutSource: number;
  /** Entries by layer: hand-written only, hand-written with generated facts under it, generated only. */
  readonly byLayer: Record<string, number>;
  /** Patterns whose value kind is better than free text. */
  readonly typed: number;
  /** Patterns with nothing beyond their name and source: free text, no default, reboot, models or firmware. */
  readonly nameOnly: string[];
  readonly byCertainty: Record<string, number>;
}

const KEY_SEGMENT = /^([a-z0-9_\-]+|[A-Z])$/;

function checkSpec(spec: ParameterSpec, family: CatalogFamily, problems: string[]): void {
  const where = `${family.family}: ${spec.pattern}`;
  if (!spec.pattern.split('.').every((segment) => KEY_SEGMENT.test(segment))) problems.push(`${where}: pattern segments must be lower-case words or one upper-case index letter`);
  const letters = placeholdersOf(spec.pattern);
  if (new Set(letters).size !== letters.length) problems.push(`${where}: an index letter is used twice`);
  for (const letter of letters) {
    const range = spec.indexes?.[letter];
    if (!range) problems.push(`${where}: index ${letter} has no range`);
    else if (range.min > range.max) problems.push(`${where}: index ${letter} range ${range.min}..${range.max} is empty`);
  }
  for (const letter of Object.keys(spec.indexes ?? {})) {
    if (!letters.includes(letter)) problems.push(`${where}: range given for ${letter}, which the pattern does not use`);
  }
  if (!spec.description || spec.description.trim().length < 10) problems.push(`${where}: description missing or too short`);
  const sources = { ...SOURCES, ...(family.sources ?? {}) };
  if (!spec.source?.guide) problems.push(`${where}: no source`);
  else if (!sources[spec.source.guide]) problems.push(`${where}: unknown source tag ${spec.source.guide}`);
  if (spec.value.kind === 'enum') {
    if (spec.value.values.length === 0) problems.push(`${where}: enum without values`);
    for (const v of spec.value.values) if (!v.label?.trim()) problems.push(`${where}: enum value ${v.value} has no label`);
    if (new Set(spec.value.values.map((v) => v.value)).size !== spec.value.values.length) problems.push(`${where}: enum lists a value twice`);
  }
  if ((spec.value.kind === 'integer' || spec.value.kind === 'float') && spec.value.min > spec.value.max) problems.push(`${where}: value range is empty`);
  if (spec.default !== undefined) {
    const problem = checkValue(spec.value, spec.default);
    if (problem) problems.push(`${where}: default "${spec.default}" is not permitted (${problem.problem})`);
  }
  for (const model of spec.models ?? []) {
    if (!SERIES.has(model) && !MODELS.some((m) => m.name === model)) problems.push(`${where}: unknown model or series ${model}`);
  }
}

export function checkCatalog(families: readonly CatalogFamily[] = catalogLayers().families): CatalogReport {
  const problems: string[] = [];
  const catalog = new Catalog(families);
  for (const conflict of catalog.conflicts) problems.push(`pattern ${conflict.pattern} matches the same keys as ${conflict.existing}`);
  for (const alias of catalog.danglingAliases) problems.push(`alias ${alias.alias} points to ${alias.of}, which is not a pattern`);
  const byFamily: Record<string, number> = {};
  const byKind: Record<string, number> = {};
  const byLayer: Record<string, number> = {};
  const byCertainty: Record<string, number> = {};
  const handShapes = new Set(FAMILIES.flatMap((family) => family.parameters.map((spec) => patternShape(spec.pattern))));
  const generatedShapes = new Set(generatedParameters().map((entry) => patternShape(entry.pattern)));
  const nameOnly: string[] = [];
  let reboot = 0;
  let withoutSource = 0;
  let typed = 0;
  for (const family of families) {
    if (family.parameters.length > 0) byFamily[family.family] = family.parameters.length;
    for (const spec of family.parameters) {
      checkSpec(spec, family, problems);
      byKind[spec.value.kind] = (byKind[spec.value.kind] ?? 0) + 1;
      if (spec.value.kind !== 'text') typed++;
      if (spec.reboot) reboot++;
      if (!spec.source?.guide) withoutSource++;
      const shape = patternShape(spec.pattern);
      const layer = handShapes.has(shape) ? (generatedShapes.has(shape) ? 'hand + generated' : 'hand only') : 'generated only';
      byLayer[layer] = (byLayer[layer] ?? 0) + 1;
      const certainty = spec.valueCertainty ?? 'documented';
      byCertainty[certainty] = (byCertainty[certainty] ?? 0) + 1;
      if (spec.value.kind === 'text' && spec.default === undefined && !spec.reboot && !spec.models && !spec.firmware) nameOnly.push(spec.pattern);
    }
  }
  return { problems, total: catalog.entries.length, aliases: catalog.aliases.length, byFamily, byKind, reboot, withoutSource, byLayer, typed, nameOnly, byCertainty };
}

if (require.main === module) {
  const report = checkCatalog();
  const table = (counts: Record<string, number>): string =>
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .map(([name, count]) => `  ${name.padEnd(16)} ${String(count).padStart(5)}`)
      .join('\n');
  const verbose = process.argv.includes('--verbose');
  const layers = catalogLayers();
  console.log(`catalog: ${report.total} parameter patterns, ${report.aliases} aliases, ${report.reboot} need a reboot, ${report.withoutSource} without a source`);
  console.log(`${report.typed} patterns have a value kind better than free text`);
  console.log(`by layer:\n${table(report.byLayer)}`);
  console.log(`by family:\n${table(report.byFamily)}`);
  console.log(`by value kind:\n${table(report.byKind)}`);
  console.log(`by value certainty:\n${table(report.byCertainty)}`);
  console.log(`generated value kinds inferred from the name (…enable, …url, …port; marked uncertain): ${generatedParameters().filter((entry) => entry.inferred).length}`);
  const list = (title: string, items: readonly string[]): void => {
    console.log(`\n${title}: ${items.length}`);
    for (const item of verbose ? items : items.slice(0, 10)) console.log(`  ${item}`);
    if (!verbose && items.length > 10) console.log(`  ... ${items.length - 10} more (--verbose lists all)`);
  };
  list('entries with nothing beyond their name (free text, no default, reboot, models or firmware)', report.nameOnly);
  list(
    'conflicts between generated sources, and how each was settled',
    IMPORT_CONFLICTS.map((c) => `${c.pattern} ${c.field}: ${c.claims.join('; ')} -> ${c.settled}`),
  );
  list(
    'hand-written and generated facts that differ',
    layers.notes.map((n) => `${n.pattern} ${n.field}: hand ${n.hand}, generated ${n.generated} -> ${n.settled}`),
  );
  const catalog = Catalog.default();
  list('aliases', catalog.aliases.map((a) => `${a.alias} -> ${a.of}${a.note ? ` (${a.note})` : ''}`));
  if (report.problems.length > 0) {
    console.error(`\n${report.problems.length} problem(s):\n${report.problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log('no problems found');
  }
}
