/** Test helper: applies LSP text edits (non-overlapping, any order) to a text, as an editor would. */
import type { Position, TextEdit } from 'vscode-languageserver-types';

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  // Each line's start offset and length without its break (\r\n, \n or \r, as LSP counts lines).
  const starts: number[] = [];
  const lengths: number[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text.charCodeAt(i);
    if (i === text.length || ch === 10 || ch === 13) {
      starts.push(start);
      lengths.push(i - start);
      if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  const offsetOf = (p: Position): number => (p.line >= starts.length ? text.length : starts[p.line] + Math.min(p.character, lengths[p.line]));
  const sorted = [...edits].sort((a, b) => offsetOf(b.range.start) - offsetOf(a.range.start));
  let result = text;
  let previousStart = Infinity;
  for (const edit of sorted) {
    const from = offsetOf(edit.range.start);
    const to = offsetOf(edit.range.end);
    if (to > previousStart) throw new Error('overlapping edits');
    result = result.slice(0, from) + edit.newText + result.slice(to);
    previousStart = from;
  }
  return result;
}
