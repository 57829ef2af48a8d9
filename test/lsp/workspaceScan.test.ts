import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hover } from 'vscode-languageserver-types';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lspClient';

const FILES = 300;

/** A MAC file of a few hundred settings, with a typo and a bad value, so each takes the server some work. */
function macFile(i: number): string {
  const lines = ['#!version:1.0.0.1', `acount.1.label = Desk ${i}`, 'account.1.enable = yes'];
  for (let k = 1; k <= 16; k++) {
    lines.push(`account.${k}.label = Line ${k}`, `account.${k}.user_name = ${1000 + k}`, `account.${k}.sip_server.1.address = pbx${k}.example.com`);
    for (let key = 1; key <= 12; key++) lines.push(`linekey.${(k - 1) * 12 + key}.label = Key ${k}-${key}`, `# comment ${k}-${key}`);
  }
  return `${lines.join('\n')}\n`;
}

test('workspace scan: runs in batches that answer requests in between, and reports work-done progress', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'yl-scan-'));
  const client = new LspClient();
  try {
    const progressTokens: unknown[] = [];
    client.serverRequestHandlers.set('window/workDoneProgress/create', (params) => {
      progressTokens.push((params as { token: unknown }).token);
      return null;
    });
    await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: { window: { workDoneProgress: true } }, initializationOptions: {} });
    client.notify('initialized', {});

    const openUri = 'file:///scan/open/y000000000066.cfg';
    const opened = client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === openUri);
    client.notify('textDocument/didOpen', { textDocument: { uri: openUri, languageId: 'yealink-cfg', version: 1, text: '#!version:1.0.0.1\naccount.1.enable = 1\n' } });
    await opened;

    const uris = Array.from({ length: FILES }, (_, i) => {
      const path = join(dir, `${(0x001565000000 + i).toString(16).padStart(12, '0')}.cfg`);
      writeFileSync(path, macFile(i));
      return pathToFileURL(path).toString();
    });
    const scanned = new Set<string>();
    const all = new Set(uris);
    const listener = client.waitFor<PublishDiagnosticsParams>(
      'textDocument/publishDiagnostics',
      (p) => {
        if (all.has(p.uri)) scanned.add(p.uri);
        return scanned.size === FILES;
      },
      60000,
    );
    const firstFile = client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => all.has(p.uri), 60000);
    const ended = client.waitFor<{ token: unknown; value: { kind: string } }>('$/progress', (p) => p.value.kind === 'end', 60000);
    // Awaited below; a failure before then should fail the test, not count as unhandled.
    for (const waiter of [listener, firstFile, ended]) waiter.catch(() => undefined);
    client.notify('yealinkCfg/workspaceFiles', { uris });

    const first = await firstFile;
    const codes = first.diagnostics.map((d) => d.code);
    assert.ok(codes.includes('YL003') && codes.includes('YL004'), codes.join());
    scanned.add(first.uri);
    // Asked while the scan runs: the answer comes back before the scan is through.
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: openUri }, position: { line: 1, character: 3 } });
    assert.ok(hover !== null);
    assert.ok(scanned.size < FILES, `hover answered after ${scanned.size} of ${FILES} files`);
    const completion = await client.request<{ items: unknown[] }>('textDocument/completion', { textDocument: { uri: openUri }, position: { line: 1, character: 8 } });
    assert.ok(completion.items.length > 0);
    assert.ok(scanned.size < FILES, `completion answered after ${scanned.size} of ${FILES} files`);

    await listener;
    const end = await ended;
    assert.equal(progressTokens.length, 1, 'one progress for the scan');
    assert.equal(end.token, progressTokens[0]);
    const progress = client.notifications.filter((m) => m.method === '$/progress').map((m) => (m.params as { value: { kind: string; title?: string; message?: string } }).value);
    assert.equal(progress[0]?.kind, 'begin');
    assert.equal(progress[0]?.title, 'Checking Yealink files');
    assert.ok(progress.some((v) => v.kind === 'report' && /^\d+ of 300$/.test(v.message ?? '')), JSON.stringify(progress.slice(0, 3)));
  } finally {
    client.notify('yealinkCfg/workspaceFiles', { uris: [] });
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  }
});
