import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, HEADER_LINE } from '../testing/ruleHarness';
import { duplicateKey } from './yl005DuplicateKey';

test('flags the second setting of a key and points at the first', () => {
  const text = `${HEADER_LINE}account.1.enable = 1\nlang.gui = English\naccount.1.enable = 0\n`;
  const [finding] = findingsOf(duplicateKey, text);
  assert.equal(finding.line, 3);
  assert.equal(finding.related?.[0].line, 1);
  assert.deepEqual(finding.data, { removeLine: true });
});

test('an old name and its static. successor are the same parameter', () => {
  const text = `${HEADER_LINE}network.internet_port.type = 0\nstatic.network.internet_port.type = 2\n`;
  const [finding] = findingsOf(duplicateKey, text);
  assert.match(finding.message, /same parameter as "network.internet_port.type"/);
});

test('user passwords repeat per user name without being duplicates', () => {
  const text = `${HEADER_LINE}static.security.user_password = admin:a\nstatic.security.user_password = user:b\n`;
  assert.deepEqual(findingsOf(duplicateKey, text), []);
  const twice = `${text}static.security.user_password = admin:c\n`;
  assert.equal(findingsOf(duplicateKey, twice).length, 1);
});

test('different indexes are different keys', () => {
  assert.deepEqual(findingsOf(duplicateKey, `${HEADER_LINE}account.1.enable = 1\naccount.2.enable = 1\n`), []);
});

test('the same key in two branches of a provisioning-server template is not a duplicate', () => {
  const text = `${HEADER_LINE}{if $blf}\nlinekey.1.type = 16\n{else}\nlinekey.1.type = 15\n{/if}\n{% if x %}\nlang.gui = English\nlang.gui = French\n{% endif %}\n`;
  const findings = findingsOf(duplicateKey, text);
  assert.equal(findings.length, 1, JSON.stringify(findings));
  assert.match(findings[0].message, /"lang.gui" is already set/);
});

test('after the first repeat, later repeats of earlier lines still point at their first line', () => {
  const text = `${HEADER_LINE}account.1.enable = 1\naccount.2.enable = 1\nlang.gui = English\naccount.2.enable = 0\naccount.1.enable = 0\nnetwork.internet_port.type = 0\nlang.gui = French\nstatic.network.internet_port.type = 2\naccount.1.enable = 1\n`;
  const findings = findingsOf(duplicateKey, text);
  assert.deepEqual(findings.map((f) => [f.line, f.related?.[0].line]), [[4, 2], [5, 1], [7, 3], [8, 6], [9, 1]]);
});

test('two blank lines of one key are not a conflict; a blank and a set value are', () => {
  assert.deepEqual(findingsOf(duplicateKey, `${HEADER_LINE}network.dns_list.mode =\nnetwork.dns_list.mode=\n`), []);
  assert.equal(findingsOf(duplicateKey, `${HEADER_LINE}network.dns_list.mode = 1\nnetwork.dns_list.mode =\n`).length, 1);
  assert.equal(findingsOf(duplicateKey, `${HEADER_LINE}network.dns_list.mode =\nnetwork.dns_list.mode = 1\n`).length, 1);
});
