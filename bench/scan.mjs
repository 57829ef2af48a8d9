// Benchmark: the language server's workspace scan of the bench fleet (bench/fleetFolder.mjs, 10,000 files),
// with completion and hover asked in a file open in the editor while the scan runs, as someone typing
// would. Prints the scan time, the p95 of both kinds of request during the scan (target <= 50 ms), whether
// progress was reported, and the server's memory after the scan.
// Needs `npm run build` and `npm run compile` (npm run bench does both).
// Usage: node bench/scan.mjs [--files N]
// BENCH_SERVER_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/prof" adds Node flags to the server, as in bench/lsp.mjs.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildFleet, fleetFiles } from './fleetFolder.mjs';
import { numberArg } from './args.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { LspClient } = require(join(root, 'out/test/lsp/lspClient.js'));
const { SERVER_ENV, SERVER_EXEC_ARGV } = require(join(root, 'out/client/src/serverFlags.js'));
Object.assign(process.env, SERVER_ENV); // the server process inherits it, as the extension starts it

const FILES = numberArg('--files', 10000);
/** A query every so often, like keystrokes, not a flood that would starve the scan. */
const QUERY_GAP_MS = 20;

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
};

const dir = buildFleet(FILES);
const paths = fleetFiles(dir);
const uris = paths.map((path) => pathToFileURL(path).toString());

const client = new LspClient(join(root, 'dist/server.js'), [...SERVER_EXEC_ARGV, ...(process.env.BENCH_SERVER_FLAGS ?? '').split(' ').filter(Boolean)]);
client.serverRequestHandlers.set('window/workDoneProgress/create', () => null);
await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: { window: { workDoneProgress: true } }, initializationOptions: {} });
client.notify('initialized', {});

// The file being edited: a fleet file's text, open under a URI outside the scanned folder.
const openText = readFileSync(paths[1], 'utf8');
const openLines = openText.split(/\r?\n/);
const openUri = 'file:///bench-scan/open/001565ffffff.cfg';
const opened = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === openUri, 60000);
client.notify('textDocument/didOpen', { textDocument: { uri: openUri, languageId: 'yealink-cfg', version: 1, text: openText } });
await opened;

let reports = 0;
let scanEnded = false;
const ended = client.waitFor('$/progress', (p) => {
  if (p.value.kind === 'report') reports++;
  return p.value.kind === 'end';
}, 30 * 60000);
const start = performance.now();
client.notify('yealinkCfg/workspaceFiles', { uris });
const scan = ended.then(() => {
  scanEnded = true;
  return performance.now() - start;
});

const completion = [];
const hover = [];
for (let q = 0; !scanEnded; q++) {
  const line = 1 + (q * 37) % (openLines.length - 2);
  const lineText = openLines[line];
  const equals = lineText.indexOf('=');
  const started = performance.now();
  if (q % 2 === 0) {
    const character = equals < 0 ? 0 : equals + 2;
    await client.request('textDocument/completion', { textDocument: { uri: openUri }, position: { line, character } });
    if (!scanEnded) completion.push(performance.now() - started);
  } else {
    await client.request('textDocument/hover', { textDocument: { uri: openUri }, position: { line, character: 2 } });
    if (!scanEnded) hover.push(performance.now() - started);
  }
  client.notifications.length = 0; // the scan's diagnostics are not kept here
  await sleep(QUERY_GAP_MS);
}
const scanMs = await scan;

const status = readFileSync(`/proc/${client.pid}/status`, 'utf8');
const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
const peakKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
await client.shutdown();

const verdict = (value, target) => `(target <= ${target} ms ${value <= target ? 'met' : 'MISSED'})`;
const completionP95 = percentile(completion, 95);
const hoverP95 = percentile(hover, 95);
console.log(`workspace scan: ${FILES} files in ${(scanMs / 1000).toFixed(1)} s (${(FILES / (scanMs / 1000)).toFixed(0)} files/s), ${reports} progress reports in the status bar`);
console.log(`  completion during the scan  median ${percentile(completion, 50).toFixed(2)} ms   p95 ${completionP95.toFixed(2)} ms ${verdict(completionP95, 50)}   (${completion.length} requests)`);
console.log(`  hover during the scan       median ${percentile(hover, 50).toFixed(2)} ms   p95 ${hoverP95.toFixed(2)} ms ${verdict(hoverP95, 50)}   (${hover.length} requests)`);
console.log(`  server memory after the scan RSS ${(rssKb / 1024).toFixed(1)} MB, peak ${(peakKb / 1024).toFixed(1)} MB`);
