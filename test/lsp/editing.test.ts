/** LSP protocol tests for the editing features: inlay hints, formatting, workspace symbols, Sort Settings in Section. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ApplyWorkspaceEditParams, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import type { CompletionList, InlayHint, SymbolInformation, TextDocumentEdit, TextEdit } from 'vscode-languageserver-types';
import { SERVER_EXECUTED_COMMANDS } from '../../engine/src/protocol';
import { LspClient } from './lspClient';

const URI = 'file:///fleet/y000000000066.cfg';
const TEXT = [
  '#!version:1.0.0.1',
  '####### Lines #######',
  'linekey.10.type = 16',
  'linekey.2.type=15   ',
  'account.1.sip_server.1.transport_type   =   2',
  '',
].join('\n');

let client: LspClient;

before(async () => {
  client = new LspClient();
  const result = (await client.initialize()) as InitializeResult;
  assert.equal(result.capabilities.inlayHintProvider, true);
  assert.equal(result.capabilities.documentFormattingProvider, true);
  assert.equal(result.capabilities.workspaceSymbolProvider, true);
  assert.deepEqual(result.capabilities.executeCommandProvider?.commands, Object.values(SERVER_EXECUTED_COMMANDS));
  client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'yealink-cfg', version: 1, text: TEXT } });
});

after(async () => {
  await client.shutdown();
});

const WHOLE = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };

test('inlay hints name enum values: line key type 16 is BLF, transport 2 is TLS', async () => {
  const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: URI }, range: WHOLE });
  assert.deepEqual(
    hints.map((h) => `${h.position.line}:${String(h.label)}`),
    ['2:BLF', '3:Line', '4:TLS'],
  );
});

test('inlay hints stop when yealinkCfg.inlayHints.enable is false, and come back', async () => {
  client.notify('workspace/didChangeConfiguration', { settings: { yealinkCfg: { inlayHints: { enable: false } } } });
  const off = async () => (await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: URI }, range: WHOLE })).length;
  // Settings apply asynchronously after the notification; a request after it is answered after it.
  assert.equal(await off(), 0);
  client.notify('workspace/didChangeConfiguration', { settings: { yealinkCfg: {} } });
  assert.equal(await off(), 3);
});

test('value completion carries the labels in labelDetails; a key completion reopens suggestions', async () => {
  const values = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: URI }, position: { line: 4, character: 44 } });
  assert.equal(values.items.find((i) => i.label === '2')?.labelDetails?.detail, '  TLS');
  const keys = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: URI }, position: { line: 2, character: 11 } });
  const type = keys.items.find((i) => i.label === 'linekey.10.type');
  assert.equal(type?.command?.command, 'editor.action.triggerSuggest');
  assert.match((type?.textEdit as TextEdit).newText, / = $/);
});

test('Format Document normalises spacing and leaves values (with what follows them) alone', async () => {
  const edits = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: URI }, options: { tabSize: 2, insertSpaces: true } });
  assert.deepEqual(
    edits.map((e) => `${e.range.start.line}:${e.newText}`),
    ['3:linekey.2.type = 15   ', '4:account.1.sip_server.1.transport_type = 2'],
  );
  const ranged = await client.request<TextEdit[]>('textDocument/rangeFormatting', {
    textDocument: { uri: URI },
    range: { start: { line: 4, character: 0 }, end: { line: 4, character: 1 } },
    options: { tabSize: 2, insertSpaces: true },
  });
  assert.deepEqual(ranged.map((e) => e.range.start.line), [4]);
});

test('Sort Settings in Section: the server applies the edit through workspace/applyEdit', async () => {
  const applied: ApplyWorkspaceEditParams[] = [];
  client.serverRequestHandlers.set('workspace/applyEdit', (params) => {
    applied.push(params as ApplyWorkspaceEditParams);
    return { applied: true };
  });
  const result = await client.request<{ sorted: number; applied: boolean }>('workspace/executeCommand', { command: SERVER_EXECUTED_COMMANDS.sortSettings, arguments: [URI] });
  assert.deepEqual(result, { sorted: 1, applied: true });
  const change = applied[0].edit.documentChanges?.[0] as TextDocumentEdit;
  assert.deepEqual(change.textDocument, { uri: URI, version: 1 });
  assert.equal((change.edits[0] as TextEdit).newText, ['account.1.sip_server.1.transport_type   =   2', 'linekey.2.type=15   ', 'linekey.10.type = 16'].join('\n'));
  const unknown = await client.request<unknown>('workspace/executeCommand', { command: SERVER_EXECUTED_COMMANDS.sortSettings, arguments: ['file:///not/open.cfg'] });
  assert.equal(unknown, null);
});

test('workspace symbols: where a key is set across the fleet, from the workspace scan and open documents', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'yl-symbols-'));
  try {
    const uris = ['001565000001', '001565000002', '001565000003'].map((mac, n) => {
      const path = join(dir, `${mac}.cfg`);
      writeFileSync(path, `#!version:1.0.0.1\naccount.1.enable = 1\naccount.1.label = Desk ${n}\n`);
      return pathToFileURL(path).toString();
    });
    const last = client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uris[2]);
    client.notify('yealinkCfg/workspaceFiles', { uris });
    await last; // read in order: once the last file has diagnostics, every file is indexed
    const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'account.1.label' });
    assert.deepEqual(symbols.map((s) => `${s.location.uri.split('/').pop()}:${s.location.range.start.line}`), ['001565000001.cfg:2', '001565000002.cfg:2', '001565000003.cfg:2']);
    assert.ok(symbols.every((s) => s.name === 'account.1.label'));
    const open = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'transport_type' });
    assert.deepEqual(open.map((s) => s.location.uri), [URI]);
    assert.deepEqual(await client.request<SymbolInformation[]>('workspace/symbol', { query: '' }), []);
    // The three files share one key layout; one of them changing its layout leaves the others' as they were.
    writeFileSync(fileURLToPath(uris[1]), `#!version:1.0.0.1\naccount.1.enable = 1\n# moved\naccount.1.label = Desk 1\n`);
    client.notifications.length = 0; // the scan's earlier diagnostics of the file are not the answer awaited
    const changed = client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uris[1]);
    client.notify('yealinkCfg/workspaceFileChanged', { uri: uris[1] });
    await changed;
    const moved = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'account.1.label' });
    assert.deepEqual(moved.map((s) => `${s.location.uri.split('/').pop()}:${s.location.range.start.line}`), ['001565000001.cfg:2', '001565000002.cfg:3', '001565000003.cfg:2']);
  } finally {
    client.notify('yealinkCfg/workspaceFiles', { uris: [] });
    rmSync(dir, { recursive: true, force: true });
  }
});
