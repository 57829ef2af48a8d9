/**
 * The project file over the protocol: "Treat as a known parameter" writes `.yealink-cfg.json` through the
 * server's command, the server judges files by it, and re-reads it when the editor reports a change.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import type { PublishDiagnosticsParams, ShowMessageRequestParams } from 'vscode-languageserver-protocol';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lspClient';

let client: LspClient;
let root: string;
let uri: string;

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'yl-project-'));
  mkdirSync(join(root, 'fleet'));
  const file = join(root, 'fleet', 'site.cfg');
  writeFileSync(file, '#!version:1.0.0.1\ncustom.3.widget = 1\nacount.1.enable = 1\n');
  uri = pathToFileURL(file).toString();
  client = new LspClient();
  const capabilities = { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } };
  const workspaceFolders = [{ uri: pathToFileURL(root).toString(), name: 'fleet' }];
  await client.request('initialize', { processId: process.pid, rootUri: workspaceFolders[0].uri, workspaceFolders, capabilities });
  client.notify('initialized', {});
});

after(async () => {
  await client.shutdown();
  rmSync(root, { recursive: true, force: true });
});

const codesOf = (params: PublishDiagnosticsParams): string[] => params.diagnostics.map((d) => `${d.code}@${d.range.start.line}`);

test('"Treat as a known parameter" creates the project file at the workspace root and the finding goes', async () => {
  const first = client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yealink-cfg', version: 1, text: readFileSync(new URL(uri), 'utf8') } });
  const published = await first;
  assert.deepEqual(codesOf(published), ['YL014@1', 'YL003@2']);
  const unknown = published.diagnostics[0] as Diagnostic;
  assert.equal(unknown.severity, 3, 'information');

  const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: unknown.range,
    context: { diagnostics: [unknown] },
  });
  const treat = actions.find((action) => action.title === 'Treat as a known parameter');
  assert.ok(treat?.command, 'the quick fix runs a command');

  const after = client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && !codesOf(p).includes('YL014@1'));
  const written = await client.request<string>('workspace/executeCommand', { command: treat.command.command, arguments: treat.command.arguments });
  assert.equal(written, join(root, '.yealink-cfg.json'));
  assert.deepEqual(JSON.parse(readFileSync(written, 'utf8')), { extraParameters: ['custom.X.widget'] });
  assert.deepEqual(codesOf(await after), ['YL003@2']);
});

test('a second pattern joins the list and keeps what the user wrote', async () => {
  const path = join(root, '.yealink-cfg.json');
  writeFileSync(path, JSON.stringify({ note: 'ours', extraParameters: ['custom.X.widget'] }, null, 2));
  await client.request('workspace/executeCommand', { command: 'yealinkCfg.server.treatAsKnownParameter', arguments: [uri, 'other.X.thing'] });
  assert.deepEqual(JSON.parse(readFileSync(path, 'utf8')), { note: 'ours', extraParameters: ['custom.X.widget', 'other.X.thing'] });
});

test('a changed project file is read again: its severity applies', async () => {
  const path = join(root, '.yealink-cfg.json');
  writeFileSync(path, JSON.stringify({ extraParameters: ['custom.X.widget'], severity: { YL003: 'off' } }));
  const quiet = client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.length === 0);
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path).toString(), type: 2 }] });
  await quiet;
});

test('a broken project file is not used, nothing is overwritten, and the user is told why', async () => {
  const path = join(root, '.yealink-cfg.json');
  writeFileSync(path, '{ "extraParameters": [ "custom.X.widget", }');
  const warning = client.waitFor<ShowMessageRequestParams>('window/showMessageRequest', (p) => /not valid JSON/.test(p.message));
  const back = client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && codesOf(p).includes('YL014@1'));
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path).toString(), type: 2 }] });
  await warning;
  await back;
  const refused = client.waitFor<ShowMessageRequestParams>('window/showMessageRequest', (p) => /could not add/.test(p.message));
  await client.request('workspace/executeCommand', { command: 'yealinkCfg.server.treatAsKnownParameter', arguments: [uri, 'custom.X.widget'] });
  await refused;
  assert.equal(readFileSync(path, 'utf8'), '{ "extraParameters": [ "custom.X.widget", }');
  assert.ok(existsSync(path));
});
