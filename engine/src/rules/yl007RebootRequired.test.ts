import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, flagged, HEADER_LINE } from '../testing/ruleHarness';
import { rebootRequired } from './yl007RebootRequired';

test('warns on keys that need a reboot, including old names', () => {
  const text = `${HEADER_LINE}static.network.internet_port.type = 2\nnetwork.internet_port.type = 2\nlang.gui = German\n`;
  const findings = findingsOf(rebootRequired, text);
  assert.deepEqual(findings.map((f) => f.line), [1, 2]);
  assert.equal(findings[0].severity, 'warning');
  assert.equal(flagged(text, findings[0]), 'static.network.internet_port.type');
  assert.match(findings[0].message, /reboot/);
});
