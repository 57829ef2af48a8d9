/**
 * The edit that pins a file's model with a `# yealink: model=T46U` comment (the status bar's "pick the
 * model"), or removes the pin: an existing pin line is rewritten in place; a new one goes right under the
 * `#!version:1.0.0.1` header (which must stay the first line), or at the top of a file without one.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import { analyze } from '../document';
import { HEADER } from '../parser';

export function modelPinComment(model: string): string {
  return `# yealink: model=${model}`;
}

/** The edit for `model` (undefined: remove the pin); undefined when the file already says exactly that. */
export function modelPinEdit(text: string, model: string | undefined): TextEdit | undefined {
  const pin = analyze(text, '').modelPin;
  const lines = text.split(/\r?\n/);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (pin) {
    const line = lines[pin.line] ?? '';
    if (model === undefined) {
      return { range: { start: { line: pin.line, character: 0 }, end: { line: pin.line + 1, character: 0 } }, newText: '' };
    }
    if (pin.name === model && line.trim() === modelPinComment(model)) return undefined;
    return { range: { start: { line: pin.line, character: 0 }, end: { line: pin.line, character: line.length } }, newText: modelPinComment(model) };
  }
  if (model === undefined) return undefined;
  const afterHeader = (lines[0] ?? '').replace(/^\uFEFF/, '').trim() === HEADER ? 1 : 0;
  return { range: { start: { line: afterHeader, character: 0 }, end: { line: afterHeader, character: 0 } }, newText: `${modelPinComment(model)}${eol}` };
}
