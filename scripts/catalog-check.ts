/**
 * `npm run catalog:check`: validates every catalog entry and prints counts. Exit 1 on any problem.
 * Checks: required fields, index letters with ranges, no two patterns matching the same key, defaults
 * inside permitted values, labels on enum values, alias targets, known models and source tags.
 */
import { Catalog, placeholdersOf } from '../engine/src/catalog/catalog';
import { FAMILIES } from '../engine/src/catalog/data';
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

export function checkCatalog(families: readonly CatalogFamily[] = FAMILIES): CatalogReport {
  const problems: string[] = [];
  const catalog = new Catalog(families);
  for (const conflict of catalog.conflicts) problems.push(`pattern ${conflict.pattern} matches the same keys as ${conflict.existing}`);
  for (const alias of catalog.danglingAliases) problems.push(`alias ${alias.alias} points to ${alias.of}, which is not a pattern`);
  const byFamily: Record<string, number> = {};
  const byKind: Record<string, number> = {};
  let reboot = 0;
  let withoutSource = 0;
  for (const family of families) {
    byFamily[family.family] = family.parameters.length;
    for (const spec of family.parameters) {
      checkSpec(spec, family, problems);
      byKind[spec.value.kind] = (byKind[spec.value.kind] ?? 0) + 1;
      if (spec.reboot) reboot++;
      if (!spec.source?.guide) withoutSource++;
    }
  }
  return { problems, total: catalog.entries.length, aliases: catalog.aliases.length, byFamily, byKind, reboot, withoutSource };
}

if (require.main === module) {
  const report = checkCatalog();
  const table = (counts: Record<string, number>): string =>
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .map(([name, count]) => `  ${name.padEnd(16)} ${String(count).padStart(5)}`)
      .join('\n');
  console.log(`catalog: ${report.total} parameter patterns, ${report.aliases} aliases, ${report.reboot} need a reboot, ${report.withoutSource} without a source`);
  console.log(`by family:\n${table(report.byFamily)}`);
  console.log(`by value kind:\n${table(report.byKind)}`);
  if (report.problems.length > 0) {
    console.error(`\n${report.problems.length} problem(s):\n${report.problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log('no problems found');
  }
}
