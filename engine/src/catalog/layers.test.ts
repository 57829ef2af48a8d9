import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Catalog, catalogLayers, generatedParameters } from './catalog';
import { compareNames, layerCatalog, patternShape, type GeneratedEntry, type GeneratedSource } from './layers';
import type { CatalogFamily } from './types';

const SOURCES: Record<string, GeneratedSource> = {
  V84: { title: 'Yealink V84 Common CFG template, o/r@1234567', firmware: 'V84', url: 'https://github.com/o/r/blob/1234567/common.cfg' },
  V70: { title: 'Yealink V70 phone parameters, o/s@7654321', firmware: 'V70', url: 'https://github.com/o/s/blob/7654321/phone.xml' },
};

const HAND: CatalogFamily[] = [
  {
    family: 'network',
    parameters: [
      { pattern: 'static.network.mode', value: { kind: 'text' }, reboot: true, description: 'Hand-written words.', source: { guide: 'AG84', page: '12' } },
      { pattern: 'account.X.label', indexes: { X: { min: 1, max: 16 } }, value: { kind: 'string', maxLength: 99 }, default: 'hand', description: 'Hand label.', source: { guide: 'AG84' } },
    ],
  },
];

const GENERATED: GeneratedEntry[] = [
  { pattern: 'static.network.mode', value: { kind: 'enum', values: [{ value: '0', label: 'IPv4' }, { value: '1', label: 'IPv6' }] }, default: '0', sources: [['V84', 10]] },
  { pattern: 'network.mode', value: { kind: 'bool' }, sources: [['V70', 3]] },
  { pattern: 'account.Y.label', indexes: { Y: { min: 1, max: 12 } }, value: { kind: 'text' }, default: 'generated', firmware: 'V83 and later', sources: [['V84', 20]] },
  { pattern: 'features.new_thing', section: 'Features', sources: [['V84', 30], ['V70', 4]] },
];

test('hand-written entries win field by field; the generated layer fills the gaps', () => {
  const { families, notes } = layerCatalog(HAND, GENERATED, SOURCES);
  const catalog = new Catalog(families);
  const mode = catalog.byPatternName('static.network.mode')?.spec;
  assert.equal(mode?.description, 'Hand-written words.');
  assert.equal(mode?.value.kind, 'enum', 'a hand "text" is a gap the generated kind fills');
  assert.equal(mode?.default, '0');
  assert.equal(mode?.reboot, true);
  assert.equal(mode?.source.guide, 'AG84');
  assert.ok(mode?.alsoIn?.some((source) => source.guide === 'V84' && source.line === 10));
  const label = catalog.byPatternName('account.X.label')?.spec;
  assert.equal(label?.default, 'hand', 'the hand-written default wins');
  assert.equal(label?.value.kind, 'string');
  assert.equal(label?.firmware, 'V83 and later', 'the same pattern with another index letter still layers');
  assert.ok(notes.some((note) => note.pattern === 'account.X.label' && note.field === 'default'));
});

test('unprefixed names become aliases of their static. successor, linked both ways', () => {
  const catalog = new Catalog(layerCatalog(HAND, GENERATED, SOURCES).families);
  const match = catalog.lookup('network.mode');
  assert.equal(match?.alias?.of, 'static.network.mode');
  assert.match(match?.alias?.note ?? '', /V70/);
  assert.deepEqual(catalog.aliasesOf('static.network.mode').map((alias) => alias.alias), ['network.mode']);
});

test('a generated entry alone says plainly where it is named and that it has no description', () => {
  const catalog = new Catalog(layerCatalog(HAND, GENERATED, SOURCES).families);
  const spec = catalog.byPatternName('features.new_thing')?.spec;
  assert.match(spec?.description ?? '', /^Named in the Yealink V84 Common CFG template \(section "Features"\) and in 1 other source file\. The catalog has no description/);
  assert.deepEqual(spec?.source, { guide: 'V84', page: 'section "Features"', line: 30 });
  assert.equal(spec?.value.kind, 'text');
});

test('the shipped layers: every generated name is recognised, patterns compare without their letters', () => {
  assert.equal(patternShape('account.X.sip_server.Y.address'), 'account.#.sip_server.#.address');
  const catalog = Catalog.default();
  const missing = generatedParameters()
    .map((entry) => entry.pattern.split('.').map((segment) => (/^[A-Z]$/.test(segment) ? '1' : segment)).join('.'))
    .filter((key) => !catalog.lookup(key));
  assert.deepEqual(missing, []);
  assert.ok(catalogLayers().families.length > 10);
});

