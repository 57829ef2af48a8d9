/**
 * Quick fixes. Each reads what it needs from `diagnostic.data` (set by the rule), never from the message.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../document';
import { HEADER } from '../parser';
import { printDisable } from '../pragmas';
import { SERVER_COMMANDS, SERVER_EXECUTED_COMMANDS } from '../protocol';
import type { FindingData } from '../rules';

/** The command the client registers for decrypting a file; YL008's fix runs it. */
export const DECRYPT_COMMAND = SERVER_COMMANDS.decryptFile;
/** "Treat as a known parameter": the language server itself adds the pattern to the project file. */
export const TREAT_AS_KNOWN_COMMAND = SERVER_EXECUTED_COMMANDS.treatAsKnownParameter;

function lineRange(doc: AnalyzedDocument, line: number): Range {
  // Deleting the whole line, including its break; the last line takes the break before it instead.
  const lastLine = doc.parsed.lines.length - 1;
  if (line < lastLine) return { start: { line, character: 0 }, end: { line: line + 1, character: 0 } };
  const previous = doc.parsed.lines[line - 1];
  return previous
    ? { start: { line: line - 1, character: previous.text.length }, end: { line, character: doc.parsed.lines[line].text.length } }
    : { start: { line, character: 0 }, end: { line, character: doc.parsed.lines[line]?.text.length ?? 0 } };
}

function fix(title: string, uri: string, diagnostic: Diagnostic, edits: TextEdit[], preferred = false): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: preferred || undefined, edit: { changes: { [uri]: edits } } };
}

function fixesFor(doc: AnalyzedDocument, uri: string, diagnostic: Diagnostic): CodeAction[] {
  const data = (diagnostic.data ?? {}) as FindingData;
  const actions: CodeAction[] = [];
  const eol = doc.parsed.eol;
  if (data.insertHeader) {
    const edits: TextEdit[] = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `${HEADER}${eol}` }];
    if (data.headerLine !== undefined) edits.push({ range: lineRange(doc, data.headerLine), newText: '' });
    actions.push(fix(data.headerLine !== undefined ? 'Move the header to the first line' : `Insert "${HEADER}"`, uri, diagnostic, edits, true));
  }
  (data.replacements ?? []).forEach((replacement, i) => {
    actions.push(fix(`Change to "${replacement}"`, uri, diagnostic, [{ range: diagnostic.range, newText: replacement }], i === 0 && !data.ambiguous));
  });
  if (data.insert) {
    const line = diagnostic.range.start.line;
    const { column, length, text } = data.insert;
    const range = { start: { line, character: column }, end: { line, character: column + length } };
    actions.push(fix(`Insert "${text.trim()}"`, uri, diagnostic, [{ range, newText: text }], true));
  }
  if (data.treatAsKnown) {
    actions.push({
      title: 'Treat as a known parameter',
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title: 'Treat as a known parameter', command: TREAT_AS_KNOWN_COMMAND, arguments: [uri, data.treatAsKnown] },
    });
  }
  if (data.removeLine) {
    actions.push(fix('Remove this line', uri, diagnostic, [{ range: lineRange(doc, diagnostic.range.start.line), newText: '' }]));
  }
  if (data.decrypt) {
    actions.push({
      title: data.decrypt === 'rsa' ? 'Decrypt with an RSA private key...' : 'Decrypt...',
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      command: { title: 'Decrypt...', command: DECRYPT_COMMAND, arguments: [uri] },
    });
  }
  return actions;
}

function suppressions(doc: AnalyzedDocument, uri: string, diagnostic: Diagnostic): CodeAction[] {
  const code = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
  if (!code || !/^YL\d{3}$/.test(code) || code === 'YL001') return [];
  const line = diagnostic.range.start.line;
  const text = doc.parsed.lines[line]?.text ?? '';
  const indent = text.slice(0, text.length - text.trimStart().length);
  const eol = doc.parsed.eol;
  const afterHeader = doc.parsed.lines[0]?.kind === 'header' ? 1 : 0;
  return [
    {
      title: `Disable ${code} for this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${printDisable(code, true)}${eol}` }] } },
    },
    {
      title: `Disable ${code} for this file`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [uri]: [{ range: { start: { line: afterHeader, character: 0 }, end: { line: afterHeader, character: 0 } }, newText: `${printDisable(code, false)}${eol}` }] } },
    },
  ];
}

/** Quick fixes for the diagnostics the editor passes in (those under the cursor or selection). */
export function codeActions(doc: AnalyzedDocument, uri: string, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== undefined && diagnostic.source !== 'yealink-cfg') continue;
    actions.push(...fixesFor(doc, uri, diagnostic), ...suppressions(doc, uri, diagnostic));
  }
  return actions;
}
