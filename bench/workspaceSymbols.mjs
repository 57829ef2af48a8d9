// Benchmark: Go to Symbol in Workspace over a fleet. Builds the server's per-file key index for N MAC-style files
// (the catalog-made text of bench/fleetText.mjs, 200 lines each, different keys per file) and prints the time to
// index them, the heap the indexes keep, and the time of a whole-key, a substring and a letters-in-order query
// (medians over the runs), each answer capped as the server caps it.
// Needs `npm run compile` (npm run bench does it). Usage: node bench/workspaceSymbols.mjs [--files N] [--runs N]
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateFleetText } from './fleetText.mjs';
import { numberArg } from './args.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { analyze } = require(join(root, 'out/engine/src/document.js'));
const { indexSettings, workspaceSymbols } = require(join(root, 'out/engine/src/features/workspaceSymbols.js'));

const FILES = numberArg('--files', 10000);
const LINES = 200;
const RUNS = numberArg('--runs', 21);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const heap = () => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
};

const texts = Array.from({ length: 50 }, (_, n) => generateFleetText(LINES, n * 37));
const before = heap();
const started = performance.now();
const indexes = new Map();
let settings = 0;
for (let n = 0; n < FILES; n++) {
  const uri = `file:///fleet/001565${String(n).padStart(6, '0')}.cfg`;
  const index = indexSettings(analyze(texts[n % texts.length], uri));
  settings += index.keys.length;
  indexes.set(uri, index);
}
const indexMs = performance.now() - started;
const kept = heap() - before;

console.log(`workspace symbols: ${FILES} files, ${settings} settings indexed in ${indexMs.toFixed(0)} ms; indexes keep ${(kept / 1024 / 1024).toFixed(1)} MB${globalThis.gc ? '' : ' (run with --expose-gc for an exact figure)'}`);
for (const query of ['account.1.label', 'label', 'a1lbl']) {
  const times = [];
  let count = 0;
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now();
    count = workspaceSymbols(indexes, r % 2 ? query : query.toUpperCase()).length; // a new query string each run: no cached score
    times.push(performance.now() - t);
  }
  console.log(`  query "${query}": ${count} symbols (cap 1000), median ${median(times).toFixed(1)} ms`);
}
