import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, flagged, HEADER_LINE } from '../testing/ruleHarness';
import { unknownModel } from './yl012UnknownModel';

test('flags a model comment naming no known model and suggests close names', () => {
  const text = `${HEADER_LINE}# yealink: model=T46X\n`;
  const [finding] = findingsOf(unknownModel, text);
  assert.equal(flagged(text, finding), 'T46X');
  assert.ok(finding.data?.replacements?.includes('T46S'));
});

test('a known model passes', () => {
  assert.deepEqual(findingsOf(unknownModel, `${HEADER_LINE}# yealink: model=t54w\n`), []);
});
