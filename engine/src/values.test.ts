import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkValue, describeKind, labelOfValue } from './values';
import type { ValueKind } from './catalog/types';

const transport: ValueKind = {
  kind: 'enum',
  values: [
    { value: '0', label: 'UDP' },
    { value: '2', label: 'TLS' },
  ],
};

test('empty and %NULL% are always accepted', () => {
  for (const kind of [transport, { kind: 'ipv4' } as ValueKind, { kind: 'integer', min: 1, max: 2 } as ValueKind]) {
    assert.equal(checkValue(kind, ''), undefined);
    assert.equal(checkValue(kind, '%NULL%'), undefined);
  }
});

test('bool accepts 0 and 1 only', () => {
  assert.equal(checkValue({ kind: 'bool' }, '1'), undefined);
  assert.deepEqual(checkValue({ kind: 'bool' }, 'yes')?.replacements, ['0', '1']);
});

test('enum offers the value whose label or case matches', () => {
  assert.equal(checkValue(transport, '2'), undefined);
  assert.deepEqual(checkValue(transport, 'tls')?.replacements, ['2']);
  assert.match(checkValue(transport, '7')?.allowed ?? '', /0 \(UDP\), 2 \(TLS\)/);
});

test('integers: sign, range, and non-numbers', () => {
  const kind: ValueKind = { kind: 'integer', min: -11, max: 12 };
  assert.equal(checkValue(kind, '+8'), undefined);
  assert.equal(checkValue(kind, '-11'), undefined);
  assert.match(checkValue(kind, '13')?.problem ?? '', /out of range/);
  assert.match(checkValue(kind, '1.5')?.problem ?? '', /not a whole number/);
});

test('floats, IPv4, hosts, URLs and times', () => {
  assert.equal(checkValue({ kind: 'float', min: 2.5, max: 60 }, '2.5'), undefined);
  assert.ok(checkValue({ kind: 'float', min: 2.5, max: 60 }, '1'));
  assert.equal(checkValue({ kind: 'ipv4' }, '10.0.0.1'), undefined);
  assert.ok(checkValue({ kind: 'ipv4' }, '10.0.0.256'));
  assert.equal(checkValue({ kind: 'host' }, 'pbx.example.com:5060'), undefined);
  assert.equal(checkValue({ kind: 'host' }, 'fe80::1'), undefined);
  assert.ok(checkValue({ kind: 'host' }, 'bad host'));
  assert.equal(checkValue({ kind: 'url' }, 'https://prov.example.com/cfg/'), undefined);
  assert.equal(checkValue({ kind: 'url' }, 'tftp://10.0.0.1'), undefined);
  assert.ok(checkValue({ kind: 'url' }, 'not a url'));
});

test('hosts and URLs: malformed IPv6, out-of-range IPv4 and ports 0 or over 65535 are refused', () => {
  for (const bad of [':::::', '999.999.999.999', '10.0.0.1:0', 'pbx.example.com:99999', 'pbx.example.com:', '[fe80::1', '[::1]:0', '1.2.3']) {
    assert.ok(checkValue({ kind: 'host' }, bad), bad);
  }
  for (const good of ['10.0.0.1:5060', '[fe80::1]:5061', '::1', 'fe80::1%eth0', 'sip-1.example.com', 'pbx:65535']) {
    assert.equal(checkValue({ kind: 'host' }, good), undefined, good);
  }
  for (const bad of ['http://999.999.999.999/cfg', 'https://prov.example.com:0/', 'tftp://:::::/', 'https://a b/', 'http://host:99999']) {
    assert.ok(checkValue({ kind: 'url' }, bad), bad);
  }
  for (const good of ['https://user:pw@prov.example.com:8443/cfg/?x=1', 'http://[fe80::1]:8080/a', 'file:///srv/tftp', 'prov.example.com/cfg']) {
    assert.equal(checkValue({ kind: 'url' }, good), undefined, good);
  }
  assert.equal(checkValue({ kind: 'time' }, '07:45'), undefined);
  assert.ok(checkValue({ kind: 'time' }, '24:00'));
});

test('strings: exact lengths, maximum length and charset', () => {
  const aesKey: ValueKind = { kind: 'string', lengths: [16, 32], charset: '0-9A-Za-z#$%*+,\\-.:=?@\\[\\]^_{}~' };
  assert.equal(checkValue(aesKey, 'ljB7jiDIQQ7XD888'), undefined);
  assert.match(checkValue(aesKey, 'short')?.problem ?? '', /5 characters/);
  assert.match(checkValue(aesKey, 'ljB7jiDIQQ7XD88!')?.problem ?? '', /"!"/);
  assert.ok(checkValue({ kind: 'string', maxLength: 3 }, 'abcd'));
});

test('lists check every item', () => {
  const kind: ValueKind = { kind: 'list', item: { kind: 'integer', min: 1, max: 255 } };
  assert.equal(checkValue(kind, '66,43'), undefined);
  assert.match(checkValue(kind, '66,300')?.problem ?? '', /item 300 is out of range/);
});

test('describes kinds and labels single values', () => {
  assert.equal(describeKind({ kind: 'string', maxLength: 32, charset: ' -~' }), 'at most 32 characters made of printable ASCII characters');
  assert.equal(describeKind({ kind: 'string', charset: '0-9|' }), 'text made of the characters [0-9|]');
  assert.equal(describeKind({ kind: 'integer', min: 1, max: 4094 }), 'a whole number from 1 to 4094');
  assert.equal(labelOfValue(transport, '2'), 'TLS');
  assert.equal(labelOfValue({ kind: 'bool', off: 'Off', on: 'On' }, '1'), 'On');
  assert.match(labelOfValue(transport, '%NULL%') ?? '', /empty/);
});
