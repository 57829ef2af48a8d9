/**
 * Completion: parameter names from any prefix (indexed families become snippets with a tab stop on each
 * index the user has not typed yet), and values after `=` with what each means.
 */
import {
  CompletionItemKind,
  InsertTextFormat,
  type CompletionItem,
  type CompletionList,
  type Position,
} from 'vscode-languageserver-types';
import { isPlaceholder, rangeOf, type Catalog, type CatalogEntry } from '../catalog/catalog';
import { capabilityOf, type ModelInfo } from '../catalog/models';
import type { ParameterSpec } from '../catalog/types';
import type { AnalyzedDocument } from '../document';
import { HEADER } from '../parser';
import { MODELS } from '../catalog/models';
import { RULES } from '../rules';
import { BOOT_KEYS } from '../fileKind';
import { NULL_VALUE } from '../values';
import { pragmaAtCursor } from '../pragmas';
import { parameterMarkdown } from './parameterDocs';
import { blockCompletions } from './snippets';

/** What completionItem/resolve needs to add documentation later (kept small: lists can be long). */
export interface CompletionData {
  readonly pattern: string;
  readonly key?: string;
}

const KEY_CHARS = /^[A-Za-z0-9_.\-]*$/;

/**
 * Run by the editor once a key completion is in: opens the value list at once. The id is VS Code's; other
 * LSP clients ignore a command they do not know.
 */
export const TRIGGER_SUGGEST_COMMAND = { title: 'Suggest values', command: 'editor.action.triggerSuggest' } as const;

/** True when the value list after `=` has more to offer than `%NULL%`. */
function hasValueSuggestions(spec: ParameterSpec): boolean {
  return spec.value.kind === 'bool' || spec.value.kind === 'enum' || (spec.default !== undefined && spec.default !== '');
}

function empty(): CompletionList {
  return { isIncomplete: false, items: [] };
}

function availableOn(spec: ParameterSpec, model: ModelInfo | undefined): boolean {
  if (model && Object.keys(spec.indexes ?? {}).some((letter) => indexMax(spec, letter, model) < rangeOf(spec, letter).min)) {
    return false; // the model has none of these (no line keys on a T19P E2)
  }
  return !model || !spec.models || spec.models.includes(model.name) || spec.models.includes(model.series);
}

/** The index range to offer for one placeholder, narrowed to the model when it is known. */
function indexMax(spec: ParameterSpec, letter: string, model: ModelInfo | undefined): number {
  const range = rangeOf(spec, letter);
  const perModel = model && range.perModel ? capabilityOf(model, range.perModel) : undefined;
  return perModel ?? range.max;
}

function keyItem(entry: CatalogEntry, typedNumbers: readonly number[], doc: AnalyzedDocument, line: number, from: number, to: number): CompletionItem {
  const { spec } = entry;
  let used = 0;
  let tabStop = 0;
  const label: string[] = [];
  const snippet: string[] = [];
  const filter: string[] = [];
  for (const segment of spec.pattern.split('.')) {
    if (!isPlaceholder(segment)) {
      label.push(segment);
      snippet.push(segment);
      filter.push(segment);
    } else if (used < typedNumbers.length) {
      const number = String(typedNumbers[used++]);
      label.push(number);
      snippet.push(number);
      filter.push(number);
    } else {
      const min = rangeOf(spec, segment).min;
      label.push(segment);
      snippet.push(`\${${++tabStop}:${min}}`);
      filter.push(String(min));
    }
  }
  // Ranges for the indexes still to fill in; a typed number needs no range beside it.
  const ranges = entry.placeholders
    .slice(typedNumbers.length)
    .map((letter) => `${letter} ${rangeOf(spec, letter).min}–${indexMax(spec, letter, doc.model)}`)
    .join(', ');
  const detail = [spec.reboot ? 'reboot' : '', ranges].filter(Boolean).join(' · ');
  const insert = tabStop > 0 ? `${snippet.join('.')} = $0` : `${snippet.join('.')} = `;
  // With index tab stops still to fill, the cursor lands on an index, where value suggestions make no sense.
  const command = tabStop === 0 && hasValueSuggestions(spec) ? TRIGGER_SUGGEST_COMMAND : undefined;
  return {
    label: label.join('.'),
    kind: CompletionItemKind.Property,
    detail: detail || undefined,
    filterText: filter.join('.'),
    sortText: spec.pattern,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range: { start: { line, character: from }, end: { line, character: to } }, newText: insert },
    command,
    data: { pattern: spec.pattern } satisfies CompletionData,
  };
}

