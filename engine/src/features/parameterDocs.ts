/**
 * The markdown that explains one catalog entry. Hover shows it; completion items carry it as their
 * documentation, so the two always agree.
 */
import { Catalog, rangeOf, type CatalogMatch } from '../catalog/catalog';
import { capabilityOf, missingIndexesOf, modelFactSource, type ModelInfo } from '../catalog/models';
import { SOURCES, sourceUrl } from '../catalog/sources';
import type { ModelCapability, ParameterSpec, SourceRef } from '../catalog/types';
import { describeKind } from '../values';

function indexLine(spec: ParameterSpec, model: ModelInfo | undefined): string | undefined {
  const letters = Object.keys(spec.indexes ?? {});
  if (letters.length === 0) return undefined;
  return letters
    .map((letter) => {
      const range = rangeOf(spec, letter);
      const gaps = range.gaps?.length ? ` except ${range.gaps.join(', ')}` : '';
      const perModel = model && range.perModel ? capabilityOf(model, range.perModel) : undefined;
      const onModel = model && range.perModel && perModel !== undefined ? `; ${model.name}: ${modelRange(model, range.perModel, perModel)}` : '';
      if (range.open) return `\`${letter}\` from ${range.min} (no source states the upper limit)${onModel}`;
      return `\`${letter}\` ${range.min}–${range.max}${gaps}${onModel}`;
    })
    .join(', ');
}

/** `1–16 (source)`: a model's count for an index, the numbers it skips, and the document behind it. */
function modelRange(model: ModelInfo, capability: ModelCapability, count: number): string {
  const missing = missingIndexesOf(model, capability);
  const skips = missing.length ? ` except ${missing.join(', ')}` : '';
  const source = modelFactSource(model, capability);
  return `${count === 0 ? 'none' : `1–${count}`}${skips}${source ? ` (${sourceLink(source)})` : ''}`;
}

const MAX_ALSO_IN = 4;

/** A source as a link a user can follow; a repository file opens at the line (`#L123`). */
function sourceLink(source: SourceRef, short = false): string {
  const document = SOURCES[source.guide];
  const title = document?.title ?? source.guide;
  const page = source.page ? (/^\d+$/.test(source.page) ? `, p. ${source.page}` : `, ${source.page}`) : '';
  const url = document && sourceUrl(document, source.page);
  const line = source.line && url?.startsWith('https://github.com/') ? source.line : undefined;
  const text = short ? title.replace(/,? [^,]*@[0-9a-f]{7}$/, '') : `${title}${page}${line ? `, line ${line}` : ''}`;
  return url ? `[${text}](${url}${line ? `#L${line}` : ''})` : text;
}

function sourceLine(spec: ParameterSpec): string {
  const shown = spec.alsoIn?.slice(0, MAX_ALSO_IN) ?? [];
  const more = (spec.alsoIn?.length ?? 0) - shown.length;
  const also = shown.length ? `. Also in: ${shown.map((source) => sourceLink(source, true)).join('; ')}${more > 0 ? ` and ${more} more` : ''}` : '';
  return `${sourceLink(spec.source)}${also}`;
}

const CERTAINTY: Record<string, string> = {
  template: 'the permitted values come from one Yealink template comment only',
  uncertain: 'the permitted values are inferred or the sources disagree',
};

/** Full documentation for a parameter, optionally for the concrete key and model at hand. */
export function parameterMarkdown(spec: ParameterSpec, options: { match?: CatalogMatch; model?: ModelInfo; key?: string } = {}): string {
  const { match, model } = options;
  const lines: string[] = [];
  lines.push(`**${options.key ?? spec.pattern}**${options.key && options.key !== spec.pattern ? ` — \`${spec.pattern}\`` : ''}`);
  if (match?.alias) lines.push('', `_Older name of \`${match.alias.of}\`${match.alias.note ? ` (${match.alias.note})` : ''}._`);
  const older = match?.alias ? [] : Catalog.default().aliasesOf(spec.pattern);
  if (older.length > 0) {
    lines.push('', `_Also written as ${older.map((alias) => `\`${alias.alias}\`${alias.note ? ` (${alias.note})` : ''}`).join(', ')}._`);
  }
  if (spec.reboot) lines.push('', '⚠️ **Reboot required**: changing this parameter makes the phone reboot, dropping calls in progress.');
  lines.push('', spec.description, '');
  const certainty = spec.valueCertainty ? CERTAINTY[spec.valueCertainty] : undefined;
  lines.push(`- **Value**: ${describeKind(spec.value)}${certainty ? ` (${certainty})` : ''}`);
  if (spec.default !== undefined) lines.push(`- **Default**: ${spec.default === '' ? '_blank_' : `\`${spec.default}\``}`);
  const indexes = indexLine(spec, model);
  if (indexes) lines.push(`- **Index**: ${indexes}`);
  lines.push(`- **Models**: ${spec.models ? spec.models.join(', ') : 'all'}`);
  if (spec.pattern.startsWith('static.')) {
    lines.push('- **Static**: yes — set only by provisioning or the phone menu, never saved to `<mac>-local.cfg`');
  }
  if (spec.firmware) lines.push(`- **Firmware**: ${spec.firmware}`);
  if (spec.value.kind === 'enum' && spec.value.values.length > 12) {
    lines.push('', spec.value.values.map((v) => `\`${v.value}\` ${v.label}`).join(' · '));
  }
  lines.push('', `Source: ${sourceLine(spec)}`);
  return lines.join('\n');
}
