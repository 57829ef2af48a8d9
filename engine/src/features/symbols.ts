/**
 * Outline and folding. Sections come from banner comments (`##### Network #####`, or a title between two
 * rows of `#`); without banners, settings are grouped by key prefix (`account.1`, `linekey.3`, `lang`).
 *
 * Every fold and every multi-line symbol starts on the section's TITLE line: Fold All then leaves each
 * title visible, and sticky scroll (which pins the first line of a symbol's selection range) pins titles,
 * never settings.
 */
import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange, type Range } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../document';
import type { ParsedLine, SettingLine } from '../parser';

export interface Section {
  readonly title: string;
  /** The title line, where the section's fold and symbol start. */
  readonly line: number;
  /** The last line before the next section's banner (its ruler row included). */
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

/** The banner sections of a document, in order (also used by Sort Settings in Section). */
export function findSections(doc: AnalyzedDocument): Section[] {
  const lines = doc.parsed.lines;
  const sections: Section[] = [];
  for (let i = 0; i < lines.length; i++) {
    const title = bannerTitle(lines, i);
    if (!title) continue;
    const start = lines[i - 1]?.kind === 'comment' && RULER.test(lines[i - 1].text.trim()) ? i - 1 : i;
    if (sections.length) sections[sections.length - 1].end = start - 1;
    sections.push({ title, line: i, end: lines.length - 1 });
  }
  return sections;
}

/**
 * `account.1.sip_server.1.address` -> `account.1`; `lang.gui` -> `lang`. A leading `static.` only says the
 * phone keeps the value across resets, so it is not a group of its own: `static.network.vlan.x` -> `static.network`.
 */
function groupOf(key: string): string {
  const segments = key.split('.');
  const first = segments[0] === 'static' && segments.length > 2 ? 1 : 0;
  const width = /^\d+$/.test(segments[first + 1] ?? '') ? 2 : 1;
  return segments.slice(0, first + width).join('.');
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
  return [...groups].map(([name, members]): DocumentSymbol => {
    // A group of one is no level: the setting stands on its own.
    if (members.length === 1) return settingSymbol(members[0]);
    // A group has no line of its own, so its range is its first setting's line only: a range over all its
    // members would make sticky scroll pin that setting line as a header. The members keep their own lines.
    const first = settingSymbol(members[0]);
    return { name, kind: SymbolKind.Object, range: first.range, selectionRange: first.selectionRange, children: members.map(settingSymbol) };
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
      kind: SymbolKind.Namespace,
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
  const sections = findSections(doc);
  for (const section of sections) {
    let end = section.end;
    while (end > section.line && lines[end].kind === 'blank') end--;
    if (end > section.line) ranges.push({ startLine: section.line, endLine: end, kind: FoldingRangeKind.Region });
  }
  // A title line ends a comment block: a block spanning the banner would overlap the section's fold (and an
  // editor drops one of two overlapping folds). What follows the title nests inside the section.
  const titles = new Set(sections.map((section) => section.line));
  let commentStart = -1;
  for (let i = 0; i <= lines.length; i++) {
    const isComment = i < lines.length && lines[i].kind === 'comment' && !titles.has(i);
    if (isComment && commentStart < 0) commentStart = i;
    if (!isComment && commentStart >= 0) {
      if (i - 1 > commentStart) ranges.push({ startLine: commentStart, endLine: i - 1, kind: FoldingRangeKind.Comment });
      commentStart = -1;
    }
  }
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
