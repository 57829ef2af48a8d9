import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Catalog } from '../catalog';
import { checkValue } from '../../values';
import type { ParameterSpec } from '../types';

const catalog = Catalog.default();

function spec(key: string): ParameterSpec {
  const match = catalog.lookup(key);
  assert.ok(match, `${key} is known`);
  return match.spec;
}

function labels(key: string): Record<string, string> {
  const value = spec(key).value;
  assert.equal(value.kind, 'enum', `${key} is an enum`);
  return value.kind === 'enum' ? Object.fromEntries(value.values.map((v) => [v.value, v.label])) : {};
}

test('static.network.ip_address_mode is 0 IPv4, 1 IPv6, 2 both, and needs a reboot', () => {
  assert.deepEqual(labels('static.network.ip_address_mode'), { '0': 'IPv4', '1': 'IPv6', '2': 'IPv4 and IPv6' });
  assert.equal(spec('static.network.ip_address_mode').reboot, true);
  assert.ok(checkValue(spec('static.network.ip_address_mode').value, '3'), '3 is refused');
  assert.equal(catalog.lookup('network.ip_address_mode')?.spec.pattern, 'static.network.ip_address_mode');
});

test('the WAN port type is 0 DHCP, 1 PPPoE, 2 static, default DHCP', () => {
  assert.deepEqual(labels('static.network.internet_port.type'), { '0': 'DHCP', '1': 'PPPoE', '2': 'Static IP address' });
  assert.equal(spec('static.network.internet_port.type').default, '0');
});

test('voice_mail.number.X is known for every account', () => {
  assert.equal(spec('voice_mail.number.1').pattern, 'voice_mail.number.X');
  assert.equal(catalog.lookup('voice_mail.number.16')?.spec.pattern, 'voice_mail.number.X');
  assert.equal(catalog.lookup('voice_mail.number.17')?.indexes.X, 17, 'found, so YL006 can report the index');
});

test('DSS key type codes carry labels, the newer codes included', () => {
  for (const key of ['linekey.1.type', 'programablekey.3.type', 'memorykey.2.type', 'expansion_module.1.key.5.type']) {
    const codes = labels(key);
    assert.equal(codes['15'], 'Line', key);
    assert.equal(codes['16'], 'BLF', key);
    assert.equal(codes['47'], 'XML Phonebook', key);
    assert.equal(codes['61'], 'Directory', key);
    assert.equal(codes['37'], 'Switch (expansion module page)', key);
    assert.ok(Object.values(codes).every((label) => label.trim().length > 0), `${key}: every code has a label`);
  }
  assert.ok(checkValue(spec('linekey.1.type').value, '26'), 'an unlisted code is still refused');
});

test('a key line of 0 (Auto on V7x firmware) is accepted; 17 is not', () => {
  const value = spec('linekey.1.line').value;
  assert.equal(checkValue(value, '0'), undefined);
  assert.equal(checkValue(value, '16'), undefined);
  assert.ok(checkValue(value, '17'));
});

test('free-text entries that Yealink templates give values for are typed', () => {
  assert.equal(spec('static.syslog.log_level').value.kind, 'integer');
  assert.equal(spec('static.syslog.log_level').default, '3');
  assert.deepEqual(Object.keys(labels('account.1.shared_line')), ['0', '1', '2']);
  assert.deepEqual(Object.keys(labels('static.network.web_server_type')), ['0', '1', '2', '3']);
  assert.equal(checkValue(spec('static.network.lldp.packet_interval').value, '3601')?.problem !== undefined, true);
  assert.equal(checkValue(spec('static.network.vlan.dhcp_option').value, '132,133'), undefined);
});

test('DECT handsets: names, account lists and the default line (0 = Auto)', () => {
  assert.equal(spec('handset.3.name').pattern, 'handset.X.name');
  const lines = spec('handset.1.incoming_lines').value;
  assert.equal(checkValue(lines, '1,2, 5'), undefined);
  assert.ok(checkValue(lines, '1,x'));
  const defaultLine = spec('handset.1.dial_out_default_line').value;
  assert.equal(checkValue(defaultLine, '0'), undefined);
  assert.equal(spec('handset.1.name').indexes?.X.perModel, 'handsets');
});
