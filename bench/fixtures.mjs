// Own-written fleet (test/fixtures/fleet): name recognition, false alarms (warnings and errors on valid
// files) and seeded typos put back into those files. Needs the compiled engine: run `npx tsc -p .` first.
// Usage: node bench/fixtures.mjs [--seed N] [--show N]
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { numberArg } from './args.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const compiled = join(root, 'out', 'engine', 'src', 'testing', 'fixtureFleet.js');
if (!existsSync(compiled)) {
  console.error(`bench/fixtures.mjs: ${compiled} is missing; run \`npx tsc -p .\` first`);
  process.exit(2);
}
const require = createRequire(import.meta.url);
const { runFixtureFleet, fleetFigures, FIXTURE_FLEET } = require(compiled);
const { Catalog } = require(join(root, 'out', 'engine', 'src', 'catalog', 'catalog.js'));

const result = runFixtureFleet(Catalog.default(), FIXTURE_FLEET, numberArg('--seed', 8));
const { recognised, typosWarned, firstRight } = fleetFigures(result);
console.log(
  `fixtures: ${result.files} own-written files; names recognised ${recognised}% (${result.names.length - result.unknownNames.length}/${result.names.length}, goal >= 90%), ` +
    `false alarms ${result.falseAlarms.length} warnings/errors on valid files (goal 0), ` +
    `seeded typos warned ${typosWarned}% (${result.warned}/${result.typos}, goal >= 95%), first suggestion right ${firstRight}% (goal >= 90%)`,
);
const show = numberArg('--show', 0);
if (show > 0) {
  for (const name of result.unknownNames.slice(0, show)) console.log(`  not in the catalog: ${name}`);
  for (const alarm of result.falseAlarms.slice(0, show)) console.log(`  false alarm: ${alarm.file}:${alarm.line} ${alarm.code} ${alarm.message}`);
  for (const miss of result.misses.slice(0, show)) console.log(`  typo miss: ${miss.typo} for ${miss.original} -> ${miss.offered ?? 'no warning'}`);
}
