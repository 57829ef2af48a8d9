import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, flagged, HEADER_LINE } from '../testing/ruleHarness';
import { rebootRequired } from './yl007RebootRequired';

const base = `${HEADER_LINE}static.network.internet_port.type = 2\nnetwork.vlan.internet_port_vid = 10\nlang.gui = German\n`;

test('in git: a warning only on the reboot-requiring values that differ from the base', () => {
  const text = `${HEADER_LINE}static.network.internet_port.type = 2\nnetwork.vlan.internet_port_vid = 20\nlang.gui = English\n`;
  const findings = findingsOf(rebootRequired, text, 'y000000000066.cfg', {}, undefined, { ref: 'HEAD', text: base });
  assert.deepEqual(findings.map((f) => [f.line, f.severity]), [[2, 'warning']]);
  assert.equal(flagged(text, findings[0]), 'network.vlan.internet_port_vid');
  assert.match(findings[0].message, /was 10 at HEAD, now 20/);
});

test('in git: an unchanged file, a comment edit or a renamed key gets nothing', () => {
  const at = (text: string) => findingsOf(rebootRequired, text, 'y000000000066.cfg', {}, undefined, { ref: 'HEAD', text: base });
  assert.deepEqual(at(base), []);
  assert.deepEqual(at(base.replace('lang.gui', '# note\nlang.gui')), []);
  assert.deepEqual(at(base.replace('static.network.internet_port.type', 'network.internet_port.type')), []);
});

test('in git: a file new since the base has every reboot-requiring value as a change', () => {
  const findings = findingsOf(rebootRequired, base, 'y000000000066.cfg', {}, undefined, { ref: 'origin/main' });
  assert.deepEqual(findings.map((f) => f.line), [1, 2]);
  assert.match(findings[0].message, /was not set at origin\/main, now 2/);
});

test('in git: only the line that takes effect is marked; emptying a value is no reboot', () => {
  const text = `${HEADER_LINE}network.vlan.internet_port_vid = 30\nnetwork.vlan.internet_port_vid = 40\nstatic.network.internet_port.type =\n`;
  const findings = findingsOf(rebootRequired, text, 'y000000000066.cfg', {}, undefined, { ref: 'HEAD', text: base });
  assert.deepEqual(findings.map((f) => f.line), [2]);
});

test('outside git: information on reboot-requiring values that set something, old names included', () => {
  const text = `${HEADER_LINE}static.network.internet_port.type = 2\nnetwork.internet_port.type = 2\nnetwork.vlan.internet_port_vid =\nnetwork.vlan.internet_port_enable = %NULL%\nlang.gui = German\n`;
  const findings = findingsOf(rebootRequired, text);
  assert.deepEqual(findings.map((f) => [f.line, f.severity]), [[1, 'information'], [2, 'information']]);
  assert.equal(flagged(text, findings[0]), 'static.network.internet_port.type');
  assert.match(findings[0].message, /reboot/);
});

test('rebootWarnings: always marks every value as a warning, off marks none; a severity setting still wins', () => {
  const always = findingsOf(rebootRequired, base, 'y000000000066.cfg', { rebootWarnings: 'always' }, undefined, { ref: 'HEAD', text: base });
  assert.deepEqual(always.map((f) => [f.line, f.severity]), [[1, 'warning'], [2, 'warning']]);
  assert.deepEqual(findingsOf(rebootRequired, base, 'y000000000066.cfg', { rebootWarnings: 'off' }), []);
  const hinted = findingsOf(rebootRequired, base, 'y000000000066.cfg', { severity: { YL007: 'hint' } });
  assert.deepEqual(hinted.map((f) => f.severity), ['hint', 'hint']);
});

test('in git: a %NULL% value is no planned reboot either', () => {
  const text = `${HEADER_LINE}static.network.internet_port.type = %NULL%\nnetwork.vlan.internet_port_vid = 10\nlang.gui = German\n`;
  assert.deepEqual(findingsOf(rebootRequired, text, 'y000000000066.cfg', {}, undefined, { ref: 'HEAD', text: base }), []);
});
