import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type {
  CodeAction,
  CompletionItem,
  CompletionList,
  Diagnostic,
  DocumentLink,
  DocumentSymbol,
  FoldingRange,
  Hover,
} from 'vscode-languageserver-types';
import type { InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lspClient';

const URI = 'file:///fleet/y000000000066.cfg';
const TEXT = [
  '#!version:1.0.0.1',
  '####### Accounts #######',
  'account.1.enable = 1',
  'acount.1.label = Desk',
  'account.1.sip_server.1.transport_type = tls',
  'static.network.internet_port.type = 0',
  '',
].join('\n');

let client: LspClient;

before(async () => {
  client = new LspClient();
  const result = (await client.initialize({ settings: { severity: { YL007: 'warning' } } })) as InitializeResult;
  assert.equal(result.capabilities.hoverProvider, true);
  assert.equal(result.serverInfo?.name, 'yealink-cfg');
});

after(async () => {
  await client.shutdown();
});

function open(uri: string, text: string, version = 1): void {
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yealink-cfg', version, text } });
}

test('didOpen publishes diagnostics with codes, links and fix data', async () => {
  const diagnostics = client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === URI);
  open(URI, TEXT);
  const published = (await diagnostics).diagnostics;
  assert.deepEqual(published.map((d) => `${d.code}@${d.range.start.line}`), ['YL003@3', 'YL004@4', 'YL007@5']);
  const unknown = published[0];
  assert.equal(unknown.source, 'yealink-cfg');
  assert.equal(unknown.codeDescription?.href.endsWith('#yl003'), true);
  assert.deepEqual((unknown.data as { replacements: string[] }).replacements[0], 'account.1.label');
});

test('didChange (incremental) re-validates after the edit', async () => {
  const diagnostics = client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === URI && p.diagnostics.length === 2);
  client.notify('textDocument/didChange', {
    textDocument: { uri: URI, version: 2 },
    contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 6 } }, text: 'account' }],
  });
  const codes = (await diagnostics).diagnostics.map((d) => d.code);
  assert.deepEqual(codes, ['YL004', 'YL007']);
});

test('completion after "account.1." lists account keys; resolve adds documentation', async () => {
  const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: URI }, position: { line: 2, character: 10 } });
  const enable = list.items.find((item) => item.label === 'account.1.enable');
  assert.ok(enable, 'account.1.enable offered');
  const resolved = await client.request<CompletionItem>('completionItem/resolve', enable);
  assert.match((resolved.documentation as { value: string }).value, /account\.X\.enable/);
});

test('value completion offers the transport codes with labels', async () => {
  const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: URI }, position: { line: 4, character: 41 } });
  assert.deepEqual(list.items.slice(0, 4).map((i) => `${i.label}:${i.detail}`), ['0:UDP (default)', '1:TCP', '2:TLS', '3:DNS-NAPTR']);
});

test('hover on a reboot-requiring key warns about the reboot', async () => {
  const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: URI }, position: { line: 5, character: 10 } });
  assert.match((hover.contents as { value: string }).value, /Reboot required/);
});

test('codeAction turns the diagnostic data into a fix', async () => {
  const diagnostic: Diagnostic = {
    range: { start: { line: 4, character: 40 }, end: { line: 4, character: 43 } },
    message: 'x',
    code: 'YL004',
    source: 'yealink-cfg',
    data: { replacements: ['2'] },
  };
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri: URI },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic] },
  });
  assert.equal(actions[0].title, 'Change to "2"');
  assert.equal(actions[0].edit?.changes?.[URI][0].newText, '2');
});

test('document symbols and folding ranges follow the banner', async () => {
  const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: URI } });
  assert.equal(symbols[0].name, 'Accounts');
  const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: URI } });
  assert.ok(folds.some((f) => f.startLine === 1));
});

test('boot files link each include:config path to its file', async () => {
  const boot = 'file:///fleet/y000000000000.boot';
  open(boot, '#!version:1.0.0.1\ninclude:config "y000000000066.cfg"\n');
  const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: boot } });
  assert.deepEqual(links.map((l) => l.target), ['file:///fleet/y000000000066.cfg']);
});

test('the file summary request names the file kind and model', async () => {
  const summary = await client.request<{ kind: string; model: string }>('yealinkCfg/fileSummary', { uri: URI });
  assert.deepEqual({ kind: summary.kind, model: summary.model }, { kind: 'Common CFG', model: 'T46S' });
});

