/**
 * "Sort Settings in Section": puts the settings of each banner section in key order, indexes by number
 * (`account.2` before `account.10`). A pure text edit that only reorders lines:
 * - a setting moves with the comment lines directly above it (Yealink templates describe each parameter
 *   that way; a note about the whole section needs a blank line under it to stay put);
 * - blank lines, and comments set off from the next setting by a blank line, stay where they are, so
 *   hand-made groups keep their spacing;
 * - a banner, a line that is not a setting or comment, or a setting with a template placeholder ends the
 *   stretch being sorted: nothing moves across it;
 * - the sort is stable and an old name sorts as the name it stands for, so when a key (or its alias) is
 *   set twice the later line still wins on the phone.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { Catalog } from '../catalog/catalog';
import { canonicalName } from '../catalog/canonical';
import type { AnalyzedDocument } from '../document';
import type { ParsedLine, SettingLine } from '../parser';
import { parsePragma } from '../pragmas';
import { findSections } from './symbols';

/** One setting and the comment lines directly above it, which travel together. */
interface Unit {
  readonly lines: readonly string[];
  readonly key: string;
}

/**
 * Rulers and framed titles (`#####`, `#### Network ####`) are section furniture, never a setting's note: four
 * or more `#` in front, or two or more at both ends around some text. Counted by hand: no backtracking.
 */
function isBannerLike(text: string): boolean {
  const body = text.trim();
  let lead = 0;
  while (lead < body.length && body.charCodeAt(lead) === 35) lead++;
  if (lead >= 4) return true;
  let end = body.length;
  while (end > lead && body.charCodeAt(end - 1) === 35) end--;
  return lead >= 2 && body.length - end >= 2 && body.slice(lead, end).trim() !== '';
}

/** Digit runs compare by value, other text by code unit; a digit run sorts before text. */
function compareSegments(a: string, b: string): number {
  const left = a.match(/\d+|\D+/g) ?? [];
  const right = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i];
    const y = right[i];
    if (x === y) continue;
    const xDigits = x.charCodeAt(0) <= 57 && x.charCodeAt(0) >= 48;
    const yDigits = y.charCodeAt(0) <= 57 && y.charCodeAt(0) >= 48;
    if (xDigits !== yDigits) return xDigits ? -1 : 1;
    if (xDigits) {
      const byValue = BigInt(x) < BigInt(y) ? -1 : BigInt(x) > BigInt(y) ? 1 : 0;
      if (byValue !== 0) return byValue;
    }
    return x < y ? -1 : 1;
  }
  return left.length - right.length;
}

/** Segment by segment, each in natural order: `account.2.x` before `account.10.x`. */
export function compareKeys(a: string, b: string): number {
  const left = a.split('.');
  const right = b.split('.');
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const order = compareSegments(left[i], right[i]);
    if (order !== 0) return order;
  }
  return left.length - right.length;
}

function sortKey(setting: SettingLine, catalog: Catalog | undefined): string {
  return canonicalName(setting.key, catalog?.lookup(setting.key)).toLowerCase();
}

function isMovable(line: ParsedLine | undefined, titles: ReadonlySet<number>): line is SettingLine {
  return line?.kind === 'setting' && !line.templatedKey && !titles.has(line.line);
}

/** A comment that can belong to the setting below it. */
function isNote(line: ParsedLine, titles: ReadonlySet<number>): boolean {
  if (line.kind !== 'comment' || titles.has(line.line) || isBannerLike(line.text)) return false;
  // `# yealink: model=...` and `# yealink-disable ...` speak for the whole file: they stay where they are.
  const pragma = parsePragma(line.text);
  return pragma === undefined || (pragma.kind === 'disable' && pragma.nextLine);
}

/** The edits that sort every section of the document; none when it is already in order. */
export function sortSettingsInSections(doc: AnalyzedDocument, catalog?: Catalog): TextEdit[] {
  const { lines, content } = doc.parsed;
  if (content !== 'plain' || doc.isBoot) return [];
  const titles = new Set(findSections(doc).map((section) => section.line));
  const edits: TextEdit[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isMovable(lines[i], titles)) {
      i++;
      continue;
    }
    // A stretch starts with the notes right above its first setting and ends with its last setting.
    let runStart = i;
    while (runStart > 0 && isNote(lines[runStart - 1], titles)) runStart--;
    let runEnd = i;
    const fixed: string[][] = [];
    const units: Unit[] = [];
    let above: string[] = lines.slice(runStart, i).map((line) => line.text);
    for (; i < lines.length; i++) {
      const line = lines[i];
      if (isMovable(line, titles)) {
        const lastBlank = above.map((text) => text.trim() === '').lastIndexOf(true);
        fixed.push(above.slice(0, lastBlank + 1));
        units.push({ lines: [...above.slice(lastBlank + 1), line.text], key: sortKey(line, catalog) });
        above = [];
        runEnd = i;
      } else if (isNote(line, titles) || line.kind === 'blank') {
        above.push(line.text);
      } else {
        break;
      }
    }
    i = runEnd + 1; // what follows the last setting is not part of the stretch
    const order = units.map((unit, index) => ({ unit, index })).sort((a, b) => compareKeys(a.unit.key, b.unit.key) || a.index - b.index);
    if (order.every((entry, index) => entry.index === index)) continue;
    const text = order.flatMap((entry, slot) => [...fixed[slot], ...entry.unit.lines]).join(doc.parsed.eol);
    // A leading byte-order mark is not part of line 0's parsed text but is in the document's.
    const bom = doc.parsed.hasBom ? 1 : 0;
    edits.push({
      range: {
        start: { line: runStart, character: runStart === 0 ? bom : 0 },
        end: { line: runEnd, character: lines[runEnd].text.length + (runEnd === 0 ? bom : 0) },
      },
      newText: text,
    });
  }
  return edits;
}
