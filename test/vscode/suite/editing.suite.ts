/**
 * The editing features through the VS Code API, as the editor calls them: folding (Fold All keeps section
 * titles), Go to Symbol in Workspace, inlay hints and their setting, value labels and the value list after a
 * key, Format Document, block snippets and Sort Settings in Section.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, completionLabel, fixtureUri, LANGUAGE_ID, openDocument, pollUntil } from './helpers';

const EDITING = ['editing', 'line-keys-and-time.cfg'];

/**
 * Puts the text back and saves it (the same bytes as on disk). A revert command does not always reach a document
 * whose editor was closed, and a changed fixture would change what later tests (merge, impact) read.
 */
async function restore(document: vscode.TextDocument, text: string): Promise<void> {
  if (document.getText() !== text) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), text);
    assert.ok(await vscode.workspace.applyEdit(edit), 'the fixture text is restored');
  }
  if (document.isDirty) await document.save();
  assert.equal(document.getText(), text);
}

/** Opens the editing fixture; its name is no Yealink name, so the extension claims it by its first line. */
async function openEditing(): Promise<vscode.TextDocument> {
  const uri = fixtureUri(...EDITING);
  await openDocument(uri);
  await pollUntil(
    'the editing fixture to be yealink-cfg',
    () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId,
    (id) => id === LANGUAGE_ID,
    15_000,
  );
  return openDocument(uri);
}

function lineOf(document: vscode.TextDocument, text: string): number {
  const line = document.getText().split(/\r?\n/).indexOf(text);
  assert.ok(line >= 0, `"${text}" is a line of ${document.uri.fsPath}`);
  return line;
}