const depth = (entry: CatalogEntry): number => entry.spec.pattern.split('.').length;

/** Above this many parameters under a prefix, completion offers the next segment first (`features.dnd.`). */
const MAX_FLAT_ITEMS = 120;

/**
 * One item per next segment under a large prefix: a parameter if the segment ends it, otherwise the
 * segment followed by a dot, which asks for suggestions again. With thousands of catalog entries this keeps
 * each list short enough to send and read.
 */
function groupItems(entries: readonly CatalogEntry[], completed: readonly string[], line: number, from: number, to: number): CompletionItem[] {
  const groups = new Map<string, { count: number; placeholder?: CatalogEntry; reboot: number }>();
  for (const entry of entries) {
    const segments = entry.spec.pattern.split('.');
    const next = segments[completed.length];
    if (next === undefined) continue;
    const key = isPlaceholder(next) ? '#' : next;
    const group = groups.get(key) ?? { count: 0, reboot: 0 };
    group.count++;
    if (entry.spec.reboot) group.reboot++;
    if (isPlaceholder(next)) group.placeholder ??= entry;
    groups.set(key, group);
  }
  const prefix = completed.length > 0 ? `${completed.join('.')}.` : '';
  const range = { start: { line, character: from }, end: { line, character: to } };
  return [...groups].map(([key, group]): CompletionItem => {
    const segment = group.placeholder ? String(rangeOf(group.placeholder.spec, group.placeholder.spec.pattern.split('.')[completed.length]).min) : key;
    const text = `${prefix}${segment}.`;
    return {
      label: text,
      kind: CompletionItemKind.Module,
      detail: `${group.count} parameter${group.count === 1 ? '' : 's'}${group.reboot ? ` · ${group.reboot} need a reboot` : ''}`,
      filterText: text,
      sortText: text,
      textEdit: { range, newText: text },
      command: { title: 'Suggest', command: 'editor.action.triggerSuggest' },
    };
  });
}

function keyCompletions(doc: AnalyzedDocument, catalog: Catalog, line: number, from: number, to: number, typed: string): CompletionList {
  if (doc.isBoot) {
    const items: CompletionItem[] = [
      ...BOOT_KEYS.map((key) => ({ label: key, kind: CompletionItemKind.Property, textEdit: { range: { start: { line, character: from }, end: { line, character: to } }, newText: `${key} = ` } })),
      {
        label: 'include:config',
        kind: CompletionItemKind.Keyword,
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: { range: { start: { line, character: from }, end: { line, character: to } }, newText: 'include:config "${1:file.cfg}"' },
      },
    ];
    return { isIncomplete: false, items };
  }
  const lastDot = typed.lastIndexOf('.');
  const completed = lastDot < 0 ? [] : typed.slice(0, lastDot).split('.');
  const reached = catalog.nodeFor(completed);
  if (!reached) return empty();
  const entries = catalog.entriesBelow(reached.node).filter((entry) => availableOn(entry.spec, doc.model));
  const items =
    entries.length > MAX_FLAT_ITEMS
      ? [
          ...entries.filter((entry) => depth(entry) === completed.length + 1).map((entry) => keyItem(entry, reached.numbers, doc, line, from, to)),
          ...groupItems(entries.filter((entry) => depth(entry) > completed.length + 1), completed, line, from, to),
        ]
      : entries.map((entry) => keyItem(entry, reached.numbers, doc, line, from, to));
  // While the first segment is typed, whole blocks (a SIP account, a BLF key ...) are offered too.
  if (lastDot < 0) items.push(...blockCompletions(catalog, { start: { line, character: from }, end: { line, character: to } }));
  // Incomplete, so the editor asks again as the user types: once an index is typed (`account.1.`), the
  // labels and snippets show that number instead of the placeholder.
  return { isIncomplete: true, items };
}

