import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  foldName,
  parsePrimevox,
  parseSipxLabels,
  parseSipxModel,
  parseSipxTypes,
  parseTemplate,
  readComment,
  readDefault,
  readValueList,
  readValueRange,
} from './catalog-import-parse';
import { mergeAll, oneSlipApart } from './catalog-import-merge';
import type { PinnedFile } from './catalog-import-sources';

test('names fold to patterns: numbers and placeholders become X, Y in order', () => {
  assert.deepEqual(foldName('account.1.sip_server.2.address'), { pattern: 'account.X.sip_server.Y.address', numbers: [1, 2] });
  assert.deepEqual(foldName('static.wifi.x.eap_password'), { pattern: 'static.wifi.X.eap_password', numbers: [undefined] });
  assert.equal(foldName('linekey.%d.type')?.pattern, 'linekey.X.type');
  assert.equal(foldName('expansion_module.*.key.Y.label')?.pattern, 'expansion_module.X.key.Y.label');
  assert.equal(foldName('account.{{ line }}.codec.G722.enable')?.pattern, 'account.X.codec.g722.enable');
  assert.equal(foldName('syslog'), undefined, 'a name without a dot is not a parameter');
  assert.equal(foldName('bad name.x y'), undefined);
});

test('comment blocks: value lists with labels, defaults, ranges, reboot, models, firmware', () => {
  const list = readValueList('Configure the WAN port type; 0-DHCP (default), 1-PPPoE, 2-Static IP Address; Require reboot;');
  assert.deepEqual(list, {
    values: [
      { value: '0', label: 'DHCP' },
      { value: '1', label: 'PPPoE' },
      { value: '2', label: 'Static IP Address' },
    ],
    default: '0',
  });
  // "3-level" is a word, not a list item: lists count up.
  assert.deepEqual(readValueList('Enable the 3-level permissions; 0-Disabled (default), 1-Enabled;')?.values.map((v) => v.value), ['0', '1']);
  // A list of two or more may name its values out of order.
  assert.deepEqual(readValueList('Specify whether to encrypt; 0-Disabled, 2-Forced, 1-Negotiated;')?.values.map((v) => v.value), ['0', '2', '1']);
  // A long explanation is not carried as a label.
  assert.equal(readValueList('0-The package is not treated and forwarded directly, 1-Tag')?.values[0].label, 'value 0');
  assert.deepEqual(readValueRange('It ranges from 0 (default) to 2000.'), { min: 0, max: 2000, default: '0' });
  assert.deepEqual(readValueRange('Integer from 0 to 6'), { min: 0, max: 6 });
  assert.equal(readValueRange('Frequency ranges from 200 to 7000'), undefined, 'only "it/value ranges" describe the value');
  assert.equal(readDefault('The default value is 3.It takes effect after a reboot.'), '3');
  assert.equal(readDefault('The default value is blank.'), '');
  const facts = readComment([
    '##V83 Add',
    '##It configures the interval (in seconds). It ranges from 1 to 300, the default value is 10.',
    '##It takes effect after a reboot. X ranges from 1 to 5.',
    '##Only T48G/S Models support the parameter',
  ]);
  assert.deepEqual(facts.kind, { kind: 'integer', min: 1, max: 300, unit: 'seconds' });
  assert.equal(facts.default, '10');
  assert.equal(facts.reboot, true);
  assert.deepEqual(facts.models, ['T48G', 'S']);
  assert.equal(facts.firmware, 'V83');
  assert.deepEqual(facts.ranges, { X: { min: 1, max: 5 } });
  assert.deepEqual(readComment(['#Enable or disable it; 0-Disabled, 1-Enabled (default);']).kind, { kind: 'bool' });
  assert.deepEqual(readComment(['#0-Fixed, 1-Adaptive (default);']).kind, { kind: 'bool', off: 'Fixed', on: 'Adaptive' });
});