test('an encrypted file gets one diagnostic; didClose clears diagnostics', async () => {
  const uri = 'file:///fleet/001565abcdef.cfg';
  const opened = client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri);
  open(uri, '#!encrypt:1.0.0.0\r\n#!key_signatue:RSA_256\r\n#!conf_encryption:AES_256\r\n');
  assert.deepEqual((await opened).diagnostics.map((d) => d.code), ['YL008']);
  const closed = client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.length === 0);
  client.notify('textDocument/didClose', { textDocument: { uri } });
  await closed;
});

test('read-only merge previews get hover but no diagnostics', async () => {
  const preview = 'yealink-merge:/y000000000066.cfg%20(merged).cfg?anchor=x';
  open(preview, TEXT);
  const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: preview }, position: { line: 5, character: 10 } });
  assert.match((hover.contents as { value: string }).value, /Reboot required/);
  // Validation runs on timers in the order documents open: once a file opened after the preview has its
  // diagnostics, the preview's would have arrived already.
  const later = 'file:///fleet/later.cfg';
  const laterDiagnostics = client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === later);
  open(later, '#!version:1.0.0.1\n');
  await laterDiagnostics;
  assert.ok(!client.notifications.some((m) => (m.params as PublishDiagnosticsParams | undefined)?.uri === preview));
});

test('settings from didChangeConfiguration apply to open documents', async () => {
  const quiet = client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === URI && !p.diagnostics.some((d) => d.code === 'YL007'));
  client.notify('workspace/didChangeConfiguration', { settings: { yealinkCfg: { severity: { YL007: 'off' } } } });
  await quiet;
});

test('workspace files: Yealink files on disk get diagnostics, other .cfg dialects do not, changes and deletes follow', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'yl-ws-'));
  try {
    const file = (name: string, text: string): string => {
      writeFileSync(join(dir, name), text);
      return pathToFileURL(join(dir, name)).toString();
    };
    const asterisk = file('asterisk.cfg', '[general]\nthis is not yealink\n');
    const common = file('y000000000066.cfg', '#!version:1.0.0.1\naccount.1.enable = yes\n');
    const site = file('site.cfg', '#!version:1.0.0.1\nacount.1.enable = 1\n');
    // A FIFO and a link to /dev/zero named like Common files: skipped at once, not read forever.
    const specials: string[] = [];
    if (process.platform !== 'win32') {
      execFileSync('mkfifo', [join(dir, 'y000000000044.cfg')]);
      symlinkSync('/dev/zero', join(dir, 'y000000000046.cfg'));
      specials.push(pathToFileURL(join(dir, 'y000000000044.cfg')).toString(), pathToFileURL(join(dir, 'y000000000046.cfg')).toString());
    }
    const commonDiagnostics = client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === common);
    const siteDiagnostics = client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === site);
    client.notify('yealinkCfg/workspaceFiles', { uris: [asterisk, ...specials, common, site] });
    assert.deepEqual((await commonDiagnostics).diagnostics.map((d) => d.code), ['YL004']);
    assert.deepEqual((await siteDiagnostics).diagnostics.map((d) => d.code), ['YL003']);
    // Files are read in the order given, so the asterisk file's diagnostics would have come first.
    assert.ok(!client.notifications.some((m) => (m.params as PublishDiagnosticsParams | undefined)?.uri === asterisk));

    writeFileSync(join(dir, 'y000000000066.cfg'), '#!version:1.0.0.1\naccount.1.enable = 1\n');
    const fixed = client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === common);
    client.notify('yealinkCfg/workspaceFileChanged', { uri: common });
    assert.deepEqual((await fixed).diagnostics, []);

    // An open document's live text wins; closing it brings the file's own diagnostics back.
    const live = client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === site && p.diagnostics.length === 0);
    open(site, '#!version:1.0.0.1\naccount.1.enable = 1\n');
    await live;
    const fromDisk = client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === site && p.diagnostics.length === 1);
    client.notify('textDocument/didClose', { textDocument: { uri: site } });
    await fromDisk;

    const gone = client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === site && p.diagnostics.length === 0);
    client.notify('yealinkCfg/workspaceFileDeleted', { uri: site });
    await gone;
  } finally {
    client.notify('yealinkCfg/workspaceFiles', { uris: [] });
    rmSync(dir, { recursive: true, force: true });
  }
});
