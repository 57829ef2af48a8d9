import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from '../testing/ruleHarness';
import { missingHeader } from './yl001MissingHeader';

test('accepts the exact header on line 1', () => {
  assert.deepEqual(findingsOf(missingHeader, '#!version:1.0.0.1\r\nlang.gui = English\r\n'), []);
});

test('reports a missing header with a fix to insert it', () => {
  const [finding] = findingsOf(missingHeader, 'lang.gui = English\n');
  assert.equal(finding.severity, 'error');
  assert.equal(finding.line, 0);
  assert.deepEqual(finding.data, { insertHeader: true });
});

test('reports a header on a later line and says where', () => {
  const [finding] = findingsOf(missingHeader, '# comment\n#!version:1.0.0.1\n');
  assert.equal(finding.line, 1);
  assert.match(finding.message, /found on line 2/);
  assert.deepEqual(finding.data, { insertHeader: true, headerLine: 1 });
});

test('reports a wrong version on line 1', () => {
  const [finding] = findingsOf(missingHeader, '#!version:1.0.0.2\n');
  assert.deepEqual(finding.data?.replacements, ['#!version:1.0.0.1']);
});

test('says nothing for encrypted files (YL008 covers them)', () => {
  assert.deepEqual(findingsOf(missingHeader, '#!encrypt:1.0.0.0\r\n#!key_signatue:RSA_256\r\n'), []);
});

test('an empty file has no header', () => {
  assert.equal(findingsOf(missingHeader, '').length, 1);
});