test('every static. pattern without an unprefixed entry gets its unprefixed name as an alias', () => {
  const hand: CatalogFamily[] = [
    ...HAND,
    { family: 'nat', parameters: [{ pattern: 'static.network.static_nat.addr', value: { kind: 'text' }, description: 'NAT address.', source: { guide: 'AG84' } }] },
    { family: 'own', parameters: [{ pattern: 'account.X.own', indexes: { X: { min: 1, max: 2 } }, value: { kind: 'text' }, description: 'Own entry.', source: { guide: 'AG84' } }] },
  ];
  const generated: GeneratedEntry[] = [...GENERATED, { pattern: 'static.network.dns_list.mode', sources: [['V84', 40]] }, { pattern: 'static.account.X.own', indexes: { X: { min: 1, max: 2 } }, sources: [['V84', 41]] }];
  const catalog = new Catalog(layerCatalog(hand, generated, SOURCES).families);
  for (const [older, target] of [['network.static_nat.addr', 'static.network.static_nat.addr'], ['network.dns_list.mode', 'static.network.dns_list.mode']]) {
    const match = catalog.lookup(older);
    assert.equal(match?.alias?.of, target, older);
    assert.match(match?.alias?.note ?? '', /V7x\/V80 firmware/);
    assert.deepEqual(catalog.aliasesOf(target).map((alias) => alias.alias), [older]);
  }
  assert.equal(catalog.lookup('account.1.own')?.alias, undefined, 'an unprefixed entry of its own stays an entry');
  assert.deepEqual(catalog.aliasesOf('static.account.X.own'), []);
  assert.deepEqual(catalog.aliasesOf('static.network.mode').map((alias) => alias.alias), ['network.mode'], 'no second alias beside the generated one');
});

test('the shipped catalog accepts the unprefixed static names real fleets write', () => {
  const catalog = Catalog.default();
  for (const key of ['network.static_nat.enable', 'network.static_nat.addr']) {
    assert.equal(catalog.lookup(key)?.alias?.of, `static.${key}`, key);
  }
});

test('the codec names Yealink templates write with a capital G and their lower-case form are one setting, neither flagged', () => {
  const catalog = Catalog.default();
  for (const codec of ['G722_1_24kpbs', 'G722_1c_24kpbs', 'G722_1c_32kpbs', 'G722_1c_48kpbs']) {
    const lower = catalog.lookup(`account.1.codec.${codec.toLowerCase()}.enable`);
    const upper = catalog.lookup(`account.1.codec.${codec}.priority`);
    assert.equal(lower?.alias, undefined, codec);
    assert.equal(upper?.alias?.of, `account.X.codec.${codec.toLowerCase()}.priority`, codec);
  }
});

test('in a family moved under static., an unprefixed-only pattern answers to its static. name too', () => {
  const catalog = Catalog.default();
  assert.equal(catalog.lookup('static.syslog.ftp.post_mode')?.spec.pattern, catalog.lookup('syslog.ftp.post_mode')?.spec.pattern);
  assert.ok(catalog.lookup('static.syslog.ftp.post_mode'));
  // account.* was never moved under static., so static.account.1.enable stays unknown (a likely typo).
  assert.ok(catalog.lookup('account.1.enable'));
  assert.equal(catalog.lookup('static.account.1.enable'), undefined);
});

test('names sort as localeCompare sorts them: the shipped names, `_`, `-` and `.` beside digits, and other text', () => {
  const names = [...new Set(generatedParameters().flatMap((entry) => [entry.pattern, entry.pattern.split('.')[0]]))];
  names.push('a_b', 'a1', 'ab', 'a', 'a_', 'a0b', 'z9', 'z_9', 'a.b', 'a-b', 'a.1', 'a-_', 'account.X.y', 'Account.1', 'ä.b', 'a b', '');
  const byLocale = (a: string, b: string): number => a.localeCompare(b);
  assert.deepEqual([...names].sort(compareNames), [...names].sort(byLocale));
  const alphabet = 'az09._-';
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const word = (): string => Array.from({ length: 1 + Math.floor(next() * 5) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
  for (let i = 0; i < 5000; i++) {
    const a = word();
    const b = word();
    assert.equal(Math.sign(compareNames(a, b)), Math.sign(a.localeCompare(b)), `${a} vs ${b}`);
  }
});
