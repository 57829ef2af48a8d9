/** `yealink-cfg explain <key>`: what the catalog knows about the parameter that governs a key. */
import { describeKind, SOURCES, sourceUrl, YealinkLanguageService, type SourceRef } from '../../../engine/src/languageService';
import { parseCommandArgs, UsageError, type CliCommand } from '../io';

export const usage = `yealink-cfg explain <key> [--format text|json]

  Shows the catalog entry for a concrete key such as account.3.enable: value kind, permitted values,
  default, reboot flag, models and index ranges, description and source.
  Exit status: 1 (with the closest names) when the key is unknown.`;

export const command: CliCommand = async (args, io) => {
  const parsed = parseCommandArgs('explain', args, { format: { type: 'string' } });
  const format = parsed.values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`explain: --format is text or json, not "${format}"`);
  if (parsed.positionals.length !== 1) throw new UsageError('explain: name exactly one key, e.g. account.1.enable');
  const key = parsed.positionals[0];
  const service = new YealinkLanguageService();
  const result = service.explain(key);
  if (!result.found) {
    const hint = result.suggestions.length ? ` Closest known names: ${result.suggestions.join(', ')}` : '';
    if (format === 'json') io.stdout(`${JSON.stringify({ key, error: 'unknown parameter', suggestions: result.suggestions }, null, 2)}\n`);
    io.stderr(`yealink-cfg: unknown parameter "${key}".${hint}\n`);
    return 1;
  }
  const e = result.explanation;
  if (format === 'json') {
    io.stdout(`${JSON.stringify(e, null, 2)}\n`);
    return 0;
  }
  const spec = service.currentCatalog.byPatternName(e.pattern)?.spec;
  const lines = [
    `${key}  (${e.pattern})`,
    e.aliasOf ? `  older name of ${e.aliasOf}` : undefined,
    `  ${e.description}`,
    `  value:   ${spec ? describeKind(spec.value) : e.kind}`,
    e.default !== undefined ? `  default: ${e.default === '' ? '(blank)' : e.default}` : undefined,
    `  reboot:  ${e.reboot ? 'yes, changing it reboots the phone' : 'no'}`,
    `  static:  ${e.static ? 'yes' : 'no'}`,
    `  models:  ${e.models === 'all' ? 'all' : e.models.join(', ')}`,
    ...Object.entries(e.indexes).map(
      ([letter, range]) => `  index ${letter}: ${range.min}..${range.open ? '(upper limit not stated)' : range.max}${range.perModel ? ` (per model: ${range.perModel})` : ''}`,
    ),
    `  source:  ${sourceText(e.source)}`,
  ];
  io.stdout(`${lines.filter((line) => line !== undefined).join('\n')}\n`);
  return 0;
};

/** The document's title, page or section, and an address a user can open (a repository file at its line). */
function sourceText(source: SourceRef): string {
  const document = SOURCES[source.guide];
  const page = source.page ? (/^\d+$/.test(source.page) ? `, p. ${source.page}` : `, ${source.page}`) : '';
  const url = document ? sourceUrl(document, source.page) : undefined;
  const line = source.line && url?.startsWith('https://github.com/') ? `#L${source.line}` : '';
  return `${document?.title ?? source.guide}${page}${url ? ` <${url}${line}>` : ''}`;
}
