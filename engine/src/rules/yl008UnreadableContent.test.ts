import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOOL_2013 } from '../crypto/testPaths';
import { findingsOf } from '../testing/ruleHarness';
import { unreadableContent } from './yl008UnreadableContent';

test('an RSA envelope is one finding offering RSA decryption', () => {
  const findings = findingsOf(unreadableContent, '#!encrypt:1.0.0.0\r\n#!key_signatue:RSA_256\r\n#!---BEGIN CONFIG DATA---\r\nAAAA\r\n');
  assert.equal(findings.length, 1);
  assert.equal(findings[0].data?.decrypt, 'rsa');
});

test("the 2013 Yealink tool's AES output is one finding offering decryption", () => {
  const fixture = join(TOOL_2013, 'test.cfg');
  const text = readFileSync(fixture).toString('utf8');
  const findings = findingsOf(unreadableContent, text, 'test.cfg');
  assert.equal(findings.length, 1);
  assert.equal(findings[0].data?.decrypt, 'compatibility');
});

test('the pre-V70 INI format is one finding without a decrypt offer', () => {
  const findings = findingsOf(unreadableContent, '[ account ]\r\npath=/yealink/config/voip/sipAccount0.cfg\r\nEnable = 1\r\n');
  assert.equal(findings.length, 1);
  assert.match(findings[0].message, /pre-V70/);
  assert.equal(findings[0].data, undefined);
});

test('plain files pass', () => {
  assert.deepEqual(findingsOf(unreadableContent, '#!version:1.0.0.1\n'), []);
});
