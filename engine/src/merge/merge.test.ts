import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repeatIdentity } from '../catalog/canonical';
import { Catalog } from '../catalog/catalog';
import { sampleCatalog } from '../testing/sampleCatalog';
import { merge } from './merge';

const H = '#!version:1.0.0.1\n';
const common = { file: 'y000000000066.cfg', text: `${H}lang.gui = English\naccount.1.label = Common\nnetwork.vlan.internet_port_enable = 0\nsecurity.user_password = admin:one\nsecurity.user_password = user:u1\n` };
const mac = { file: '001565aabbcc.cfg', text: `${H}account.1.label = Bob\nsecurity.user_password = admin:two\naccount.1.display_name =\n` };
const local = { file: '001565aabbcc-local.cfg', text: `${H}account.1.label = Bobby\nlang.gui = %NULL%\n` };

test('later files win, with provenance and the overridden values in order', () => {
  const result = merge([common, mac, local], { catalog: sampleCatalog });
  const label = result.entries.find((e) => e.key === 'account.1.label')!;
  assert.equal(label.value, 'Bobby');
  assert.deepEqual(label.source, { file: '001565aabbcc-local.cfg', line: 2 });
  assert.deepEqual(label.overridden, [
    { value: 'Common', source: { file: 'y000000000066.cfg', line: 3 } },
    { value: 'Bob', source: { file: '001565aabbcc.cfg', line: 2 } },
  ]);
  assert.equal(result.overriddenCount, 3);
  assert.deepEqual(result.files.map((f) => [f.file, f.kind, f.settings, f.effective]), [
    ['y000000000066.cfg', 'common', 5, 2],
    ['001565aabbcc.cfg', 'mac', 3, 2],
    ['001565aabbcc-local.cfg', 'mac-local', 2, 2],
  ]);
});

test('each key once, in first-seen order', () => {
  const result = merge([common, mac, local], { catalog: sampleCatalog });
  assert.deepEqual(result.entries.map((e) => e.id), [
    'lang.gui',
    'account.1.label',
    'network.vlan.internet_port_enable',
    'security.user_password:admin',
    'security.user_password:user',
    'account.1.display_name',
  ]);
});

test('user passwords merge per user name', () => {
  const result = merge([common, mac], { catalog: sampleCatalog });
  const pw = result.entries.filter((e) => e.key === 'security.user_password');
  assert.deepEqual(pw.map((e) => e.value), ['admin:two', 'user:u1']);
  assert.equal(pw[0].overridden[0].value, 'admin:one');
  const spec = (key: string) => sampleCatalog.lookup(key)?.spec;
  assert.equal(repeatIdentity('static.security.user_password', 'var:x:y', spec('static.security.user_password')), 'static.security.user_password:var');
  assert.equal(repeatIdentity('account.1.label', 'a:b', spec('account.1.label')), 'account.1.label');
});

test('empty values and %NULL% are values that override', () => {
  const result = merge([common, mac, local], { catalog: sampleCatalog });
  const lang = result.entries.find((e) => e.key === 'lang.gui')!;
  assert.equal(lang.value, '%NULL%');
  assert.equal(lang.effect, 'null');
  const blank = merge([{ file: 'y000000000066.cfg', text: `${H}a.b = 1\n` }, { file: '001565aabbcc.cfg', text: `${H}a.b =\n` }]);
  assert.equal(blank.entries[0].value, '');
  assert.equal(blank.entries[0].effect, 'keep-current');
  assert.equal(blank.entries[0].overridden[0].value, '1');
});

test("a boot file's overwrite_mode = 1 turns blank values into factory defaults; the boot adds no entries", () => {
  const boot = { file: 'y000000000000.boot', text: `${H}include:config "y000000000066.cfg"\ninclude:config "001565aabbcc.cfg"\noverwrite_mode = 1\n` };
  const result = merge([boot, common, mac]);
  assert.deepEqual(result.overwriteMode, { enabled: true, source: { file: 'y000000000000.boot', line: 4 } });
  assert.equal(result.entries.find((e) => e.key === 'account.1.display_name')!.effect, 'factory-default');
  assert.ok(!result.entries.some((e) => e.key === 'overwrite_mode'));
  assert.deepEqual(result.files[0].includes, ['y000000000066.cfg', '001565aabbcc.cfg']);
  assert.equal(merge([common], { overwriteMode: true }).overwriteMode?.enabled, true);
});

test('a key repeated inside one file: the later line wins', () => {
  const result = merge([{ file: 'a.cfg', text: `${H}x.y = 1\nx.y = 2\n` }]);
  assert.equal(result.entries[0].value, '2');
  assert.deepEqual(result.entries[0].overridden, [{ value: '1', source: { file: 'a.cfg', line: 2 } }]);
});

test('reboot list comes from the catalog the caller passes', () => {
  const result = merge([common, mac], { catalog: sampleCatalog });
  assert.deepEqual(result.rebootRequired, ['network.vlan.internet_port_enable']);
  assert.equal(result.entries.find((e) => e.key === 'lang.gui')!.reboot, false);
});

test('by default the shipped catalog supplies the reboot flags', () => {
  // a reboot parameter ('Require reboot' in Yealink's templates) and a plain one
  const text = `${H}static.network.internet_port.type = 0\nlang.gui = English\nno.such.key = 1\n`;
  assert.deepEqual(merge([{ file: 'a.cfg', text }]).rebootRequired, ['static.network.internet_port.type']);
  assert.equal(Catalog.default().lookup('static.network.internet_port.type')?.spec.reboot, true);
});

test('encrypted and legacy inputs are skipped with a warning, not merged as garbage', () => {
  const result = merge([
    { file: 'y000000000066.cfg', text: '\u0001\u0002\u0003'.repeat(100) },
    { file: 'old.cfg', text: '[ account ]\r\npath=/yealink/config/voip/sipAccount0.cfg\r\nEnable = 1\r\n' },
    { file: 'r.cfg', text: '#!encrypt:1.0.0.0\r\n' },
  ]);
  assert.equal(result.entries.length, 0);
  assert.equal(result.warnings.length, 3);
  assert.match(result.files[1].skipped!, /INI/);
  assert.match(result.files[2].skipped!, /RSA/);
});
