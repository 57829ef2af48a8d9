// Benchmark: drives the bundled language server over stdio, as an editor would, on a generated
// 20,000-line CFG file. Prints medians and p95 for full diagnostics, completion and hover, the server's
// memory, and the ratio of diagnostics time to a bare split-and-map of the same text.
// Needs `npm run build` and `npm run compile` (npm run bench does both).
// Usage: node bench/lsp.mjs [--lines N] [--runs N]
// BENCH_SERVER_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/prof" adds Node flags to the server, e.g. to profile it.
// The first WARMUP runs of each measurement are not counted: an editor session is past JIT warm-up.
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateFleetText } from './fleetText.mjs';
import { numberArg } from './args.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { LspClient } = require(join(root, 'out/test/lsp/lspClient.js'));

const LINES = numberArg('--lines', 20000);
const RUNS = numberArg('--runs', 15);
const QUERIES = 200;
const WARMUP = 3;

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const fmt = (ms) => `${ms.toFixed(2)} ms`;

const text = generateFleetText(LINES);
const lineTexts = text.split('\r\n');

// In process: the floor, the least any reader must do (split the text into lines and lines into key and
// value), and the engine alone (analyse + validate, without the protocol around it). The two take turns, so
// both meet the same load on a busy machine; CPU time (this process, all its threads) is kept beside wall time.
const { YealinkLanguageService } = require(join(root, 'out/engine/src/languageService.js'));
const service = new YealinkLanguageService();
const bare = [];
const engine = [];
const bareCpu = [];
const engineCpu = [];
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
for (let r = 0; r < WARMUP + RUNS; r++) {
  let cpu = cpuMs();
  let start = performance.now();
  const rows = text.split(/\r?\n/).map((line) => { const at = line.indexOf('='); return at < 0 ? [line] : [line.slice(0, at).trim(), line.slice(at + 1).trim()]; });
  if (rows.length === 0) throw new Error('unreachable');
  if (r >= WARMUP) {
    bare.push(performance.now() - start);
    bareCpu.push(cpuMs() - cpu);
  }
  cpu = cpuMs();
  start = performance.now();
  service.validate(service.analyze(text, '001565abcdef.cfg'));
  if (r >= WARMUP) {
    engine.push(performance.now() - start);
    engineCpu.push(cpuMs() - cpu);
  }
}

// With the Node flags the extension starts the server with.
const { SERVER_ENV, SERVER_EXEC_ARGV } = require(join(root, 'out/client/src/serverFlags.js'));
Object.assign(process.env, SERVER_ENV); // the server process inherits it, as the extension starts it
const client = new LspClient(join(root, 'dist/server.js'), [...SERVER_EXEC_ARGV, ...(process.env.BENCH_SERVER_FLAGS ?? '').split(' ').filter(Boolean)]);
await client.initialize({});

/**
 * Full diagnostics: each run opens the file under a new URI (validated at once, no debounce) and waits for
 * them. The last document stays open for the completion and hover queries.
 */
async function timeDiagnostics(server) {
  const times = [];
  let findings = 0;
  for (let r = 0; r < WARMUP + RUNS; r++) {
    const uri = `file:///bench/run${r}/001565abcdef.cfg`;
    const published = server.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri, 60000);
    const start = performance.now();
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yealink-cfg', version: 1, text } });
    findings = (await published).diagnostics.length;
    if (r >= WARMUP) times.push(performance.now() - start);
    if (r < WARMUP + RUNS - 1) server.notify('textDocument/didClose', { textDocument: { uri } });
  }
  return { times, findings };
}

// The same round trip through a server that only splits and maps (bench/bareServer.cjs).
const bareClient = new LspClient(join(root, 'bench/bareServer.cjs'));
await bareClient.initialize({});
const bareServer = (await timeDiagnostics(bareClient)).times;
await bareClient.shutdown();

const { times: diagnostics, findings: findingCount } = await timeDiagnostics(client);
const uri = `file:///bench/run${WARMUP + RUNS - 1}/001565abcdef.cfg`;

// Completion at key prefixes and after "=", spread over the file.
const completion = [];
let completionItems = 0;
for (let q = 0; q < QUERIES; q++) {
  const line = 1 + Math.floor((q / QUERIES) * (lineTexts.length - 2));
  const lineText = lineTexts[line];
  const equals = lineText.indexOf('=');
  const character = q % 3 === 0 || equals < 0 ? Math.min(lineText.length, lineText.indexOf('.') + 1) : equals + 2;
  const start = performance.now();
  const list = await client.request('textDocument/completion', { textDocument: { uri }, position: { line, character } });
  completion.push(performance.now() - start);
  completionItems += list?.items?.length ?? 0;
}

