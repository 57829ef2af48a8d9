import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sampleCatalog } from '../testing/sampleCatalog';
import { computeImpact } from './impact';

const H = '#!version:1.0.0.1\n';

test('the report: changed files by path, reboot files, phones and unresolved phones', () => {
  const report = computeImpact(
    [
      { file: 'sites/b/y000000000066.cfg', before: `${H}lang.gui = English\n`, after: `${H}# note\nlang.gui = English\n` },
      { file: 'sites/a/y000000000066.cfg', before: `${H}network.vlan.internet_port_vid = 10\n`, after: `${H}network.vlan.internet_port_vid = 20\n` },
      { file: 'sites/a/001565aabbcc.cfg', before: H, after: H },
    ],
    { since: 'HEAD', catalog: sampleCatalog },
  );
  assert.deepEqual(JSON.parse(JSON.stringify(report)), {
    since: 'HEAD',
    files: [
      {
        file: 'sites/a/y000000000066.cfg',
        status: 'modified',
        contentChanged: true,
        changes: [{ key: 'network.vlan.internet_port_vid', before: '10', after: '20', line: 2, reboot: true }],
        reboot: true,
      },
      { file: 'sites/b/y000000000066.cfg', status: 'modified', contentChanged: true, changes: [], reboot: false },
    ],
    rebootFiles: ['sites/a/y000000000066.cfg'],
    phones: [
      {
        mac: '001565aabbcc',
        files: ['sites/a/y000000000066.cfg', 'sites/a/001565aabbcc.cfg'],
        reboot: true,
        changes: [{ key: 'network.vlan.internet_port_vid', before: '10', after: '20', reboot: true }],
      },
    ],
    unresolvedPhones: [],
  });
});

test('nothing changed: an empty report', () => {
  const report = computeImpact([{ file: 'y000000000066.cfg', before: H, after: H }], { since: 'v1', catalog: sampleCatalog });
  assert.deepEqual(report, { since: 'v1', files: [], rebootFiles: [], phones: [], unresolvedPhones: [] });
});
