/**
 * The markdown that explains one catalog entry. Hover shows it; completion items carry it as their
 * documentation, so the two always agree.
 */
import { rangeOf, type CatalogMatch } from '../catalog/catalog';
import { capabilityOf, type ModelInfo } from '../catalog/models';
import { SOURCES } from '../catalog/sources';
import type { ParameterSpec } from '../catalog/types';
import { describeKind } from '../values';

function indexLine(spec: ParameterSpec, model: ModelInfo | undefined): string | undefined {
  const letters = Object.keys(spec.indexes ?? {});
  if (letters.length === 0) return undefined;
  return letters
    .map((letter) => {
      const range = rangeOf(spec, letter);
      const gaps = range.gaps?.length ? ` except ${range.gaps.join(', ')}` : '';
      const perModel = model && range.perModel ? capabilityOf(model, range.perModel) : undefined;
      const onModel = perModel !== undefined ? `; ${model?.name}: 1–${perModel}` : '';
      return `\`${letter}\` ${range.min}–${range.max}${gaps}${onModel}`;
    })
    .join(', ');
}

function sourceLine(spec: ParameterSpec): string {
  const document = SOURCES[spec.source.guide];
  const title = document?.title ?? spec.source.guide;
  const page = spec.source.page ? (/^\d/.test(spec.source.page) ? `, p. ${spec.source.page}` : `, ${spec.source.page}`) : '';
  return document?.url ? `[${title}${page}](${document.url})` : `${title}${page}`;
}

/** Full documentation for a parameter, optionally for the concrete key and model at hand. */
export function parameterMarkdown(spec: ParameterSpec, options: { match?: CatalogMatch; model?: ModelInfo; key?: string } = {}): string {
  const { match, model } = options;
  const lines: string[] = [];
  lines.push(`**${options.key ?? spec.pattern}**${options.key && options.key !== spec.pattern ? ` — \`${spec.pattern}\`` : ''}`);
  if (match?.alias) lines.push('', `_Older name of \`${match.alias.of}\`${match.alias.note ? ` (${match.alias.note})` : ''}._`);
  if (spec.reboot) lines.push('', '⚠️ **Reboot required**: changing this parameter makes the phone reboot, dropping calls in progress.');
  lines.push('', spec.description, '');
  lines.push(`- **Value**: ${describeKind(spec.value)}`);
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