// Hover on keys and values.
const hover = [];
for (let q = 0; q < QUERIES; q++) {
  const line = 1 + Math.floor((q / QUERIES) * (lineTexts.length - 2));
  const lineText = lineTexts[line];
  const character = q % 2 === 0 ? 2 : Math.max(0, lineText.length - 1);
  const start = performance.now();
  await client.request('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  hover.push(performance.now() - start);
}

const status = readFileSync(`/proc/${client.pid}/status`, 'utf8');
const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
const peakKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
await client.shutdown();

// Inside a git repository, as a fleet repository is: YL007 then compares the document with its version at
// HEAD, so the server also reads the committed file. A server of its own, after the memory reading above.
const repo = mkdtempSync(join(tmpdir(), 'yealink-cfg-bench-git-'));
const git = (...args) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', ...args], { cwd: repo, stdio: 'ignore' });
let edits = 0;
// The committed version differs in every 40th bool value, so the edit changes some reboot-requiring values.
const committed = lineTexts.map((line, i) => (i % 40 === 0 && / = [01]$/.test(line) ? (edits++, line.replace(/[01]$/, (bit) => String(1 - Number(bit)))) : line)).join('\r\n');
let gitDiagnostics = [];
let rebootWarnings = 0;
try {
  git('init', '-q');
  writeFileSync(join(repo, '001565abcdef.cfg'), committed);
  git('add', '.');
  git('commit', '-qm', 'fleet file as committed');
  const gitClient = new LspClient(join(root, 'dist/server.js'), [...SERVER_EXEC_ARGV]);
  await gitClient.initialize({ rootUri: pathToFileURL(repo).href, workspaceFolders: [{ uri: pathToFileURL(repo).href, name: 'bench' }] });
  const gitUri = pathToFileURL(join(repo, '001565abcdef.cfg')).href;
  for (let r = 0; r < WARMUP + RUNS; r++) {
    // Not the empty list the previous close publishes: this file always has findings.
    const published = gitClient.waitFor('textDocument/publishDiagnostics', (p) => p.uri === gitUri && p.diagnostics.length > 0, 60000);
    const start = performance.now();
    gitClient.notify('textDocument/didOpen', { textDocument: { uri: gitUri, languageId: 'yealink-cfg', version: r + 1, text } });
    const { diagnostics: found } = await published;
    rebootWarnings = found.filter((d) => d.code === 'YL007' && d.severity === 2).length;
    if (r >= WARMUP) gitDiagnostics.push(performance.now() - start);
    gitClient.notify('textDocument/didClose', { textDocument: { uri: gitUri } });
  }
  await gitClient.shutdown();
} catch (error) {
  gitDiagnostics = [];
  console.error(`bench/lsp.mjs: no git measurement (${error instanceof Error ? error.message : String(error)})`);
} finally {
  rmSync(repo, { recursive: true, force: true });
}

const ratio = percentile(diagnostics, 50) / percentile(bareServer, 50);
console.log(`language server on a ${LINES}-line file (${(text.length / 1024).toFixed(0)} KiB, ${findingCount} findings), ${RUNS} runs after ${WARMUP} warm-up runs, ${QUERIES} queries each`);
console.log(`  full diagnostics   median ${fmt(percentile(diagnostics, 50))}   p95 ${fmt(percentile(diagnostics, 95))}   (didOpen of ${(text.length / 1024).toFixed(0)} KiB to publishDiagnostics)`);
console.log(`  bare split+map     median ${fmt(percentile(bareServer, 50))}   p95 ${fmt(percentile(bareServer, 95))}   (same round trip, server only splits and maps)`);
console.log(`  ratio (median)     ${ratio.toFixed(2)}   target <= 5`);
console.log(`  in process         engine ${fmt(percentile(engine, 50))} vs split+map ${fmt(percentile(bare, 50))}: ratio ${(percentile(engine, 50) / percentile(bare, 50)).toFixed(2)}   target <= 5   (analyse + validate, no protocol)`);
console.log(`  in process, CPU    engine ${fmt(percentile(engineCpu, 50))} vs split+map ${fmt(percentile(bareCpu, 50))}: ratio ${(percentile(engineCpu, 50) / percentile(bareCpu, 50)).toFixed(2)}   (CPU time, less swayed by other jobs on the machine)`);
if (gitDiagnostics.length > 0) {
  console.log(`  in a git repository median ${fmt(percentile(gitDiagnostics, 50))}   p95 ${fmt(percentile(gitDiagnostics, 95))}   ratio to the bare round trip ${(percentile(gitDiagnostics, 50) / percentile(bareServer, 50)).toFixed(2)}   (the same file against its committed version, ${edits} values changed, ${rebootWarnings} reboot warning(s): YL007 compares with HEAD)`);
}
console.log(`  completion         median ${fmt(percentile(completion, 50))}   p95 ${fmt(percentile(completion, 95))}   target p95 <= 10 ms   (${(completionItems / QUERIES).toFixed(0)} items on average)`);
console.log(`  hover              median ${fmt(percentile(hover, 50))}   p95 ${fmt(percentile(hover, 95))}   target p95 <= 5 ms`);
console.log(`  server memory      RSS ${(rssKb / 1024).toFixed(1)} MB, peak ${(peakKb / 1024).toFixed(1)} MB   target <= 80 MB ${rssKb / 1024 <= 80 ? 'met' : 'MISSED'}   (node ${SERVER_EXEC_ARGV.join(' ')}; ${Object.entries(SERVER_ENV).map(([name, value]) => `${name}=${value}`).join(' ')})`);
