import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Catalog } from '../catalog/catalog';
import { classifyFile } from '../fileKind';
import { analyze } from '../document';
import { fleetFigures, fleetFiles, runFixtureFleet } from './fixtureFleet';

const result = runFixtureFleet(Catalog.default());

test('the own-written fleet covers Common, MAC, MAC-local and boot files of at least five models', () => {
  const files = fleetFiles();
  const kinds = new Set(files.map((file) => classifyFile(file.name).kind));
  for (const kind of ['common', 'mac', 'mac-local', 'mac-boot']) assert.ok(kinds.has(kind as never), `a ${kind} file`);
  const models = new Set(files.map((file) => analyze(file.text, file.name).model?.name).filter(Boolean));
  assert.ok(models.size >= 5, `models: ${[...models].join(', ')}`);
  assert.ok(result.names.length >= 150, `enough distinct names to measure (${result.names.length})`);
});

test('false alarms: the valid fleet files get no warning and no error from any rule', () => {
  assert.deepEqual(result.falseAlarms.map((a) => `${a.file}:${a.line} ${a.code} ${a.message}`), []);
});

test('recognition: the catalog knows every name the fleet files set', () => {
  assert.deepEqual(result.unknownNames, []);
  assert.equal(fleetFigures(result).recognised, 100);
});

test('seeded typos in the fleet files are warned, with the original name first', () => {
  const { typosWarned, firstRight } = fleetFigures(result);
  assert.ok(result.typos >= 500, `enough typos (${result.typos})`);
  assert.ok(typosWarned >= 95, `typos warned ${typosWarned}% < 95%: ${result.misses.slice(0, 8).map((m) => `${m.typo} -> ${m.offered ?? 'nothing'}`).join(', ')}`);
  assert.ok(firstRight >= 90, `first suggestion right ${firstRight}% < 90%: ${result.misses.slice(0, 8).map((m) => `${m.typo} -> ${m.offered ?? 'nothing'}`).join(', ')}`);
});
