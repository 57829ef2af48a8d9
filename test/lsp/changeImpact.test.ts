/** YL007 following the change, the change code lens and the impact report, through the real server on a temporary git repository. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeLens } from 'vscode-languageserver-types';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import type { ChangeImpactResult } from '../../engine/src/protocol';
import { LspClient } from './lspClient';

const H = '#!version:1.0.0.1\n';
const COMMON = `${H}static.network.internet_port.type = 0\nstatic.network.vlan.internet_port_vid = 10\nlang.gui = English\n`;
let client: LspClient;
let repo: string;
let outside: string;

function git(...args: string[]): void {
  const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
}

const uriOf = (dir: string, name: string) => pathToFileURL(join(dir, name)).href;

before(async () => {
  repo = realpathSync(mkdtempSync(join(tmpdir(), 'yl-lsp-git-')));
  outside = realpathSync(mkdtempSync(join(tmpdir(), 'yl-lsp-nogit-')));
  writeFileSync(join(repo, 'y000000000066.cfg'), COMMON);
  writeFileSync(join(repo, '001565aabbcc.cfg'), H);
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'fleet');
  client = new LspClient();
  await client.initialize({ settings: {} });
});

after(async () => {
  await client.shutdown();
  rmSync(repo, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

function open(uri: string, text: string): Promise<PublishDiagnosticsParams> {
  const published = client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yealink-cfg', version: 1, text } });
  return published;
}

test('in git, YL007 marks only the reboot-requiring line that differs from HEAD; the lens sums the change up', async () => {
  const uri = uriOf(repo, 'y000000000066.cfg');
  const edited = COMMON.replace('internet_port_vid = 10', 'internet_port_vid = 20');
  const { diagnostics } = await open(uri, edited);
  assert.deepEqual(diagnostics.filter((d) => d.code === 'YL007').map((d) => [d.range.start.line, d.severity]), [[2, 2]]);
  assert.match(diagnostics.find((d) => d.code === 'YL007')!.message, /was 10 at HEAD, now 20/);
  const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
  assert.deepEqual(lenses.map((l) => [l.range.start.line, l.command?.title, l.command?.command, l.command?.arguments]), [
    [0, 'This change reboots phones: 1 parameter', 'yealinkCfg.showChangeImpact', [uri]],
  ]);
});

test('an unchanged file in git has no YL007 and no lens', async () => {
  const uri = uriOf(repo, '001565aabbcc.cfg');
  const { diagnostics } = await open(uri, H);
  assert.deepEqual(diagnostics.filter((d) => d.code === 'YL007'), []);
  assert.equal(await client.request<CodeLens[] | null>('textDocument/codeLens', { textDocument: { uri } }), null);
});

test('the impact report of the folder uses the editor text: the phone reboots', async () => {
  const result = await client.request<ChangeImpactResult>('yealinkCfg/changeImpact', { folder: pathToFileURL(repo).href });
  assert.ok(result.ok, JSON.stringify(result));
  assert.equal(result.report.since, 'HEAD');
  assert.deepEqual(result.report.rebootFiles, ['y000000000066.cfg']);
  assert.deepEqual(result.report.phones.map((p) => [p.mac, p.reboot]), [['001565aabbcc', true]]);
  assert.deepEqual(result.lines.find((l) => l.text.includes('internet_port_vid: 10 -> 20'))?.target, { file: 'y000000000066.cfg', line: 3 });
});

test('after a commit, baseMoved measures against the new HEAD: the committed change is no longer flagged', async () => {
  const uri = uriOf(repo, 'y000000000066.cfg');
  writeFileSync(join(repo, 'y000000000066.cfg'), COMMON.replace('internet_port_vid = 10', 'internet_port_vid = 20'));
  git('commit', '-q', '-am', 'VLAN 20');
  const quiet = client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && !p.diagnostics.some((d) => d.code === 'YL007'));
  client.notify('yealinkCfg/baseMoved', {});
  await quiet;
  assert.equal(await client.request<CodeLens[] | null>('textDocument/codeLens', { textDocument: { uri } }), null);
});

test('outside git: YL007 is information on values that set something, and the report says why there is none', async () => {
  const uri = uriOf(outside, 'y000000000066.cfg');
  const { diagnostics } = await open(uri, `${COMMON}static.network.lldp.enable =\n`);
  assert.deepEqual(diagnostics.filter((d) => d.code === 'YL007').map((d) => [d.range.start.line, d.severity]), [[1, 3], [2, 3]]);
  const result = await client.request<ChangeImpactResult>('yealinkCfg/changeImpact', { folder: pathToFileURL(outside).href });
  assert.deepEqual(result, { ok: false, message: `${outside} is not in a git repository` });
});

test('the base follows the impact.base setting; rebootWarnings always and off', async () => {
  const uri = uriOf(repo, 'y000000000066.cfg');
  const republished = (predicate: (p: PublishDiagnosticsParams) => boolean) => client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && predicate(p));
  const badRef = republished((p) => p.diagnostics.filter((d) => d.code === 'YL007').length === 2);
  client.notify('workspace/didChangeConfiguration', { settings: { yealinkCfg: { impact: { base: 'no-such-ref' } } } });
  assert.ok((await badRef).diagnostics.every((d) => d.code !== 'YL007' || d.severity === 3), 'no base: information');
  const always = republished((p) => p.diagnostics.filter((d) => d.code === 'YL007' && d.severity === 2).length === 2);
  client.notify('workspace/didChangeConfiguration', { settings: { yealinkCfg: { rebootWarnings: 'always' } } });
  await always;
  const off = republished((p) => p.diagnostics.every((d) => d.code !== 'YL007'));
  client.notify('workspace/didChangeConfiguration', { settings: { yealinkCfg: { rebootWarnings: 'off' } } });
  await off;
});
