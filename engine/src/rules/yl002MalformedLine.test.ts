import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, flagged, HEADER_LINE } from '../testing/ruleHarness';
import { malformedLine } from './yl002MalformedLine';

test('flags a line without = and covers its trimmed text', () => {
  const text = `${HEADER_LINE}  account.1.enable 1  \n`;
  const [finding] = findingsOf(malformedLine, text);
  assert.equal(flagged(text, finding), 'account.1.enable 1');
  assert.match(finding.message, /`=`/);
});

test('flags include:config outside boot files only', () => {
  const text = `${HEADER_LINE}include:config "a.cfg"\n`;
  assert.equal(findingsOf(malformedLine, text, 'y000000000066.cfg').length, 1);
  assert.deepEqual(findingsOf(malformedLine, text, 'y000000000000.boot'), []);
});

test('flags unknown #! directives but not comments, blanks or templates', () => {
  const text = `${HEADER_LINE}#!foo\n# fine\n\n{% if x %}\n{$var} = 1\n`;
  const findings = findingsOf(malformedLine, text);
  assert.deepEqual(findings.map((f) => f.line), [1]);
});

test('a key and value with no = offer to insert " = "', () => {
  const text = `${HEADER_LINE}static.network.qos.audiotos 46\n`;
  const [finding] = findingsOf(malformedLine, text);
  assert.match(finding.message, /`=` between static\.network\.qos\.audiotos and its value is missing/);
  assert.deepEqual(finding.data?.insert, { column: 27, length: 1, text: ' = ' });
  assert.equal(findingsOf(malformedLine, `${HEADER_LINE}just some words\n`)[0].data, undefined);
});
