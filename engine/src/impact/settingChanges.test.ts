import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sampleCatalog } from '../testing/sampleCatalog';
import { compareSettings, effectiveSettings, INCLUDE_KEY, takesEffect } from './settingChanges';

const H = '#!version:1.0.0.1\n';
const changes = (before: string, after: string, overwriteMode = false) =>
  compareSettings(effectiveSettings(before, sampleCatalog).settings, effectiveSettings(after, sampleCatalog).settings, sampleCatalog, overwriteMode);

test('the last occurrence of a parameter is its effective value', () => {
  const { settings } = effectiveSettings(`${H}lang.gui = German\nlang.gui = English\n`, sampleCatalog);
  assert.deepEqual([...settings.values()], [{ key: 'lang.gui', value: 'English', line: 3 }]);
  // The earlier line changed, the later one did not: nothing takes effect.
  assert.deepEqual(changes(`${H}lang.gui = German\nlang.gui = English\n`, `${H}lang.gui = French\nlang.gui = English\n`), []);
});

test('changed, added and removed parameters, with the new line and the reboot flag', () => {
  const before = `${H}network.vlan.internet_port_vid = 10\nlang.gui = English\naccount.1.label = Bob\n`;
  const after = `${H}# moved down\nlang.gui = German\nnetwork.vlan.internet_port_vid = 20\naccount.1.enable = 1\n`;
  assert.deepEqual(changes(before, after), [
    { key: 'lang.gui', before: 'English', after: 'German', line: 3, reboot: false },
    { key: 'network.vlan.internet_port_vid', before: '10', after: '20', line: 4, reboot: true },
    { key: 'account.1.enable', before: null, after: '1', line: 5, reboot: false },
    { key: 'account.1.label', before: 'Bob', after: null, line: null, reboot: false },
  ]);
});

test('comments, blank lines, spacing and line endings are no setting change', () => {
  const before = `${H}lang.gui = English\nnetwork.vlan.internet_port_vid = 10\n`;
  const after = `${H}# a note\r\n\r\nlang.gui=English   \r\n  network.vlan.internet_port_vid =  10\r\n`;
  assert.deepEqual(changes(before, after), []);
});

test('per-user passwords count per user', () => {
  const before = `${H}static.security.user_password = admin:one\nstatic.security.user_password = user:u1\n`;
  const after = `${H}static.security.user_password = user:u1\nstatic.security.user_password = admin:two\nstatic.security.user_password = var:v\n`;
  assert.deepEqual(changes(before, after), [
    { key: 'static.security.user_password', before: 'admin:one', after: 'admin:two', line: 3, reboot: false },
    { key: 'static.security.user_password', before: null, after: 'var:v', line: 4, reboot: false },
  ]);
});

test('an older name and its static. successor are one parameter, reported under the current name', () => {
  const before = `${H}network.internet_port.type = 0\nsecurity.user_password = admin:one\n`;
  const renamed = `${H}static.network.internet_port.type = 0\nstatic.security.user_password = admin:one\n`;
  assert.deepEqual(changes(before, renamed), []);
  assert.deepEqual(changes(before, `${H}static.network.internet_port.type = 2\n`)[0], {
    key: 'static.network.internet_port.type',
    before: '0',
    after: '2',
    line: 2,
    reboot: true,
  });
});

test('a removed line or a blank value keeps the phone value, so it does not reboot unless overwrite mode is on', () => {
  const before = `${H}network.vlan.internet_port_vid = 10\n`;
  assert.equal(changes(before, H)[0].reboot, false);
  assert.equal(changes(before, `${H}network.vlan.internet_port_vid =\n`)[0].reboot, false);
  assert.equal(changes(before, `${H}network.vlan.internet_port_vid =\n`, true)[0].reboot, true);
  assert.equal(changes(before, H, true)[0].reboot, true);
  assert.equal(changes(before, `${H}network.vlan.internet_port_vid = %NULL%\n`)[0].reboot, true);
  assert.equal(takesEffect('static.network.internet_port.type', null, true), false, 'a removed static. parameter keeps its value');
});

test('boot-file includes are compared as include:config entries', () => {
  const before = `${H}include:config "y000000000066.cfg"\n`.replace(/"/g, '');
  const after = `${H}include:config y000000000066.cfg\n[T46S]include:config extra.cfg\n`;
  assert.deepEqual(changes(before, after), [{ key: INCLUDE_KEY, before: null, after: '[T46S]extra.cfg', line: 3, reboot: false }]);
});

test('an encrypted text yields no settings and says so', () => {
  const result = effectiveSettings('#!encrypt:1.0.0.0\nabc\n', sampleCatalog);
  assert.equal(result.content, 'rsa-encrypted');
  assert.equal(result.settings.size, 0);
});
