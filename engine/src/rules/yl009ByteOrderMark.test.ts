import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from '../testing/ruleHarness';
import { byteOrderMark } from './yl009ByteOrderMark';

test('warns on a BOM and offers to remove it', () => {
  const [finding] = findingsOf(byteOrderMark, '\ufeff#!version:1.0.0.1\n');
  assert.equal(finding.severity, 'warning');
  assert.deepEqual(finding.data, { removeBom: true });
});

test('no BOM, no finding', () => {
  assert.deepEqual(findingsOf(byteOrderMark, '#!version:1.0.0.1\n'), []);
});
