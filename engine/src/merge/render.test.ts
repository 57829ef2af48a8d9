import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../parser';
import { sampleCatalog } from '../testing/sampleCatalog';
import { merge } from './merge';
import { mergeToJson, renderMergeCfg } from './render';

const H = '#!version:1.0.0.1\n';
const inputs = [
  { file: 'y000000000000.boot', text: `${H}include:config "y000000000066.cfg"\noverwrite_mode = 1\n` },
  { file: 'y000000000066.cfg', text: `${H}lang.gui = English\nnetwork.vlan.internet_port_enable = 0\naccount.1.label = A\n` },
  { file: '001565aabbcc.cfg', text: `${H}account.1.label = B\nnetwork.vlan.internet_port_enable = 1\naccount.1.display_name =\n` },
];
const result = merge(inputs, { catalog: sampleCatalog });

test('the preview is a valid CFG: header first, each key once, comments say where from', () => {
  const text = renderMergeCfg(result, { notes: ['a note'] });
  const doc = parse(text);
  assert.equal(doc.lines[0].kind, 'header');
  assert.deepEqual(doc.settings.map((s) => `${s.key}=${s.value}`), [
    'lang.gui=English',
    'network.vlan.internet_port_enable=1',
    'account.1.label=B',
    'account.1.display_name=',
  ]);
  assert.match(text, /## Files, in the order the phone applies them:\n##   1\. y000000000000\.boot \(Common boot file; 1 include\)\n##   2\. y000000000066\.cfg \(Common CFG; 3 settings, 1 in the result\)\n##   3\. 001565aabbcc\.cfg \(MAC-oriented CFG; 3 settings, 3 in the result\)/);
  assert.match(text, /## 4 parameters; 2 overrode an earlier value/);
  assert.match(text, /## overwrite_mode = 1 \(y000000000000\.boot:3\): blank values return to the factory default/);
  assert.match(text, /## Require a reboot \(1\): network\.vlan\.internet_port_enable/);
  assert.match(text, /## Note: a note/);
  assert.match(text, /# from 001565aabbcc\.cfg:2\n# overrides "A" \(y000000000066\.cfg:4\)\naccount\.1\.label = B\n/);
  assert.match(text, /# from 001565aabbcc\.cfg:3 \| reboot\n# overrides "0" \(y000000000066\.cfg:3\)\n/);
  assert.match(text, /# blank with overwrite_mode = 1: back to the factory default\naccount\.1\.display_name = \n/);
});

test('without comments: only the header and key = value lines (for the diff view)', () => {
  assert.equal(
    renderMergeCfg(result, { comments: false, eol: '\r\n' }),
    '#!version:1.0.0.1\r\nlang.gui = English\r\nnetwork.vlan.internet_port_enable = 1\r\naccount.1.label = B\r\naccount.1.display_name = \r\n',
  );
});

test('JSON has exactly the shape of issue 3', () => {
  const json = mergeToJson(result);
  assert.deepEqual(Object.keys(json), ['files', 'entries', 'rebootRequired']);
  assert.deepEqual(json.files, ['y000000000000.boot', 'y000000000066.cfg', '001565aabbcc.cfg']);
  assert.deepEqual(json.entries[2], {
    key: 'account.1.label',
    value: 'B',
    source: { file: '001565aabbcc.cfg', line: 2 },
    overridden: [{ value: 'A', source: { file: 'y000000000066.cfg', line: 4 } }],
    reboot: false,
  });
  assert.deepEqual(json.rebootRequired, ['network.vlan.internet_port_enable']);
  assert.deepEqual(JSON.parse(JSON.stringify(json)), json);
});
