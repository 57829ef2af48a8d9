import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sampleCatalog } from '../testing/sampleCatalog';
import { fileImpact } from './fileImpact';

const H = '#!version:1.0.0.1\n';
const file = 'y000000000066.cfg';

test('identical texts are left out: the phone skips the file', () => {
  assert.equal(fileImpact(file, `${H}lang.gui = English\n`, `${H}lang.gui = English\n`, sampleCatalog), undefined);
});

test('modified, with a reboot-requiring change', () => {
  const impact = fileImpact(file, `${H}network.vlan.internet_port_vid = 10\n`, `${H}network.vlan.internet_port_vid = 20\n`, sampleCatalog);
  assert.deepEqual(impact, {
    file,
    status: 'modified',
    contentChanged: true,
    changes: [{ key: 'network.vlan.internet_port_vid', before: '10', after: '20', line: 2, reboot: true }],
    reboot: true,
  });
});

test('a comment-only edit is re-downloaded with no change', () => {
  const impact = fileImpact(file, `${H}lang.gui = English\n`, `${H}# reviewed\nlang.gui = English\n`, sampleCatalog);
  assert.deepEqual(impact, { file, status: 'modified', contentChanged: true, changes: [], reboot: false });
});

test('added and deleted files', () => {
  const added = fileImpact(file, undefined, `${H}network.vlan.internet_port_vid = 20\n`, sampleCatalog)!;
  assert.equal(added.status, 'added');
  assert.deepEqual(added.changes, [{ key: 'network.vlan.internet_port_vid', before: null, after: '20', line: 2, reboot: true }]);
  assert.equal(added.reboot, true);
  const deleted = fileImpact(file, `${H}network.vlan.internet_port_vid = 20\n`, undefined, sampleCatalog)!;
  assert.equal(deleted.status, 'deleted');
  assert.deepEqual(deleted.changes, [{ key: 'network.vlan.internet_port_vid', before: '20', after: null, line: null, reboot: false }]);
});

test('an encrypted version is reported as not compared', () => {
  const impact = fileImpact(file, `${H}lang.gui = English\n`, '#!encrypt:1.0.0.0\nxyz\n', sampleCatalog)!;
  assert.deepEqual(impact.changes, []);
  assert.match(impact.unreadable ?? '', /RSA-encrypted/);
});
