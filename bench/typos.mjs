// Typo benchmark (issue 8): valid fleet names flagged as typos, seeded typos warned, first suggestion right.
// Needs the compiled engine: run `npx tsc -p .` first. Usage: node bench/typos.mjs [--seed N] [--show N]
import { performance } from 'node:perf_hooks';
import { numberArg } from './args.mjs';
import { requireCompiled } from './compiled.mjs';

const { runTypoBenchmark, figures, fleetKeys } = requireCompiled('bench/typos.mjs', 'engine/src/testing/typoBenchmark.js');
const { Catalog } = requireCompiled('bench/typos.mjs', 'engine/src/catalog/catalog.js');

const catalog = Catalog.default();
const started = performance.now();
const result = runTypoBenchmark(catalog, fleetKeys(), numberArg('--seed', 8));
const elapsed = performance.now() - started;
const { validFlagged, typosWarned, firstRight } = figures(result);
console.log(
  `typos: ${catalog.entries.length} patterns; valid names flagged ${validFlagged}% (${result.validFlagged.length}/${result.validNames}, goal <= 2%), ` +
    `typos warned ${typosWarned}% (${result.warned}/${result.typos}, goal >= 95%), first suggestion right ${firstRight}% ` +
    `(${result.firstRight}/${result.typos}, goal >= 90%); ${(elapsed / (result.typos + result.validNames) * 1000).toFixed(1)} us per name`,
);
const show = numberArg('--show', 0);
if (show > 0) {
  for (const v of result.validFlagged.slice(0, show)) console.log(`  valid flagged: ${v.name} -> ${v.offered}`);
  for (const m of result.misses.slice(0, show)) console.log(`  miss (${m.mutation}): ${m.typo} for ${m.original} -> ${m.offered ?? 'no warning'}`);
}
for (const t of result.realTyposInCatalog) console.log(`  real typo not counted, the catalog holds it as a name: ${t.typo}`);
for (const t of result.realTyposUnknownIntent) console.log(`  real typo not counted, catalog lacks its name: ${t.typo} for ${t.original}`);
