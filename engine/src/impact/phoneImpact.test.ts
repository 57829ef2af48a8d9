import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sampleCatalog } from '../testing/sampleCatalog';
import { phonesImpact, type ImpactInput } from './phoneImpact';

const H = '#!version:1.0.0.1\n';
const same = (file: string, text: string): ImpactInput => ({ file, before: text, after: text });

test('a Common change reaches the phones that do not override it', () => {
  const inputs: ImpactInput[] = [
    { file: 'y000000000066.cfg', before: `${H}network.vlan.internet_port_vid = 10\n`, after: `${H}network.vlan.internet_port_vid = 20\n` },
    same('001565aabbcc.cfg', `${H}account.1.label = Bob\n`),
    same('001565aabbdd.cfg', `${H}network.vlan.internet_port_vid = 30\n`),
  ];
  const { phones, unresolved } = phonesImpact(inputs, sampleCatalog);
  assert.deepEqual(unresolved, []);
  assert.deepEqual(phones, [
    {
      mac: '001565aabbcc',
      files: ['y000000000066.cfg', '001565aabbcc.cfg'],
      reboot: true,
      changes: [{ key: 'network.vlan.internet_port_vid', before: '10', after: '20', reboot: true }],
    },
  ]);
});

test('a MAC-local file applies last', () => {
  const inputs: ImpactInput[] = [
    same('y000000000066.cfg', `${H}lang.gui = English\n`),
    { file: '001565aabbcc.cfg', before: `${H}lang.gui = German\n`, after: `${H}lang.gui = French\n` },
    same('001565aabbcc-local.cfg', `${H}lang.gui = English\n`),
  ];
  assert.deepEqual(phonesImpact(inputs, sampleCatalog).phones, []);
});

test('per-user passwords: one user changed in the MAC file', () => {
  const inputs: ImpactInput[] = [
    same('y000000000066.cfg', `${H}static.security.user_password = admin:one\nstatic.security.user_password = user:u1\n`),
    { file: '001565aabbcc.cfg', before: H, after: `${H}security.user_password = user:u2\n` },
  ];
  assert.deepEqual(phonesImpact(inputs, sampleCatalog).phones[0].changes, [
    { key: 'static.security.user_password', before: 'user:u1', after: 'user:u2', reboot: false },
  ]);
});

test('an older name in the MAC file overrides its static. successor in the Common file', () => {
  const inputs: ImpactInput[] = [
    { file: 'y000000000066.cfg', before: `${H}static.network.internet_port.type = 0\n`, after: `${H}static.network.internet_port.type = 2\n` },
    same('001565aabbcc.cfg', `${H}network.internet_port.type = 1\n`),
  ];
  assert.deepEqual(phonesImpact(inputs, sampleCatalog).phones, []);
});

test('boot-file includes per model: only the phone model line applies', () => {
  const boot = `${H}include:config y000000000066.cfg\n[T46S]include:config t46s.cfg\n[T48S]include:config t48s.cfg\ninclude:config 001565aabbcc.cfg\n`;
  const inputs: ImpactInput[] = [
    same('y000000000000.boot', boot),
    same('y000000000066.cfg', `${H}lang.gui = English\n`),
    { file: 't46s.cfg', before: `${H}network.vlan.internet_port_vid = 1\n`, after: `${H}network.vlan.internet_port_vid = 2\n` },
    { file: 't48s.cfg', before: `${H}lang.gui = English\n`, after: `${H}lang.gui = German\n` },
    same('001565aabbcc.cfg', `${H}# yealink: model=T46S\naccount.1.label = Bob\n`),
    same('001565aabbdd.cfg', `${H}# yealink: model=T48S\naccount.1.label = Ann\n`),
    same('001565aabbee.cfg', `${H}account.1.label = Eve\n`),
  ];
  const { phones, unresolved } = phonesImpact(inputs, sampleCatalog);
  assert.deepEqual(phones.map((p) => [p.mac, p.reboot, p.changes.map((c) => `${c.key}=${c.after}`)]), [
    ['001565aabbcc', true, ['network.vlan.internet_port_vid=2']],
    ['001565aabbdd', false, ['lang.gui=German']],
  ]);
  assert.deepEqual(phones[0].files, ['y000000000000.boot', 'y000000000066.cfg', 't46s.cfg', '001565aabbcc.cfg']);
  assert.equal(unresolved.length, 1);
  assert.equal(unresolved[0].mac, '001565aabbee');
  assert.match(unresolved[0].reason, /^unknown model: y000000000000\.boot includes t46s\.cfg for T46S only/);
  // A default model settles it.
  assert.deepEqual(phonesImpact(inputs, sampleCatalog, { model: 'T48S' }).phones.map((p) => p.mac), ['001565aabbcc', '001565aabbdd', '001565aabbee']);
});

test('overwrite mode from the boot file makes a removed non-static parameter take effect', () => {
  const inputs: ImpactInput[] = [
    same('y000000000000.boot', `${H}include:config y000000000066.cfg\ninclude:config 001565aabbcc.cfg\noverwrite_mode = 1\n`),
    { file: 'y000000000066.cfg', before: `${H}network.vlan.internet_port_vid = 10\n`, after: H },
    same('001565aabbcc.cfg', H),
  ];
  assert.deepEqual(phonesImpact(inputs, sampleCatalog).phones[0].changes, [
    { key: 'network.vlan.internet_port_vid', before: '10', after: null, reboot: true },
  ]);
});

test('phones that cannot be resolved say why', () => {
  const noCommon = phonesImpact([{ file: '001565aabbcc.cfg', before: H, after: `${H}lang.gui = German\n` }], sampleCatalog);
  assert.deepEqual(noCommon.unresolved, [{ mac: '001565aabbcc', reason: 'missing Common file: no y0000000000xx.cfg' }]);
  const twoCommons = phonesImpact(
    [same('y000000000066.cfg', H), same('y000000000028.cfg', H), { file: '001565aabbcc.cfg', before: H, after: `${H}lang.gui = German\n` }],
    sampleCatalog,
  );
  assert.match(twoCommons.unresolved[0].reason, /^unknown model: 2 Common files could apply \(y000000000028\.cfg, y000000000066\.cfg\)/);
  const otherModel = phonesImpact([same('y000000000028.cfg', H), same('001565aabbcc.cfg', `${H}# yealink: model=T46S\n`)], sampleCatalog);
  assert.deepEqual(otherModel.unresolved, [{ mac: '001565aabbcc', reason: 'missing Common file: T46S downloads y000000000066.cfg, not y000000000028.cfg' }]);
});

test('a new phone: everything it gets is a change; a removed phone keeps what it has', () => {
  const added = phonesImpact([same('y000000000066.cfg', `${H}lang.gui = English\n`), { file: '001565aabbcc.cfg', after: H }], sampleCatalog);
  assert.deepEqual(added.phones[0].changes, [{ key: 'lang.gui', before: null, after: 'English', reboot: false }]);
  const removed = phonesImpact([same('y000000000066.cfg', `${H}lang.gui = English\n`), { file: '001565aabbcc.cfg', before: H }], sampleCatalog);
  assert.deepEqual(removed, { phones: [], unresolved: [] });
});
