/**
 * Outline and folding. Sections come from banner comments (`##### Network #####`, or a title between two
 * rows of `#`); without banners, settings are grouped by key prefix (`account.1`, `linekey.3`, `lang`).
 */
import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange, type Range } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../document';
import type { ParsedLine, SettingLine } from '../parser';

interface Section {
  readonly title: string;
  readonly line: number;
  end: number;
}

const RULER = /^#{5,}\s*$/;

/** A comment's leading and trailing `#` runs and the text between them, trimmed (by hand: no backtracking). */
function hashFrame(text: string): { lead: number; trail: number; inner: string } {
  let lead = 0;
  while (lead < text.length && text.charCodeAt(lead) === 35) lead++;
  let end = text.length;
  while (end > lead && text.charCodeAt(end - 1) === 35) end--;
  return { lead, trail: text.length - end, inner: text.slice(lead, end).trim() };
}

function bannerTitle(lines: readonly ParsedLine[], i: number): string | undefined {
  const line = lines[i];
  if (line.kind !== 'comment') return undefined;
  const text = line.text.trim();
  if (RULER.test(text)) return undefined;
  const framed = lines[i - 1]?.kind === 'comment' && RULER.test(lines[i - 1].text.trim()) && lines[i + 1]?.kind === 'comment' && RULER.test(lines[i + 1].text.trim());
  const frame = hashFrame(text);
  if (framed) return frame.inner || undefined;
  // Yealink templates also use `##param = value##`-style notes; a title has no `=` and a few words at most.
  const inline = frame.lead >= 5 && frame.trail >= 2 && frame.inner !== '' && !frame.inner.includes('=') && frame.inner.length <= 60;
  return inline ? frame.inner : undefined;
}

function findSections(doc: AnalyzedDocument): Section[] {
  const lines = doc.parsed.lines;
  const sections: Section[] = [];
  for (let i = 0; i < lines.length; i++) {
    const title = bannerTitle(lines, i);
    if (!title) continue;
    const start = lines[i - 1]?.kind === 'comment' && RULER.test(lines[i - 1].text.trim()) ? i - 1 : i;
    if (sections.length) sections[sections.length - 1].end = start - 1;
    sections.push({ title, line: start, end: lines.length - 1 });
  }
  return sections;
}

/** `account.1.sip_server.1.address` -> `account.1`; `lang.gui` -> `lang`. */
function groupOf(key: string): string {
  const segments = key.split('.');
  return /^\d+$/.test(segments[1] ?? '') ? segments.slice(0, 2).join('.') : segments[0];
}

function rangeOfLines(doc: AnalyzedDocument, first: number, last: number): Range {
  return { start: { line: first, character: 0 }, end: { line: last, character: doc.parsed.lines[last]?.text.length ?? 0 } };
}

function settingSymbol(setting: SettingLine): DocumentSymbol {
  const range = { start: { line: setting.line, character: setting.keySpan.start }, end: { line: setting.line, character: setting.text.trimEnd().length } };
  return {
    name: setting.key,
    detail: setting.value,
    kind: SymbolKind.Property,
    range,
    selectionRange: { start: range.start, end: { line: setting.line, character: setting.keySpan.end } },
  };
}

function groupSymbols(doc: AnalyzedDocument, settings: readonly SettingLine[]): DocumentSymbol[] {
  const groups = new Map<string, SettingLine[]>();
  for (const setting of settings) {
    const group = groupOf(setting.key);
    const list = groups.get(group) ?? [];
    list.push(setting);
    groups.set(group, list);
  }
  return [...groups].map(([name, members]) => {
    const range = rangeOfLines(doc, members[0].line, members[members.length - 1].line);
    return { name, kind: SymbolKind.Namespace, range, selectionRange: settingSymbol(members[0]).selectionRange, children: members.map(settingSymbol) };
  });
}

export function documentSymbols(doc: AnalyzedDocument): DocumentSymbol[] {
  const settings = doc.parsed.settings;
  const sections = findSections(doc);
  if (sections.length === 0) return groupSymbols(doc, settings);
  const symbols: DocumentSymbol[] = [];
  const beforeFirst = settings.filter((s) => s.line < sections[0].line);
  symbols.push(...groupSymbols(doc, beforeFirst));
  for (const section of sections) {
    const inside = settings.filter((s) => s.line > section.line && s.line <= section.end);
    const range = rangeOfLines(doc, section.line, section.end);
    symbols.push({
      name: section.title,
      kind: SymbolKind.Module,
      range,
      selectionRange: rangeOfLines(doc, section.line, section.line),
      children: groupSymbols(doc, inside),
    });
  }
  return symbols;
}

export function foldingRanges(doc: AnalyzedDocument): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const lines = doc.parsed.lines;
  for (const section of findSections(doc)) {
    let end = section.end;
    while (end > section.line && lines[end].kind === 'blank') end--;
    if (end > section.line) ranges.push({ startLine: section.line, endLine: end, kind: FoldingRangeKind.Region });
  }
  let commentStart = -1;
  for (let i = 0; i <= lines.length; i++) {
    const isComment = i < lines.length && lines[i].kind === 'comment';
    if (isComment && commentStart < 0) commentStart = i;
    if (!isComment && commentStart >= 0) {
      if (i - 1 > commentStart) ranges.push({ startLine: commentStart, endLine: i - 1, kind: FoldingRangeKind.Comment });
      commentStart = -1;
    }
  }
  return ranges;
}
