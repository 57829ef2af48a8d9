import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sampleCatalog } from '../testing/sampleCatalog';
import { computeImpact } from './impact';
import { impactLines, impactSummary, renderImpactText } from './impactText';

const H = '#!version:1.0.0.1\n';

test('summary and details name files, lines, phones and reasons', () => {
  const report = computeImpact(
    [
      { file: 'y000000000066.cfg', before: `${H}network.vlan.internet_port_vid = 10\n`, after: `${H}network.vlan.internet_port_vid = 20\n` },
      { file: 'y000000000028.cfg', before: `${H}lang.gui = English\n`, after: `${H}# note\nlang.gui = English\n` },
      { file: '001565aabbcc.cfg', before: `${H}# yealink: model=T46S\n`, after: `${H}# yealink: model=T46S\naccount.1.label =\n` },
      { file: '001565aabbdd.cfg', before: H, after: H },
    ],
    { since: 'HEAD', catalog: sampleCatalog },
  );
  assert.equal(
    impactSummary(report),
    '3 files changed; 1 phone reboot (001565aabbcc); 1 file re-downloaded with no setting change; 1 phone not resolved',
  );
  assert.equal(
    renderImpactText(report),
    [
      impactSummary(report),
      '001565aabbcc.cfg (modified): 1 setting changed',
      '  001565aabbcc.cfg:3: account.1.label: (absent) -> (blank)',
      'y000000000028.cfg (modified): no setting change',
      'y000000000066.cfg (modified): reboots phones',
      '  y000000000066.cfg:2: network.vlan.internet_port_vid: 10 -> 20 (reboot)',
      'phone 001565aabbcc reboots (y000000000066.cfg, 001565aabbcc.cfg)',
      '  network.vlan.internet_port_vid: 10 -> 20 (reboot)',
      '  account.1.label: (absent) -> (blank)',
      'phone 001565aabbdd not resolved: unknown model: 2 Common files could apply (y000000000028.cfg, y000000000066.cfg); name the model in 001565aabbdd.cfg with a "# yealink: model=T46S" comment (or pass a default model)',
      '',
    ].join('\n'),
  );
});

test('no change at all', () => {
  assert.equal(impactSummary(computeImpact([], { since: 'main', catalog: sampleCatalog })), 'No Yealink file changed since main');
});

test('report lines point at the file lines they name', () => {
  const report = computeImpact(
    [
      { file: 'y000000000066.cfg', before: `${H}network.vlan.internet_port_vid = 10\n`, after: `${H}network.vlan.internet_port_vid = 20\n` },
      { file: 'old.cfg', before: `${H}lang.gui = English\n` },
      { file: '001565aabbcc.cfg', before: H, after: H },
    ],
    { since: 'HEAD', catalog: sampleCatalog },
  );
  assert.deepEqual(
    impactLines(report).map((line) => [line.text.split(':')[0].trim(), line.target ? `${line.target.file}#${line.target.line}` : '-']),
    [
      ['2 files changed; 1 phone reboot (001565aabbcc)', '-'],
      ['old.cfg (deleted)', '-'],
      ['old.cfg', '-'],
      ['y000000000066.cfg (modified)', 'y000000000066.cfg#1'],
      ['y000000000066.cfg', 'y000000000066.cfg#2'],
      ['phone 001565aabbcc reboots (y000000000066.cfg, 001565aabbcc.cfg)', '001565aabbcc.cfg#1'],
      ['network.vlan.internet_port_vid', '-'],
    ],
  );
});
