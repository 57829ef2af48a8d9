/**
 * The server under hostile input: a file with hundreds of thousands of findings (open or only on disk), and a
 * message stream it cannot read. It runs with the same Node flags the extension starts it with.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { SERVER_EXEC_ARGV } from '../../client/src/serverFlags';
import { MAX_DIAGNOSTICS_PER_FILE, WorkspaceFilesNotification } from '../../engine/src/protocol';
import { LspClient, SERVER } from './lspClient';

/** 300,000 lines, each a finding (a line that is neither a setting nor a comment). */
function manyFindings(): string {
  return `#!version:1.0.0.1\n${'this line is not a setting\n'.repeat(300_000)}`;
}

function assertCapped(params: PublishDiagnosticsParams): void {
  assert.equal(params.diagnostics.length, MAX_DIAGNOSTICS_PER_FILE + 1);
  assert.match(params.diagnostics[MAX_DIAGNOSTICS_PER_FILE].message, /^299,000 more findings in this file are not shown/);
}

test('a file with 300,000 findings gets a capped list plus a summary, open or only on disk, and the server lives on', { timeout: 180_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'yl-many-'));
  const client = new LspClient(SERVER, SERVER_EXEC_ARGV);
  try {
    await client.initialize();
    const path = join(dir, 'y000000000066.cfg');
    const text = manyFindings();
    writeFileSync(path, text);
    const uri = pathToFileURL(path).toString();

    const fromDisk = client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri, 120_000);
    client.notify(WorkspaceFilesNotification.method, { uris: [uri] });
    assertCapped(await fromDisk);

    const open = client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri, 120_000);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yealink-cfg', version: 1, text } });
    assertCapped(await open);

    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
    assert.notEqual(hover, undefined, 'the server still answers');
    await client.shutdown();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a workspace .cfg that links to /dev/zero is reported as not checked instead of being read without end', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'yl-dev-'));
  const client = new LspClient(SERVER, SERVER_EXEC_ARGV);
  try {
    await client.initialize();
    const path = join(dir, 'y000000000066.cfg');
    symlinkSync('/dev/zero', path);
    const uri = pathToFileURL(path).toString();
    const published = client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri, 30_000);
    client.notify(WorkspaceFilesNotification.method, { uris: [uri] });
    const { diagnostics } = await published;
    assert.equal(diagnostics.length, 1);
    assert.match(diagnostics[0].message, /not checked/);
    await client.shutdown();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Spawns the server over stdio, writes `input`, and resolves with its exit code and stderr. */
function runWithInput(input: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`the server kept running after malformed input ${JSON.stringify(input.slice(0, 40))}; stderr: ${stderr}`));
    }, 10_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
    child.stdin.write(input); // stdin stays open: only the bad framing may end the server
  });
}

for (const [what, input] of [
  ['no Content-Length header', 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}'],
  ['a Content-Length that is not a number', 'Content-Length: lots\r\n\r\n{}'],
  ['a body that is not JSON', 'Content-Length: 5\r\n\r\nhello'],
  ['plain garbage', 'GET / HTTP/1.1\r\nHost: x\r\n\r\n'],
] as const) {
  test(`malformed framing (${what}) makes the server exit with a message, so the client restarts it`, async () => {
    const { code, stderr } = await runWithInput(input);
    assert.notEqual(code, 0);
    assert.match(stderr, /cannot read the message stream/);
  });
}
