// Own-written fleet (test/fixtures/fleet): name recognition, false alarms (warnings and errors on valid
// files) and seeded typos put back into those files. Needs the compiled engine: run `npx tsc -p .` first.
// Usage: node bench/fixtures.mjs [--seed N] [--show N]
import { numberArg } from './args.mjs';
import { requireCompiled } from './compiled.mjs';

const { runFixtureFleet, fleetFigures, FIXTURE_FLEET } = requireCompiled('bench/fixtures.mjs', 'engine/src/testing/fixtureFleet.js');
const { Catalog } = requireCompiled('bench/fixtures.mjs', 'engine/src/catalog/catalog.js');

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