describe('Yealink CFG editing features', () => {
  before(activateExtension);
  after(closeAllEditors);

  it('Fold All folds each section from its title line, so every title stays in view', async () => {
    const document = await openEditing();
    const titles = [lineOf(document, '##                         Line keys                        ##'), lineOf(document, '##                       Time and SIP                       ##')];
    const folds = await pollUntil(
      'folding ranges from the language server',
      () => vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', document.uri),
      (ranges) => Array.isArray(ranges) && ranges.some((r) => r.start === titles[0]),
    );
    assert.deepEqual(folds.filter((r) => r.kind === vscode.FoldingRangeKind.Region).map((r) => r.start), titles);
    const editor = vscode.window.activeTextEditor!;
    try {
      const visible = await pollUntil(
        'the folded view',
        async () => {
          // Again on each try: the editor's folding model follows the provider a moment after the language switch.
          await vscode.commands.executeCommand('editor.foldAll');
          return editor.visibleRanges.flatMap((r) => Array.from({ length: r.end.line - r.start.line + 1 }, (_, i) => r.start.line + i));
        },
        (lines) => !lines.includes(lineOf(document, 'linekey.2.value = 1002')),
        10_000,
      );
      for (const title of titles) assert.ok(visible.includes(title), `title line ${title} visible after Fold All; visible: ${visible.join(',')}`);
    } finally {
      await vscode.commands.executeCommand('editor.unfoldAll');
    }
  });

  it('outline: sections hold the settings, sticky scroll can pin only the titles', async () => {
    const document = await openEditing();
    const symbols = await pollUntil(
      'document symbols',
      () => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri),
      (result) => Array.isArray(result) && result.length > 0,
    );
    assert.deepEqual(symbols.map((s) => s.name), ['Line keys', 'Time and SIP']);
    const multiLine = (list: readonly vscode.DocumentSymbol[]): number[] =>
      list.flatMap((s) => [...(s.selectionRange.start.line !== s.range.end.line ? [s.selectionRange.start.line] : []), ...multiLine(s.children)]);
    assert.deepEqual(multiLine(symbols), [symbols[0].range.start.line, symbols[1].range.start.line]);
  });

  it('Go to Symbol in Workspace finds where account.1.label is set across the fleet', async () => {
    const symbols = await pollUntil(
      'workspace symbols for account.1.label in the Common and the MAC file',
      () => vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'account.1.label'),
      (result) => Array.isArray(result) && ['y000000000066.cfg', '001565abcdef.cfg'].every((name) => result.some((s) => s.location.uri.path.endsWith(`/${name}`))),
      30_000,
    );
    assert.ok(symbols.filter((s) => s.name === 'account.1.label').length >= 2);
  });

  it('inlay hints name enum values, and yealinkCfg.inlayHints.enable turns them off without a reload', async () => {
    const document = await openEditing();
    const range = new vscode.Range(0, 0, document.lineCount, 0);
    const hints = () => vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, range);
    const label = (hint: vscode.InlayHint) => (typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join(''));
    const shown = await pollUntil('inlay hints', hints, (result) => Array.isArray(result) && result.length >= 3);
    const byLine = new Map(shown.map((h) => [h.position.line, label(h)]));
    assert.equal(byLine.get(lineOf(document, 'linekey.10.type = 16')), 'BLF');
    assert.equal(byLine.get(lineOf(document, 'account.2.sip_server.1.transport_type = 2')), 'TLS');
    const settings = vscode.workspace.getConfiguration('yealinkCfg');
    try {
      await settings.update('inlayHints.enable', false, vscode.ConfigurationTarget.Global);
      await pollUntil('no inlay hints once the setting is off', hints, (result) => Array.isArray(result) && result.length === 0, 15_000);
    } finally {
      await settings.update('inlayHints.enable', undefined, vscode.ConfigurationTarget.Global);
    }
    await pollUntil('inlay hints back', hints, (result) => Array.isArray(result) && result.length >= 3, 15_000);
  });

  it('completion: value labels in the list, and a key completion opens the value list', async () => {
    const document = await openEditing();
    const valueAt = new vscode.Position(lineOf(document, 'account.2.sip_server.1.transport_type = 2'), 'account.2.sip_server.1.transport_type = '.length);
    const values = await pollUntil(
      'value completions',
      () => vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, valueAt),
      (list) => !!list && list.items.some((i) => completionLabel(i) === '2'),
    );
    const tls = values.items.find((i) => completionLabel(i) === '2')!;
    assert.equal(typeof tls.label === 'string' ? undefined : tls.label.detail?.trim(), 'TLS');
    const keyAt = new vscode.Position(lineOf(document, 'linekey.10.type = 16'), 'linekey.10.'.length);
    const keys = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, keyAt);
    const type = keys.items.find((i) => completionLabel(i) === 'linekey.10.type');
    assert.equal(type?.command?.command, 'editor.action.triggerSuggest');
  });

  it('Format Document normalises spacing and keeps every value', async () => {
    const uri = fixtureUri(...EDITING);
    const document = await openEditing();
    const before = document.getText();
    try {
      const edits = await pollUntil(
        'formatting edits',
        () => vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', uri, { tabSize: 2, insertSpaces: true }),
        (result) => Array.isArray(result) && result.length > 0,
      );
      const edit = new vscode.WorkspaceEdit();
      edit.set(uri, edits);
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.equal(document.getText(), before.replace('linekey.2.type   =13', 'linekey.2.type = 13'));
    } finally {
      await restore(document, before);
    }
  });

  it('a block snippet from completion expands into catalog keys with the index as a tab stop', async () => {
    const uri = fixtureUri(...EDITING);
    const document = await openEditing();
    const before = document.getText();
    const editor = vscode.window.activeTextEditor!;
    try {
      await editor.edit((edit) => edit.insert(new vscode.Position(document.lineCount, 0), 'line'));
      const at = new vscode.Position(document.lineCount - 1, 4);
      const list = await pollUntil(
        'block snippets in completion',
        () => vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, at),
        (result) => !!result && result.items.some((i) => completionLabel(i) === 'BLF line key'),
      );
      const blf = list.items.find((i) => completionLabel(i) === 'BLF line key')!;
      assert.equal(blf.kind, vscode.CompletionItemKind.Snippet);
      const snippet = blf.insertText instanceof vscode.SnippetString ? blf.insertText : new vscode.SnippetString(String(blf.insertText));
      const range = blf.range instanceof vscode.Range ? blf.range : blf.range!.replacing;
      assert.ok(await editor.insertSnippet(snippet, range));
      // Typed into the first tab stop (the index, selected), as a person would; Tab moves on to the next one.
      await vscode.commands.executeCommand('type', { text: '12' });
      await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
      const text = document.getText();
      for (const line of ['linekey.12.type = 16', 'linekey.12.line = 1', 'linekey.12.value =', 'linekey.12.label =']) assert.ok(text.includes(line), `${line} in:\n${text}`);
    } finally {
      await vscode.commands.executeCommand('leaveSnippet');
      await restore(document, before);
    }
  });

  it('Sort Settings in Section sorts each section by key, indexes as numbers', async () => {
    const uri = fixtureUri(...EDITING);
    const document = await openEditing();
    const before = document.getText();
    try {
      await pollUntil(
        'the sort command to reorder the line keys',
        async () => {
          await vscode.commands.executeCommand('yealinkCfg.sortSettings');
          return document.getText();
        },
        (text) => text.indexOf('linekey.1.type') < text.indexOf('linekey.2.type') && text.indexOf('linekey.2.value') < text.indexOf('linekey.10.type'),
        20_000,
        500,
      );
      const lines = document.getText().split(/\r?\n/);
      const time = lines.indexOf('##                       Time and SIP                       ##');
      assert.deepEqual(lines.slice(time + 2, time + 5), ['account.2.sip_server.1.transport_type = 2', 'local_time.ntp_server1 = pool.ntp.org', 'local_time.time_zone = +1']);
    } finally {
      await restore(document, before);
    }
  });
});
