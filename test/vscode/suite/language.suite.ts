/**
 * Language features through the VS Code API, as an editor uses them: opening a provisioning file activates the
 * extension and starts the language server; completion, hover, diagnostics, symbols and quick fixes come back
 * through the same commands the editor calls.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../../engine/src/protocol';
import {
  EXTENSION_ID,
  LANGUAGE_ID,
  activateExtension,
  closeAllEditors,
  completionTexts,
  describeDiagnostics,
  diagnosticCode,
  fixtureUri,
  hoverText,
  openDocument,
  pollUntil,
  positionOf,
  symbolNames,
  waitForCodes,
  waitForDiagnostics,
} from './helpers';

const COMMON = 'y000000000066.cfg';
const MAC = '001565abcdef.cfg';

describe('Yealink CFG language features', () => {
  after(closeAllEditors);

  it('opening a Common file gives it the yealink-cfg language and activates the extension', async () => {
    const document = await openDocument(fixtureUri(COMMON));
    assert.equal(document.languageId, LANGUAGE_ID);
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} not loaded`);
    await pollUntil('the extension to be active', () => extension.isActive, (active) => active, 30_000);
    await activateExtension();
  });

  it('Yealink files that are not open get diagnostics too (the Problems panel covers the workspace)', async () => {
    await activateExtension();
    const uri = fixtureUri('errors', '001565abcd01.cfg');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'precondition: the file is not open');
    await waitForCodes(uri, ['YL001']);
    const other = fixtureUri('notes.txt');
    assert.deepEqual(vscode.languages.getDiagnostics(other), [], 'non-CFG files get nothing');
  });

  it('recognises MAC, MAC-local and .boot file names', async () => {
    for (const parts of [[MAC], ['other', '001565abcd99-local.cfg'], ['other', 'provisioning.boot']]) {
      const document = await vscode.workspace.openTextDocument(fixtureUri(...parts));
      assert.equal(document.languageId, LANGUAGE_ID, `${parts.join('/')} opened as ${document.languageId}`);
    }
    const plain = await vscode.workspace.openTextDocument(fixtureUri('notes.txt'));
    assert.notEqual(plain.languageId, LANGUAGE_ID, 'control: notes.txt is not a provisioning file');
  });

  it('recognises any other .cfg whose first line is #!version:1.0.0.1', async () => {
    // VS Code matches ".cfg" to a built-in language (properties) before it looks at the manifest's firstLine, so the
    // extension has to switch such a document itself after it opens.
    const uri = fixtureUri('other', 'site-defaults.cfg');
    await openDocument(uri);
    await pollUntil(
      'other/site-defaults.cfg to be yealink-cfg',
      () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId,
      (id) => id === LANGUAGE_ID,
      10_000,
    );
  });

  it('every command of the protocol module is registered', async () => {
    await activateExtension();
    const commands = await vscode.commands.getCommands(true);
    for (const id of Object.values(COMMANDS)) assert.ok(commands.includes(id), `command ${id} is not registered`);
  });

  it('completion after "account.1." lists catalog keys such as account.1.enable', async () => {
    const document = await openDocument(fixtureUri(COMMON));
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((edit) => edit.insert(document.positionAt(document.getText().length), 'account.1.'));
    const position = document.positionAt(document.getText().length);
    try {
      // Items of kind Text are VS Code's own word-based suggestions; the catalog's come from the language server.
      const isEnable = (item: vscode.CompletionItem) =>
        item.kind !== vscode.CompletionItemKind.Text && completionTexts(item).some((t) => t === 'account.1.enable' || t === 'enable');
      const list = await pollUntil(
        'completion items for account.1.',
        () => vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position, '.'),
        (result) => !!result && result.items.some(isEnable),
        30_000,
      );
      const catalog = list.items.filter((item) => item.kind !== vscode.CompletionItemKind.Text);
      const texts = catalog.flatMap(completionTexts);
      assert.ok(texts.some((t) => /(^|\.)label$/.test(t)), `expected account.1.label among ${catalog.length} catalog items`);
      assert.ok(texts.some((t) => /(^|\.)user_name$/.test(t)), `expected account.1.user_name among ${catalog.length} catalog items`);
    } finally {
      // Take the typed text out of this document itself (the revert command acts on whichever editor is active).
      const end = document.positionAt(document.getText().length);
      await editor.edit((edit) => edit.delete(new vscode.Range(end.translate(0, -'account.1.'.length), end)));
      await document.save();
      // The next tests read this file's diagnostics: wait until those of the typed line are gone.
      await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => diagnosticCode(d) === 'YL002'), 'diagnostics of the reverted file');
    }
  });

  it('hover on a reboot-requiring key says the phone reboots', async () => {
    const document = await openDocument(fixtureUri(COMMON));
    const position = positionOf(document, 'static.network.internet_port.type', true).translate(0, 8);
    const hovers = await pollUntil(
      'a hover on static.network.internet_port.type',
      () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position),
      (result) => Array.isArray(result) && hoverText(result).trim().length > 0,
      20_000,
    );
    const text = hoverText(hovers);
    assert.match(text, /reboot/i, `hover text: ${text}`);
  });

  it('hover on an ordinary key shows its description', async () => {
    const document = await openDocument(fixtureUri(COMMON));
    const position = positionOf(document, 'account.1.enable', true).translate(0, 3);
    const hovers = await pollUntil(
      'a hover on account.1.enable',
      () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position),
      (result) => Array.isArray(result) && hoverText(result).trim().length > 0,
      20_000,
    );
    assert.match(hoverText(hovers), /account/i);
  });

  it('YL001 when the #!version header is missing', async () => {
    const uri = fixtureUri('errors', '001565abcd01.cfg');
    await openDocument(uri);
    const diagnostics = await waitForCodes(uri, ['YL001']);
    assert.equal(diagnostics.find((d) => diagnosticCode(d) === 'YL001')!.range.start.line, 0);
  });

  it('YL002 malformed line, YL003 likely typo, YL014 not in the catalog, YL004 bad value, YL005 duplicate key', async () => {
    const uri = fixtureUri('errors', '001565abcd02.cfg');
    const document = await openDocument(uri);
    const diagnostics = await waitForCodes(uri, ['YL002', 'YL003', 'YL004', 'YL005', 'YL014']);
    const lineOf = (code: string) => diagnostics.filter((d) => diagnosticCode(d) === code).map((d) => d.range.start.line);
    const line = (needle: string) => positionOf(document, needle, true).line;
    assert.ok(lineOf('YL002').includes(line('this line has no equals sign')), describeDiagnostics(diagnostics));
    assert.ok(lineOf('YL003').includes(line('acount.1.label')), describeDiagnostics(diagnostics));
    assert.ok(lineOf('YL014').includes(line('account.1.no_such_parameter')), describeDiagnostics(diagnostics));
    assert.ok(lineOf('YL004').includes(line('account.1.enable = 7')), describeDiagnostics(diagnostics));
    assert.ok(lineOf('YL005').some((l) => l === line('account.1.label = First') || l === line('account.1.label = Second')), describeDiagnostics(diagnostics));
    for (const d of diagnostics) assert.ok(d.message.length > 0, 'every diagnostic has a message');
  });

  it('YL006 when an index is beyond the model (account 3 in a file marked model=T21P_E2, which has two)', async () => {
    const uri = fixtureUri('errors', '001565abcd06.cfg');
    const document = await openDocument(uri);
    const diagnostics = await waitForCodes(uri, ['YL006']);
    const d = diagnostics.find((x) => diagnosticCode(x) === 'YL006')!;
    assert.equal(d.range.start.line, positionOf(document, 'account.3.enable', true).line);
    assert.ok(!diagnostics.some((x) => diagnosticCode(x) === 'YL006' && x.range.start.line === positionOf(document, 'account.1.enable', true).line));
  });

  it('YL008 for a legacy (pre-V70 INI) file instead of line-by-line errors', async () => {
    const uri = fixtureUri('errors', '001565abcd08.cfg');
    await openDocument(uri);
    const diagnostics = await waitForCodes(uri, ['YL008']);
    assert.ok(!diagnostics.some((d) => ['YL002', 'YL003'].includes(diagnosticCode(d))), `legacy file should not be linted:\n${describeDiagnostics(diagnostics)}`);
  });

  it('diagnostics follow edits: fixing the bad value removes YL004', async () => {
    const uri = fixtureUri('errors', '001565abcd02.cfg');
    const document = await openDocument(uri);
    await waitForCodes(uri, ['YL004']);
    const editor = vscode.window.activeTextEditor!;
    const start = positionOf(document, 'account.1.enable = 7');
    try {
      await editor.edit((edit) => edit.replace(new vscode.Range(start.translate(0, -1), start), '1'));
      await waitForDiagnostics(uri, (ds) => !ds.some((d) => diagnosticCode(d) === 'YL004') && ds.some((d) => diagnosticCode(d) === 'YL003'), 'YL004 to go away');
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('document symbols list the keys', async () => {
    const document = await openDocument(fixtureUri(COMMON));
    const symbols = await pollUntil(
      'document symbols',
      () => vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>('vscode.executeDocumentSymbolProvider', document.uri),
      (result) => Array.isArray(result) && result.length > 0,
      20_000,
    );
    const names = symbolNames(symbols);
    for (const key of ['account.1.enable', 'account.1.label', 'static.network.internet_port.type']) {
      assert.ok(names.some((n) => n === key || n.endsWith(`.${key}`)), `symbol ${key} missing from ${JSON.stringify(names)}`);
    }
  });

  it('quick fix for YL001 inserts the #!version:1.0.0.1 header and clears the diagnostic', async () => {
    const uri = fixtureUri('errors', '001565abcd01.cfg');
    const document = await openDocument(uri);
    const diagnostics = await waitForCodes(uri, ['YL001']);
    const yl001 = diagnostics.find((d) => diagnosticCode(d) === 'YL001')!;
    const actions = await pollUntil(
      'code actions for YL001',
      () => vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, yl001.range, vscode.CodeActionKind.QuickFix.value),
      (result) => Array.isArray(result) && result.some((a) => 'edit' in a && a.edit !== undefined),
      30_000,
    );
    const fix = actions.find(
      (a): a is vscode.CodeAction =>
        'edit' in a && !!a.edit && a.edit.entries().some(([, edits]) => edits.some((e) => e.newText.includes('#!version:1.0.0.1'))),
    );
    assert.ok(fix, `no quick fix inserts the header; got: ${actions.map((a) => a.title).join(' | ')}`);
    try {
      assert.ok(await vscode.workspace.applyEdit(fix.edit!));
      assert.match(document.lineAt(0).text, /^#!version:1\.0\.0\.1/);
      await waitForDiagnostics(uri, (ds) => !ds.some((d) => diagnosticCode(d) === 'YL001'), 'YL001 to clear after the fix');
    } finally {
      await openDocument(uri);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('"Treat This File as Yealink CFG" switches a plain-text file to the yealink-cfg language', async () => {
    const document = await openDocument(fixtureUri('notes.txt'));
    assert.notEqual(document.languageId, LANGUAGE_ID);
    await vscode.commands.executeCommand('yealinkCfg.treatAsYealink', document.uri);
    await pollUntil(
      'notes.txt to become yealink-cfg',
      () => vscode.window.activeTextEditor?.document.languageId ?? vscode.workspace.textDocuments.find((d) => d.uri.fsPath === document.uri.fsPath)?.languageId,
      (id) => id === LANGUAGE_ID,
      15_000,
    );
  });
});