test('templates: blocks apply to the run of keys below; values only when the run is one name', () => {
  const text = [
    '#!version:1.0.0.1',
    '##account.X.*:(T46S: X ranges from 1 to 16. T21(P) E2: X ranges from 1 to 2.)##',
    '#######################################################################################',
    '##                                    Voice                                          ##',
    '#######################################################################################',
    '#Enable or disable VAD; 0-Disabled (default), 1-Enabled;',
    'voice.vad = 0',
    '',
    '#Configure the delays. Require reboot; The default values are 0, 300.',
    'voice.jib.min = 0',
    'voice.jib.max = 300',
    '',
    '##static.wifi.X.ssid=',
    '##(X ranges from 1 to 5)',
    '',
    'static.wifi.1.ssid =',
    '',
    'account.1.label =',
    'account.2.label =',
    '',
    '##V84 SP4 ADD',
    'static.network.wifi.preference =',
  ].join('\n');
  const facts = parseTemplate(text);
  const of = (pattern: string) => facts.filter((f) => f.pattern === pattern);
  assert.deepEqual(of('voice.vad')[0].kind, { kind: 'bool' });
  assert.equal(of('voice.vad')[0].default, '0');
  assert.equal(of('voice.vad')[0].section, 'Voice');
  assert.equal(of('voice.jib.min')[0].reboot, true, 'a reboot note covers the whole run');
  assert.equal(of('voice.jib.min')[0].default, undefined, 'a default for several names is not given to one');
  assert.equal(of('static.wifi.X.ssid').length, 2, 'the commented name and the active one');
  assert.ok(of('static.wifi.X.ssid').every((f) => f.ranges?.[0]?.max === 5));
  assert.deepEqual(of('account.X.label')[0].ranges, [{ min: 1, max: 16 }], 'the file header gives account.X its range');
  assert.deepEqual(of('account.X.label').map((f) => f.numbers[0]), [1, 2]);
  assert.equal(of('static.network.wifi.preference')[0].firmware, 'V84 SP4');
});

const SIPX_TYPES = `
<type id="WANAddress_type"><enum><option><value>0</value></option><option><value>1</value></option><option><value>2</value></option></enum></type>
<type id="tone_type"><enum><option>0</option><option>1</option></enum></type>`;
const SIPX_LABELS = 'type.WANAddress_type.0=DHCP\ntype.WANAddress_type.1=PPPoE\ntype.WANAddress_type.2=Static IP\ntype.tone_type.0=Off\ntype.tone_type.1=Beep';

test('sipXyealink XML: types with labels, profile names, collections, the line prefix', () => {
  const types = parseSipxTypes(SIPX_TYPES, parseSipxLabels(SIPX_LABELS));
  assert.deepEqual(types.get('WANAddress_type'), {
    kind: 'enum',
    values: [
      { value: '0', label: 'DHCP' },
      { value: '1', label: 'PPPoE' },
      { value: '2', label: 'Static IP' },
    ],
  });
  assert.deepEqual(types.get('tone_type'), { kind: 'bool', off: 'Off', on: 'Beep' });
  const phone = parseSipxModel(
    `<model>
    <group name="network">
      <!--// Configure the WAN port type; 0-DHCP (default), 1-PPPoE, 2-Static IP Address; Require reboot;  //-->
      <setting name="network.internet_port.type"><type refid="WANAddress_type"/><value>2</value></setting>
      <!--// It ranges from 0 to 63, the default value is 46. Require reboot; //-->
      <setting name="network.qos.rtptos"><type><integer min="0" max="63"/></type><value>40</value></setting>
    </group>
    <group name="display">
      <setting name="level_t2x"><profileName>phone_setting.level</profileName><type><boolean/></type></setting>
    </group>
    <collection name="handset" size="5"><setting name="name"><type><string/></type></setting></collection>
    </model>`,
    types,
  );
  const by = new Map(phone.map((f) => [f.pattern, f]));
  assert.equal(by.get('network.internet_port.type')?.kindFrom, 'typed');
  assert.equal(by.get('network.internet_port.type')?.default, '0', 'the comment gives the default, not sipXyealink\'s own <value>');
  assert.equal(by.get('network.internet_port.type')?.reboot, true);
  assert.deepEqual(by.get('network.qos.rtptos')?.kind, { kind: 'integer', min: 0, max: 63 });
  assert.equal(by.get('network.qos.rtptos')?.default, '46');
  assert.deepEqual(by.get('phone_setting.level')?.kind, { kind: 'bool' });
  assert.ok(by.has('handset.X.name'));
  const line = parseSipxModel('<model><setting name="sip_server_host"><type><string/></type></setting><setting name="voice_mail.number"/></model>', types, 'account.X.');
  assert.deepEqual(line.map((f) => f.pattern), ['account.X.sip_server_host', 'voice_mail.number.X']);
  // Names only: the model's own types are skipped, Yealink's comment still types the value.
  const untyped = parseSipxModel(
    `<model>
      <setting name="wifi.vlan_enable"><type><boolean/></type></setting>
      <!--// Configure the WAN port type; 0-DHCP (default), 1-PPPoE, 2-Static IP Address; Require reboot;  //-->
      <setting name="network.internet_port.type"><type refid="WANAddress_type"/></setting>
    </model>`,
    types,
    '',
    { typed: false },
  );
  assert.equal(untyped[0].kind, undefined);
  assert.equal(untyped[1].kindFrom, 'comment');
  assert.deepEqual(untyped[1].kind && 'values' in untyped[1].kind ? untyped[1].kind.values.map((v) => v.value) : [], ['0', '1', '2']);
  assert.equal(untyped[1].reboot, true);
});

