import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, flagged, HEADER_LINE } from '../testing/ruleHarness';
import { bootInclude } from './yl011BootInclude';

test('accepts .cfg includes with known model tags', () => {
  const text = `${HEADER_LINE}include:config "y000000000066.cfg"\n[T46S,T21P_E2]include:config sip.cfg\n`;
  assert.deepEqual(findingsOf(bootInclude, text, 'y000000000000.boot'), []);
});

test('flags includes that are not .cfg, empty, or for unknown models', () => {
  const text = `${HEADER_LINE}include:config "y000000000175"\ninclude:config\n[T99X]include:config a.cfg\n`;
  const findings = findingsOf(bootInclude, text, '001565abcdef.boot');
  assert.deepEqual(findings.map((f) => f.line), [1, 2, 3]);
  assert.equal(flagged(text, findings[0]), 'y000000000175');
  assert.equal(flagged(text, findings[2]), 'T99X');
});
