/** Test helper: `account.1.en|able` -> the text without `|` and the caret's position. */
import type { Position } from 'vscode-languageserver-types';

export function caret(textWithCaret: string): { text: string; position: Position } {
  const offset = textWithCaret.indexOf('|');
  if (offset < 0) throw new Error('caret text needs a |');
  const before = textWithCaret.slice(0, offset);
  const lines = before.split('\n');
  return {
    text: before + textWithCaret.slice(offset + 1),
    position: { line: lines.length - 1, character: lines[lines.length - 1].length },
  };
}
