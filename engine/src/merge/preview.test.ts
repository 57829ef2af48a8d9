import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commonInput, renderPreview } from './preview';

const H = '#!version:1.0.0.1\n';
const inputs = [
  { file: 'y000000000066.cfg', text: `${H}## comment\nlang.gui = English\naccount.1.label = A\n` },
  { file: '001565aabbcc.cfg', text: `${H}account.1.label = B\n` },
];

test('the diff sides share one normal form, so only real changes differ', () => {
  assert.equal(renderPreview(inputs, 'common-plain'), `${H}lang.gui = English\naccount.1.label = A\n`);
  assert.equal(renderPreview(inputs, 'merged-plain'), `${H}lang.gui = English\naccount.1.label = B\n`);
  assert.match(renderPreview(inputs, 'merged', { notes: ['n'] }), /## Note: n/);
  assert.equal(commonInput(inputs)?.file, 'y000000000066.cfg');
  assert.match(renderPreview([inputs[1]], 'common-plain'), /No Common file/);
});
