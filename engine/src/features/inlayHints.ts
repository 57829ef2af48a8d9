/**
 * Inlay hints: what a coded value means, shown after it (`linekey.3.type = 16 BLF`,
 * `account.1.sip_server.1.transport_type = 2 TLS`). Only enumerated values get one: a hint after every
 * `0`/`1` of a switch would bury the file in "Enabled"/"Disabled".
 */
import type { InlayHint, Range } from 'vscode-languageserver-types';
import type { Catalog } from '../catalog/catalog';
import type { ValueKind } from '../catalog/types';
import type { AnalyzedDocument } from '../document';
import { NULL_VALUE } from '../values';

/** Longer labels are cut in the hint; the tooltip has them whole. */
const MAX_HINT_LENGTH = 32;

function enumLabel(kind: ValueKind, value: string): string | undefined {
  if (kind.kind === 'enum') {
    const label = kind.values.find((v) => v.value === value)?.label;
    // `lang.gui = English` needs no "English" after it.
    return label && label.toLowerCase() !== value.toLowerCase() ? label : undefined;
  }
  if (kind.kind === 'list' && kind.item.kind === 'enum') {
    const labels = value.split(kind.separator ?? ',').map((item) => enumLabel(kind.item, item.trim()));
    return labels.every((label) => label !== undefined) ? labels.join(', ') : undefined;
  }
  return undefined;
}

function shorten(label: string): string {
  return label.length <= MAX_HINT_LENGTH ? label : `${label.slice(0, MAX_HINT_LENGTH - 1).trimEnd()}…`;
}

/** Hints for the setting lines inside `range` (the part of the document the editor shows). */
export function inlayHints(doc: AnalyzedDocument, range: Range, catalog: Catalog): InlayHint[] {
  if (doc.parsed.content !== 'plain' || doc.isBoot) return [];
  const hints: InlayHint[] = [];
  for (const setting of doc.parsed.settings) {
    if (setting.line < range.start.line) continue;
    if (setting.line > range.end.line) break;
    if (setting.value === '' || setting.value === NULL_VALUE || setting.templatedKey || setting.templatedValue) continue;
    const spec = catalog.lookup(setting.key)?.spec;
    const label = spec && enumLabel(spec.value, setting.value);
    if (!label) continue;
    const isDefault = spec.default === setting.value ? ' (the default)' : '';
    hints.push({
      position: { line: setting.line, character: setting.valueSpan.end },
      label: shorten(label),
      paddingLeft: true,
      tooltip: `${setting.value} = ${label}${isDefault}`,
    });
  }
  return hints;
}
