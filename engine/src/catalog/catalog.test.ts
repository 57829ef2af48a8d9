import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Catalog, ownCopy } from './catalog';
import { editDistance, NameSuggester } from './suggest';
import type { CatalogFamily } from './types';

const family: CatalogFamily = {
  family: 'sample',
  parameters: [
    {
      pattern: 'account.X.enable',
      indexes: { X: { min: 1, max: 16, perModel: 'accounts' } },
      value: { kind: 'bool' },
      description: 'd',
      source: { guide: 'AG84' },
    },
    {
      pattern: 'account.X.sip_server.Y.address',
      indexes: { X: { min: 1, max: 16 }, Y: { min: 1, max: 2 } },
      value: { kind: 'host' },
      description: 'd',
      source: { guide: 'AG84' },
    },
    {
      pattern: 'static.network.internet_port.type',
      value: { kind: 'enum', values: [{ value: '0', label: 'DHCP' }] },
      description: 'd',
      source: { guide: 'AG84' },
    },
    { pattern: 'lang.gui', value: { kind: 'text' }, description: 'd', source: { guide: 'AG84' } },
  ],
  aliases: [
    { alias: 'network.internet_port.type', of: 'static.network.internet_port.type' },
    { alias: 'missing.name', of: 'no.such.pattern' },
  ],
};

test('finds the entry for concrete keys and reports the index numbers', () => {
  const catalog = new Catalog([family]);
  const match = catalog.lookup('account.3.sip_server.2.address');
  assert.equal(match?.spec.pattern, 'account.X.sip_server.Y.address');
  assert.deepEqual(match?.indexes, { X: 3, Y: 2 });
  assert.deepEqual(match?.numbers, [3, 2]);
  assert.deepEqual(match?.entry.ranges, [{ min: 1, max: 16 }, { min: 1, max: 2 }]);
  assert.equal(match?.plainNumbers, true);
  assert.equal(catalog.lookup('account.3.enable')?.spec.pattern, 'account.X.enable');
  assert.equal(catalog.lookup('lang.gui')?.spec.pattern, 'lang.gui');
});

test('unknown keys, partial keys and non-numeric indexes find nothing', () => {
  const catalog = new Catalog([family]);
  assert.equal(catalog.lookup('account.3'), undefined);
  assert.equal(catalog.lookup('account.x.enable'), undefined);
  assert.equal(catalog.lookup('account.1.enable.more'), undefined);
  assert.equal(catalog.lookup('lang'), undefined);
  assert.equal(catalog.lookup(''), undefined);
});

test('an alias resolves to its target and says it is an alias', () => {
  const catalog = new Catalog([family]);
  const match = catalog.lookup('network.internet_port.type');
  assert.equal(match?.spec.pattern, 'static.network.internet_port.type');
  assert.equal(match?.alias?.alias, 'network.internet_port.type');
});

test('records aliases without a target and patterns that collide', () => {
  const twice: CatalogFamily = { family: 'again', parameters: [family.parameters[0]] };
  const catalog = new Catalog([family, twice]);
  assert.deepEqual(catalog.danglingAliases.map((a) => a.alias), ['missing.name']);
  assert.deepEqual(catalog.conflicts, [{ pattern: 'account.X.enable', existing: 'account.X.enable' }]);
});

test('extra patterns from settings become known text parameters', () => {
  const catalog = new Catalog([family], ['custom.X.value']);
  assert.equal(catalog.lookup('custom.7.value')?.entry.family, 'user');
});

test('withExtraPatterns extends the catalog it was built from, not the shipped one, and keeps earlier extras', () => {
  const base = new Catalog([family], ['custom.X.value']);
  const extended = base.withExtraPatterns(['site.Y.name']);
  assert.equal(extended.lookup('site.2.name')?.entry.family, 'user');
  assert.equal(extended.lookup('custom.7.value')?.entry.family, 'user');
  assert.ok(extended.lookup('account.1.enable'));
  assert.equal(extended.entries.length, base.entries.length + 1);
  assert.ok(Catalog.default().lookup('static.auto_provision.server.url'));
  assert.equal(extended.lookup('static.auto_provision.server.url'), undefined, 'nothing from the shipped catalog');
  assert.equal(base.withExtraPatterns([]), base);
});

test('suggests the closest names, keeping the key numbers', () => {
  const suggester = new NameSuggester(new Catalog([family]));
  assert.deepEqual(suggester.suggest('acount.3.enable'), ['account.3.enable']);
  assert.equal(suggester.suggest('account.2.sip_sever.1.address')[0], 'account.2.sip_server.1.address');
  assert.equal(suggester.suggest('Lang.GUI')[0], 'lang.gui');
  assert.deepEqual(suggester.suggest('zzzzzzzzzzzzzzzzzzzzzz'), []);
});

test('edit distance counts transpositions once and stops past the limit', () => {
  assert.equal(editDistance('enalbe', 'enable', 3), 1);
  assert.equal(editDistance('abc', 'abc', 1), 0);
  assert.equal(editDistance('abcdef', 'uvwxyz', 2), 3);
});

test('an index with a leading zero or more digits than a double holds is not written plainly', () => {
  const catalog = new Catalog([family]);
  assert.equal(catalog.lookup('account.0.enable')?.plainNumbers, true);
  assert.equal(catalog.lookup('account.10.enable')?.plainNumbers, true);
  assert.equal(catalog.lookup('account.03.enable')?.plainNumbers, false);
  assert.deepEqual(catalog.lookup('account.03.enable')?.numbers, [3]);
  assert.equal(catalog.lookup('account.1.sip_server.02.address')?.plainNumbers, false);
  assert.equal(catalog.lookup('account.12345678901234567890.enable')?.plainNumbers, false);
});

test('every spec has one object shape, whatever fields its data wrote, and keeps its values', () => {
  const catalog = new Catalog([family]);
  const [withIndexes, , withoutIndexes] = catalog.entries.map((entry) => entry.spec);
  assert.deepEqual(Object.keys(withIndexes), Object.keys(withoutIndexes));
  assert.equal(withoutIndexes.indexes, undefined);
  assert.equal(withIndexes.indexes, family.parameters[0].indexes);
  assert.equal(withIndexes.value, family.parameters[0].value);
});

test('short runs of small index numbers are one frozen array for every key that has them', () => {
  const one = new Catalog([family]);
  const other = new Catalog([family]);
  const numbers = one.lookup('account.3.enable')?.numbers;
  assert.deepEqual(numbers, [3]);
  assert.equal(other.lookup('account.3.enable')?.numbers, numbers);
  assert.ok(Object.isFrozen(numbers));
  assert.deepEqual(one.lookup('account.3.sip_server.2.address')?.numbers, [3, 2]);
  assert.notEqual(one.lookup('account.3.sip_server.2.address')?.numbers, one.lookup('account.2.sip_server.3.address')?.numbers);
  assert.deepEqual(one.lookup('account.5000.enable')?.numbers, [5000]);
  assert.deepEqual(one.lookup('lang.gui')?.numbers, []);
});

test('ownCopy gives the same text, of any characters', () => {
  for (const text of ['', 'account.1.enable', 'naïve ÿ', 'curly “quotes” and €', '😀']) {
    assert.equal(ownCopy(text), text);
    assert.equal(ownCopy(`x${text}y`.slice(1, -1)), text);
  }
});
