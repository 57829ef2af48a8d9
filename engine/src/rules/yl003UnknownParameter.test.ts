import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, flagged, HEADER_LINE } from '../testing/ruleHarness';
import { unknownParameter } from './yl003UnknownParameter';

test('flags a misspelt key and suggests the closest names', () => {
  const text = `${HEADER_LINE}acount.2.enable = 1\n`;
  const [finding] = findingsOf(unknownParameter, text);
  assert.equal(flagged(text, finding), 'acount.2.enable');
  assert.deepEqual(finding.data?.replacements?.[0], 'account.2.enable');
  assert.match(finding.message, /Did you mean account\.2\.enable/);
});

test('says names are lower-case when only the case is wrong', () => {
  const [finding] = findingsOf(unknownParameter, `${HEADER_LINE}Lang.GUI = English\n`);
  assert.match(finding.message, /lower-case: lang\.gui/);
  assert.equal(finding.data?.replacements?.[0], 'lang.gui');
});

test('known keys, aliases and template keys pass', () => {
  const text = `${HEADER_LINE}account.16.enable = 1\nnetwork.internet_port.type = 0\naccount.{$line}.enable = 1\n`;
  assert.deepEqual(findingsOf(unknownParameter, text), []);
});

test('boot files accept only their own keys', () => {
  const text = `${HEADER_LINE}overwrite_mode = 1\nlang.gui = English\n`;
  const findings = findingsOf(unknownParameter, text, 'y000000000000.boot');
  assert.deepEqual(findings.map((f) => f.line), [2]);
  assert.match(findings[0].message, /belongs in a CFG file/);
});

test('a key with nothing close gets no suggestion data', () => {
  const [finding] = findingsOf(unknownParameter, `${HEADER_LINE}qqqqqqqqqqqqqqqqqqqq.zzzzzzzzzzzz = 1\n`);
  assert.equal(finding.data, undefined);
});