test('PrimeVOX entries: names and value labels', () => {
  const facts = parsePrimevox('\t\tload_device_default($con,$device_counter,"Network","Mode","Configures the mode","network.ip_address_mode",1,"0","IPv4","1","IPv6","2","IPv4 & IPv6");');
  assert.equal(facts[0].pattern, 'network.ip_address_mode');
  assert.equal(facts[0].kindFrom, 'labels');
  assert.deepEqual(facts[0].kind, { kind: 'enum', values: [{ value: '0', label: 'IPv4' }, { value: '1', label: 'IPv6' }, { value: '2', label: 'IPv4 & IPv6' }] });
});

const file = (tag: string, rank: number, format: PinnedFile['format'] = 'template'): PinnedFile => ({
  tag,
  repo: 'o/r',
  commit: '0'.repeat(40),
  path: `${tag}.cfg`,
  format,
  title: tag,
  firmware: `V${rank}`,
  rank,
  yealink: true,
});

test('merging: typed kind wins, newest default wins, reboot from any source, index runs fold', () => {
  const old = file('OLD', 70, 'sipx-phone');
  const v80 = file('V80', 80);
  const v84 = file('V84', 84);
  const { entries, conflicts } = mergeAll([
    { file: old, fact: { pattern: 'a.b', numbers: [], line: 1, commented: false, kind: { kind: 'enum', values: [{ value: '0', label: 'A' }, { value: '1', label: 'B' }, { value: '2', label: 'C' }] }, kindFrom: 'typed', default: '1', reboot: true } },
    { file: v80, fact: { pattern: 'a.b', numbers: [], line: 5, commented: false, kind: { kind: 'bool' }, kindFrom: 'comment', default: '2' } },
    { file: v84, fact: { pattern: 'a.b', numbers: [], line: 9, commented: false } },
    ...[1, 2, 3].map((n) => ({ file: v84, fact: { pattern: 'key.X.label', numbers: [n], line: n, commented: false } })),
    { file: v84, fact: { pattern: 'lone.X.name', numbers: [1], line: 20, commented: false } },
    ...[1, 2].map((n) => ({ file: v84, fact: { pattern: 'handset.X.ipui', numbers: [n], line: 40 + n, commented: false } })),
    { file: v80, fact: { pattern: 'c.d', numbers: [], line: 30, commented: false, kind: { kind: 'integer', min: 0, max: 5 }, kindFrom: 'comment' } },
  ]);
  const by = new Map(entries.map((e) => [e.pattern, e]));
  const ab = by.get('a.b');
  assert.equal(ab?.value?.kind, 'enum', 'the typed schema wins for the kind');
  assert.equal(ab?.default, '2', 'the newest firmware wins for the default');
  assert.equal(ab?.reboot, true, 'a reboot note from any Yealink source counts');
  assert.deepEqual(ab?.sources.map(([tag]) => tag), ['V84', 'V80', 'OLD'], 'newest source first');
  assert.ok(conflicts.some((c) => c.pattern === 'a.b' && c.field === 'value'));
  assert.ok(conflicts.some((c) => c.pattern === 'a.b' && c.field === 'default'));
  assert.deepEqual(by.get('key.X.label')?.indexes, { X: { min: 1, max: 9999, open: true } }, 'a run of indexes written is no stated limit: open');
  assert.deepEqual(by.get('lone.X.name')?.indexes, { X: { min: 1, max: 9999, open: true } }, 'one number and no stated range: open');
  // No template states a handset range; the hand-written DECT entries' range (per base model) applies.
  assert.deepEqual(by.get('handset.X.ipui')?.indexes, { X: { min: 1, max: 250, perModel: 'handsets' } }, 'handsets: the hand-written range');
  assert.equal(by.get('c.d')?.certainty, 'template', 'a kind from one template comment only');
});

