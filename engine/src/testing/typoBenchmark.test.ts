import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Catalog } from '../catalog/catalog';
import { catalogNames, figures, fleetKeys, runTypoBenchmark, seededTypos } from './typoBenchmark';

test('the typo benchmark meets issue 8 targets on the shipped catalog', () => {
  const catalog = Catalog.default();
  const result = runTypoBenchmark(catalog, fleetKeys());
  const { validFlagged, typosWarned, firstRight } = figures(result);
  assert.ok(result.typos > 1000, `enough typos to measure (${result.typos})`);
  assert.ok(result.validNames > 1000, `enough valid names to measure (${result.validNames})`);
  assert.ok(validFlagged <= 2, `valid names flagged ${validFlagged}% > 2%: ${result.validFlagged.slice(0, 10).map((v) => `${v.name} -> ${v.offered}`).join(', ')}`);
  assert.ok(typosWarned >= 95, `typos warned ${typosWarned}% < 95%`);
  assert.ok(firstRight >= 90, `first suggestion right ${firstRight}% < 90%: ${result.misses.slice(0, 10).map((m) => `${m.typo} -> ${m.offered}`).join(', ')}`);
});

test('the real typos whose intended name the catalog knows are warned with the right rename', () => {
  const result = runTypoBenchmark(Catalog.default(), []);
  const realMisses = result.misses.filter((miss) => miss.mutation === 'real');
  assert.deepEqual(realMisses, []);
  assert.deepEqual(result.realTyposInCatalog.map((typo) => typo.typo), [], 'no real typo is held as a catalog name (the importer leaves template slips out)');
});

test('the same seed gives the same typos; every mutation kind is present', () => {
  const catalog = Catalog.default();
  const names = catalogNames(catalog);
  assert.deepEqual(seededTypos(catalog, names, 3), seededTypos(catalog, names, 3));
  assert.notDeepEqual(seededTypos(catalog, names, 3), seededTypos(catalog, names, 4));
  const kinds = new Set(seededTypos(catalog, names).map((typo) => typo.mutation));
  assert.deepEqual([...kinds].sort(), ['double', 'drop', 'lost dot', 'replace', 'swap']);
  for (const typo of seededTypos(catalog, names)) assert.equal(catalog.lookup(typo.typo), undefined, typo.typo);
});
