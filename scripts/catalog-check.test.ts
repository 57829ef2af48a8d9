import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkCatalog } from './catalog-check';
import type { CatalogFamily } from '../engine/src/catalog/types';

test('the shipped catalog passes every check', () => {
  const report = checkCatalog();
  assert.deepEqual(report.problems, []);
  assert.ok(report.total >= 1600, `at least 1,600 patterns with the generated layer (has ${report.total})`);
  assert.ok(report.typed >= 900, `at least 900 with a value kind better than free text (has ${report.typed})`);
  assert.equal(report.withoutSource, 0);
});

test('each kind of problem is caught', () => {
  const broken: CatalogFamily = {
    family: 'broken',
    parameters: [
      { pattern: 'a.X.b', value: { kind: 'bool' }, default: '2', description: 'A test entry.', source: { guide: 'NOPE' } },
      { pattern: 'a.Y.b', indexes: { Y: { min: 1, max: 2 } }, value: { kind: 'text' }, description: 'Same keys.', source: { guide: 'FORMAT' } },
      { pattern: 'c.Mixed', value: { kind: 'enum', values: [{ value: '1', label: '' }] }, models: ['T99'], description: 'x', source: { guide: 'FORMAT' } },
    ],
    aliases: [{ alias: 'old.name', of: 'missing.pattern' }],
  };
  const problems = checkCatalog([broken]).problems.join('\n');
  for (const expected of [
    /index X has no range/,
    /default "2" is not permitted/,
    /unknown source tag NOPE/,
    /a\.Y\.b matches the same keys as a\.X\.b/,
    /pattern segments must be lower-case/,
    /enum value 1 has no label/,
    /unknown model or series T99/,
    /description missing or too short/,
    /alias old\.name points to missing\.pattern/,
  ]) {
    assert.match(problems, expected);
  }
});