test('a name one source writes one slip away from a common name is left out as a slip', () => {
  assert.equal(oneSlipApart('lable', 'label'), true);
  assert.equal(oneSlipApart('ccount', 'account'), true);
  assert.equal(oneSlipApart('w53h', 'w52h'), false, 'another digit is another model');
  assert.equal(oneSlipApart('label', 'label'), false);
  const v80 = file('V80', 80);
  const v84 = file('V84', 84);
  const { entries, conflicts } = mergeAll([
    { file: v80, fact: { pattern: 'linekey.X.lable', numbers: [1], line: 1, commented: false } },
    { file: v80, fact: { pattern: 'linekey.X.label', numbers: [1], line: 2, commented: false } },
    { file: v84, fact: { pattern: 'linekey.X.label', numbers: [1], line: 3, commented: false } },
  ]);
  assert.deepEqual(entries.map((e) => e.pattern), ['linekey.X.label']);
  assert.ok(conflicts.some((c) => c.field === 'name' && c.pattern === 'linekey.X.lable'));
});

test('a slip combined with a missing static. prefix is a slip too', () => {
  const v80 = file('V80', 80);
  const v84 = file('V84', 84);
  const { entries, conflicts } = mergeAll([
    { file: v80, fact: { pattern: 'auto_provision.weekly.enalbe', numbers: [], line: 1, commented: false } },
    { file: v80, fact: { pattern: 'static.auto_provision.weekly.enable', numbers: [], line: 2, commented: false } },
    { file: v84, fact: { pattern: 'static.auto_provision.weekly.enable', numbers: [], line: 3, commented: false } },
    { file: v84, fact: { pattern: 'auto_provision.weekly.mask', numbers: [], line: 4, commented: false } },
    { file: v80, fact: { pattern: 'wui.http_enable', numbers: [], line: 5, commented: false } },
    { file: v84, fact: { pattern: 'static.wui.http_enable', numbers: [], line: 6, commented: false } },
    { file: v84, fact: { pattern: 'static.wui.https_enable', numbers: [], line: 7, commented: false } },
    { file: v84, fact: { pattern: 'static.wui.https_enable', numbers: [], line: 8, commented: false } },
  ]);
  assert.deepEqual(entries.map((e) => e.pattern), ['auto_provision.weekly.mask', 'static.auto_provision.weekly.enable', 'static.wui.http_enable', 'static.wui.https_enable', 'wui.http_enable'], 'a name whose other form exists is that name, not a slip');
  assert.ok(conflicts.some((c) => c.field === 'name' && c.pattern === 'auto_provision.weekly.enalbe' && c.settled.includes('static.auto_provision.weekly.enable')));
});
