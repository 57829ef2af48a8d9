// Benchmark: merge-partner planning over a fleet of per-phone boot files (each <mac>.boot includes the
// Common file, a shared site file and its <mac>.cfg). Planning for the shared custom file asks every boot
// file whether it includes it, which used to scan the whole listing per include (quadratic).
// Needs the compiled engine: run `npx tsc -p .` first. Usage: node bench/merge.mjs [--phones N]
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const compiled = join(root, 'out', 'engine', 'src', 'merge', 'partners.js');
if (!existsSync(compiled)) {
  console.error(`bench/merge.mjs: ${compiled} is missing; run \`npx tsc -p .\` first`);
  process.exit(2);
}
const { planMerge } = createRequire(import.meta.url)(compiled);
const i = process.argv.indexOf('--phones');
const PHONES = i > 0 ? Number(process.argv[i + 1]) : 5000;

const H = '#!version:1.0.0.1\n';
const texts = new Map();
const listing = ['/fleet/y000000000066.cfg', '/fleet/site.cfg'];
for (let n = 0; n < PHONES; n++) {
  const mac = (0x001565000000 + n).toString(16).padStart(12, '0');
  listing.push(`/fleet/${mac}.boot`, `/fleet/${mac}.cfg`);
  texts.set(`/fleet/${mac}.boot`, `${H}include:config "y000000000066.cfg"\ninclude:config "site.cfg"\ninclude:config "${mac}.cfg"\noverwrite_mode = 1\n`);
}
const readText = (p) => texts.get(p) ?? (listing.includes(p) ? H : undefined);

function time(label, run) {
  run();
  const runs = 5;
  const start = performance.now();
  for (let r = 0; r < runs; r++) run();
  console.log(`${label}: ${((performance.now() - start) / runs).toFixed(1)} ms`);
}
console.log(`merge planning, ${PHONES} per-phone boot files (${listing.length} files)`);
time('  shared custom file (site.cfg, included by every boot file)', () => {
  const plan = planMerge('/fleet/site.cfg', listing, { readText, choices: { boot: '/fleet/001565000000.boot' } });
  if (plan.order.length !== 4) throw new Error(`unexpected plan: ${plan.order.join(', ')}`);
});
time('  one phone (<mac>.cfg)', () => planMerge('/fleet/001565000000.cfg', listing, { readText }));
