/**
 * Shared helpers for the integration suite. Every wait is on an event or a poll with a deadline; none is a fixed
 * sleep. The runners open a temporary copy of test/vscode/fixtures as the workspace folder.
 */
import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { TEST_COMMANDS } from '../../../engine/src/protocol';

export const EXTENSION_ID = 'yealink-cfg.yealink-cfg';
export { LANGUAGE_ID } from '../../../engine/src/protocol';

/**
 * The extension's key store as the suite sees it: through the test-only command the extension registers when
 * the runner sets YEALINK_CFG_TEST_HOOKS=1 (activate() exports nothing). It lists names; no key comes back.
 */
export interface TestKeys {
  store(name: string, key: string): Promise<void>;
  list(): Promise<string[]>;
  forget(name: string): Promise<void>;
}

const testKeys: TestKeys = {
  store: async (name, key) => void (await vscode.commands.executeCommand(TEST_COMMANDS.keyStore, { op: 'store', name, key })),
  list: async () => (await vscode.commands.executeCommand<string[]>(TEST_COMMANDS.keyStore, { op: 'list' })) ?? [],
  forget: async (name) => void (await vscode.commands.executeCommand(TEST_COMMANDS.keyStore, { op: 'forget', name })),
};

/** The workspace folder: a throw-away copy of test/vscode/fixtures made by the runner, committed to a fresh git repository. */
export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the runner must open a copy of test/vscode/fixtures as the workspace folder');
  return folder.uri.fsPath;
}

export function fixtureUri(...parts: string[]): vscode.Uri {
  return vscode.Uri.file(join(workspaceRoot(), ...parts));
}

/** A fresh temp folder holding copies of the named fixtures (for commands that write files). */
export function tempCopy(...names: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'yealink-cfg-it-'));
  for (const name of names) cpSync(join(workspaceRoot(), name), join(dir, name.split('/').pop()!));
  return dir;
}

/** Activates the extension, checks it exports nothing, and returns the suite's way to its key store. */
export async function activateExtension(): Promise<TestKeys> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded (extensionDevelopmentPath wrong?)`);
  const exported: unknown = await extension.activate();
  assert.equal(exported, undefined, 'activate() must export nothing: any extension could reach the key store through it');
  assert.ok((await vscode.commands.getCommands(true)).includes(TEST_COMMANDS.keyStore), 'the runner must set YEALINK_CFG_TEST_HOOKS=1 (test hooks)');
  return testKeys;
}

export async function openDocument(uri: vscode.Uri, show = true): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(uri);
  if (show) await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/**
 * Polls `probe` until `accept` says yes or the deadline passes. For things with no change event, e.g. a completion
 * provider that answers only once the language server is up. The interval is a retry pace, not a wait for a result.
 */
export async function pollUntil<T>(
  what: string,
  probe: () => Thenable<T> | T,
  accept: (value: T) => boolean,
  timeoutMs = 20_000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      if (accept(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const seen = lastError ? `last error: ${String(lastError)}` : `last value: ${summarize(last)}`;
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; ${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

function summarize(value: unknown): string {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : text.slice(0, 2000);
  } catch {
    return String(value);
  }
}

export function diagnosticCode(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  if (code === undefined) return '';
  if (typeof code === 'object') return String(code.value);
  return String(code);
}

export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  return diagnostics.map((d) => `${d.range.start.line + 1}: ${diagnosticCode(d)} ${vscode.DiagnosticSeverity[d.severity]} ${d.message}`).join('\n') || '(none)';
}

/**
 * Resolves with the document's diagnostics once `accept` holds for them, waiting on onDidChangeDiagnostics.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!accept(diagnostics)) return false;
      cleanup();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} on ${uri.fsPath}; diagnostics now:\n${describeDiagnostics(vscode.languages.getDiagnostics(uri))}`));
    }, timeoutMs);
    function cleanup(): void {
      subscription.dispose();
      clearTimeout(timer);
    }
    check();
  });
}

/** Waits for diagnostics that include every one of `codes`. */
export function waitForCodes(uri: vscode.Uri, codes: string[], timeoutMs?: number): Promise<readonly vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, (ds) => codes.every((code) => ds.some((d) => diagnosticCode(d) === code)), `diagnostics ${codes.join(', ')}`, timeoutMs);
}

export function completionLabel(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** Every text a completion item could put in the document: label, insert text and text edit. */
export function completionTexts(item: vscode.CompletionItem): string[] {
  const texts = [completionLabel(item)];
  if (typeof item.insertText === 'string') texts.push(item.insertText);
  else if (item.insertText) texts.push(item.insertText.value);
  if (item.textEdit) texts.push(item.textEdit.newText);
  if (item.filterText) texts.push(item.filterText);
  return texts;
}

export function hoverText(hovers: readonly vscode.Hover[]): string {
  const parts: string[] = [];
  for (const hover of hovers) {
    for (const content of hover.contents) {
      if (typeof content === 'string') parts.push(content);
      else if (content instanceof vscode.MarkdownString) parts.push(content.value);
      else parts.push((content as { value: string }).value);
    }
  }
  return parts.join('\n');
}

/** Position just after the first occurrence of `needle` in the document (or at its start with `atStart`). */
export function positionOf(document: vscode.TextDocument, needle: string, atStart = false): vscode.Position {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" not found in ${document.uri.fsPath}`);
  return document.positionAt(atStart ? offset : offset + needle.length);
}

/** Flattens document symbols into dotted paths ("account.1" > "enable" becomes "account.1.enable" too). */
export function symbolNames(symbols: readonly (vscode.DocumentSymbol | vscode.SymbolInformation)[]): string[] {
  const names: string[] = [];
  const walk = (list: readonly (vscode.DocumentSymbol | vscode.SymbolInformation)[], prefix: string) => {
    for (const symbol of list) {
      names.push(symbol.name);
      if (prefix) names.push(`${prefix}.${symbol.name}`);
      if ('children' in symbol && symbol.children?.length) walk(symbol.children, prefix ? `${prefix}.${symbol.name}` : symbol.name);
    }
  };
  walk(symbols, '');
  return names;
}

/** Normalizes text for comparing a round trip: LF endings, no trailing NUL/space padding. */
export function normalizeText(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(/[\0 \n]+$/, '');
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