function valueCompletions(doc: AnalyzedDocument, catalog: Catalog, line: number, key: string, from: number, to: number): CompletionList {
  const match = catalog.lookup(key);
  if (!match) return empty();
  const { spec } = match;
  const range = { start: { line, character: from }, end: { line, character: to } };
  const option = (value: string, label: string, index: number): CompletionItem => ({
    label: value,
    // Shown in the list itself, beside each value, not only for the selected row.
    labelDetails: { detail: label === value ? undefined : `  ${label}`, description: spec.default === value ? 'default' : undefined },
    kind: CompletionItemKind.EnumMember,
    detail: `${label}${spec.default === value ? ' (default)' : ''}`,
    sortText: String(index).padStart(4, '0'),
    preselect: spec.default === value,
    textEdit: { range, newText: value },
  });
  const items: CompletionItem[] = [];
  if (spec.value.kind === 'bool') {
    items.push(option('0', spec.value.off ?? 'Disabled', 0), option('1', spec.value.on ?? 'Enabled', 1));
  } else if (spec.value.kind === 'enum') {
    spec.value.values.forEach((v, i) => items.push(option(v.value, v.label, i)));
  } else if (spec.default !== undefined && spec.default !== '') {
    items.push(option(spec.default, 'default', 0));
  }
  items.push({
    label: NULL_VALUE,
    labelDetails: { detail: '  force an empty value' },
    kind: CompletionItemKind.Constant,
    detail: 'force an empty value',
    sortText: '9999',
    textEdit: { range, newText: NULL_VALUE },
  });
  return { isIncomplete: false, items };
}

export function complete(doc: AnalyzedDocument, position: Position, catalog: Catalog): CompletionList {
  if (doc.parsed.content !== 'plain') return empty();
  const line = doc.parsed.lines[position.line];
  const text = line?.text ?? '';
  const before = text.slice(0, position.character);
  if (position.line === 0 && before.startsWith('#') && !text.startsWith(HEADER)) {
    return { isIncomplete: false, items: [{ label: HEADER, kind: CompletionItemKind.Keyword, textEdit: { range: { start: { line: 0, character: 0 }, end: { line: 0, character: text.length } }, newText: HEADER } }] };
  }
  if (before.trimStart().startsWith('#')) return pragmaCompletions(before, position.line);
  const equals = before.indexOf('=');
  if (equals >= 0) {
    const key = before.slice(0, equals).trim();
    const valueStart = equals + 1 + (text.slice(equals + 1).length - text.slice(equals + 1).trimStart().length);
    return valueCompletions(doc, catalog, position.line, key, Math.min(valueStart, position.character), text.trimEnd().length < position.character ? position.character : Math.max(text.trimEnd().length, position.character));
  }
  const from = before.length - before.trimStart().length;
  const typed = before.slice(from);
  if (!KEY_CHARS.test(typed)) return empty();
  const keyEnd = from + (/^[A-Za-z0-9_.\-]*/.exec(text.slice(from))?.[0].length ?? 0);
  return keyCompletions(doc, catalog, position.line, from, Math.max(keyEnd, position.character), typed);
}


/** Inside the comments the extension reads: model names after `yealink: model=`, rule codes after `yealink-disable`. */
function pragmaCompletions(before: string, line: number): CompletionList {
  const typing = pragmaAtCursor(before);
  if (!typing) return empty();
  const range = { start: { line, character: typing.start }, end: { line, character: before.length } };
  if (typing.kind === 'model') {
    const items = MODELS.map((m): CompletionItem => ({
      label: m.name,
      kind: CompletionItemKind.EnumMember,
      detail: [m.commonCfg ? `y${m.commonCfg.padStart(12, '0')}.cfg` : '', m.accounts ? `${m.accounts} accounts` : '', m.lineKeys ? `${m.lineKeys} line keys` : '']
        .filter(Boolean)
        .join(' · '),
      textEdit: { range, newText: m.name },
    }));
    return { isIncomplete: false, items };
  }
  const items = RULES.map((rule): CompletionItem => ({ label: rule.code, kind: CompletionItemKind.Value, detail: rule.title, textEdit: { range, newText: rule.code } }));
  return { isIncomplete: false, items };
}

/** Fills in the documentation of an item chosen in the list (completionItem/resolve). */
export function resolveCompletion(item: CompletionItem, catalog: Catalog, model?: ModelInfo): CompletionItem {
  const data = item.data as CompletionData | undefined;
  const entry = data?.pattern ? catalog.byPatternName(data.pattern) : undefined;
  if (!entry) return item;
  return { ...item, documentation: { kind: 'markdown', value: parameterMarkdown(entry.spec, { model }) } };
}
