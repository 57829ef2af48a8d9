/**
 * Format Document, conservatively: `key = value` with one space each side of the first `=`, no indentation
 * before a key, no trailing blanks on comments, headers and blank lines, and no blank lines after the last
 * line with content. It never moves a line, never touches a comment's text, and never changes a value:
 * the text from a value's first character to the end of its line stays byte for byte (Yealink does not say
 * whether a phone trims blanks after a value, and a password may end in a space). Lines the parser cannot
 * read, template lines and lines with template placeholders stay exactly as they are.
 */
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../document';
import type { ParsedLine } from '../parser';

/** Without trailing spaces and tabs (by hand: a pattern like `[ \t]+$` backtracks on long inner blank runs). */
function trimEndBlanks(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  return text.slice(0, end);
}

/** The formatted text of one line, or undefined when the line is to stay exactly as it is. */
function formatLine(line: ParsedLine): string | undefined {
  switch (line.kind) {
    case 'setting': {
      if (line.templatedKey || line.templatedValue) return undefined;
      const valueTail = line.text.slice(line.valueSpan.start);
      return line.value === '' ? `${line.key} =` : `${line.key} = ${valueTail}`;
    }
    case 'blank':
      return '';
    case 'comment':
    case 'header':
    case 'include':
      return trimEndBlanks(line.text);
    default:
      // invalid, template and `#!` directive lines: not ours to rewrite.
      return undefined;
  }
}

/** The line break after each line ('' after the last), so a formatted line never joins two breaks into one. */
function lineBreaks(text: string): string[] {
  const breaks: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13) {
      const crlf = text.charCodeAt(i + 1) === 10;
      breaks.push(crlf ? '\r\n' : '\r');
      if (crlf) i++;
    } else if (ch === 10) {
      breaks.push('\n');
    }
  }
  breaks.push('');
  return breaks;
}

/**
 * The edits that format the lines from `range` (all of the document when omitted). One edit per changed
 * line, so the editor keeps the cursor and folds where they were.
 */
export function formatDocument(doc: AnalyzedDocument, range?: Range): TextEdit[] {
  const { lines, content, hasBom } = doc.parsed;
  if (content !== 'plain' || lines.length === 0) return [];
  const first = range?.start.line ?? 0;
  const last = Math.min(range?.end.line ?? lines.length - 1, lines.length - 1);
  let lastContent = lines.length - 1;
  while (lastContent >= 0 && lines[lastContent].kind === 'blank') lastContent--;
  const edits: TextEdit[] = [];
  // A leading byte-order mark is not part of line 0's parsed text but is in the document's.
  const shift = (line: number): number => (line === 0 && hasBom ? 1 : 0);
  // Emptying a blank line between a lone `\r` and a `\n` would turn the two breaks into one `\r\n`.
  const breaks = doc.text.includes('\r') ? lineBreaks(doc.text) : undefined;
  const joinsBreaks = (i: number): boolean => breaks !== undefined && i > 0 && breaks[i - 1] === '\r' && breaks[i] === '\n';
  for (let i = first; i <= Math.min(last, lastContent); i++) {
    const line = lines[i];
    const formatted = formatLine(line);
    if (formatted === undefined || formatted === line.text || (formatted === '' && joinsBreaks(i))) continue;
    edits.push({ range: { start: { line: i, character: shift(i) }, end: { line: i, character: shift(i) + line.text.length } }, newText: formatted });
  }
  // Blank lines after the last content line go; the final line break stays.
  const end = lines.length - 1;
  if (lastContent >= 0 && lastContent < end && last >= end && (lastContent + 1 < end || lines[end].text !== '')) {
    const from = lastContent + 1;
    edits.push({ range: { start: { line: from, character: 0 }, end: { line: end, character: lines[end].text.length } }, newText: '' });
  }
  return edits;
}
