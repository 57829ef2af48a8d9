/**
 * Hover: on a parameter name, everything the catalog knows about it; on a value, what that value means.
 */
import type { Hover, Position } from 'vscode-languageserver-types';
import type { Catalog } from '../catalog/catalog';
import type { AnalyzedDocument } from '../document';
import { HEADER } from '../parser';
import { labelOfValue } from '../values';
import { parameterMarkdown } from './parameterDocs';

export function hover(doc: AnalyzedDocument, position: Position, catalog: Catalog): Hover | null {
  const line = doc.parsed.lines[position.line];
  if (!line) return null;
  const at = position.character;
  if (line.kind === 'header') {
    return {
      contents: { kind: 'markdown', value: `**${HEADER}**\n\nThe header every Yealink CFG and boot file must start with; it must stay the first line.` },
      range: { start: { line: line.line, character: 0 }, end: { line: line.line, character: line.text.length } },
    };
  }
  if (line.kind !== 'setting' || line.templatedKey) return null;
  const match = catalog.lookup(line.key);
  if (!match) return null;
  const onKey = at >= line.keySpan.start && at <= line.keySpan.end;
  const onValue = at >= line.valueSpan.start && at <= line.valueSpan.end && line.valueSpan.end > line.valueSpan.start;
  if (!onKey && !onValue) return null;
  const docs = parameterMarkdown(match.spec, { match, model: doc.model, key: line.key });
  if (onKey) {
    return {
      contents: { kind: 'markdown', value: docs },
      range: { start: { line: line.line, character: line.keySpan.start }, end: { line: line.line, character: line.keySpan.end } },
    };
  }
  const meaning = labelOfValue(match.spec.value, line.value);
  const isDefault = match.spec.default !== undefined && match.spec.default === line.value ? ' (the default)' : '';
  const head = meaning ? `\`${line.value}\` — ${meaning}${isDefault}` : `\`${line.value}\`${isDefault}`;
  return {
    contents: { kind: 'markdown', value: `${head}\n\n---\n\n${docs}` },
    range: { start: { line: line.line, character: line.valueSpan.start }, end: { line: line.line, character: line.valueSpan.end } },
  };
}
