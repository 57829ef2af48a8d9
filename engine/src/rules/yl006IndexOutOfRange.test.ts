import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, flagged, HEADER_LINE } from '../testing/ruleHarness';
import { indexOutOfRange } from './yl006IndexOutOfRange';

test('without a model, only the absolute range applies', () => {
  const text = `${HEADER_LINE}account.16.enable = 1\naccount.17.enable = 1\naccount.0.enable = 1\n`;
  const findings = findingsOf(indexOutOfRange, text);
  assert.deepEqual(findings.map((f) => f.line), [2, 3]);
  assert.equal(flagged(text, findings[0]), '17');
});

test('a Common file name sets the model: T46S (66) has 16 accounts, 27 line keys', () => {
  const text = `${HEADER_LINE}account.16.enable = 1\nlinekey.28.type = 15\n`;
  const findings = findingsOf(indexOutOfRange, text, 'y000000000066.cfg');
  assert.deepEqual(findings.map((f) => f.line), [2]);
  assert.match(findings[0].message, /T46S has 27 line keys/);
});

test('a model comment pins the model', () => {
  const text = `${HEADER_LINE}# yealink: model=T23G\naccount.4.enable = 1\n`;
  const [finding] = findingsOf(indexOutOfRange, text, '001565abcdef.cfg');
  assert.match(finding.message, /T23G has 3 accounts/);
});

test('the model setting applies when the file says nothing', () => {
  const text = `${HEADER_LINE}account.7.enable = 1\n`;
  assert.equal(findingsOf(indexOutOfRange, text, '001565abcdef.cfg', { model: 'T41S' }).length, 1);
  assert.equal(findingsOf(indexOutOfRange, text, '001565abcdef.cfg', {}).length, 0);
});

test('gaps inside a range are reported', () => {
  const text = `${HEADER_LINE}programablekey.11.type = 0\nprogramablekey.12.type = 0\n`;
  assert.deepEqual(findingsOf(indexOutOfRange, text).map((f) => f.line), [1]);
});

test('flags the right number when the key has two indexes', () => {
  const text = `${HEADER_LINE}account.1.sip_server.3.address = a\n`;
  const [finding] = findingsOf(indexOutOfRange, text);
  assert.equal(finding.start, 'account.1.sip_server.'.length);
  assert.equal(flagged(text, finding), '3');
});

test('T46U (108): 27 line keys, so linekey.28 is flagged and linekey.27 is not', () => {
  const text = `${HEADER_LINE}linekey.27.type = 15\nlinekey.28.type = 15\naccount.16.enable = 1\n`;
  const findings = findingsOf(indexOutOfRange, text, 'y000000000108.cfg');
  assert.deepEqual(findings.map((f) => f.line), [2]);
  assert.match(findings[0].message, /T46U has 27 line keys/);
});

test('T33G (124): 4 accounts and 12 line keys', () => {
  const text = `${HEADER_LINE}account.4.enable = 1\naccount.5.enable = 1\nlinekey.12.type = 15\nlinekey.13.type = 15\n`;
  const findings = findingsOf(indexOutOfRange, text, 'y000000000124.cfg');
  assert.deepEqual(findings.map((f) => f.line), [2, 4]);
  assert.match(findings[0].message, /T33G has 4 accounts/);
  assert.match(findings[1].message, /T33G has 12 line keys/);
});

test('a programmable key the model skips is flagged: T42G has keys 1-10 and 13', () => {
  const text = `${HEADER_LINE}programablekey.10.type = 0\nprogramablekey.12.type = 0\nprogramablekey.13.type = 0\nprogramablekey.14.type = 0\n`;
  const findings = findingsOf(indexOutOfRange, text, 'y000000000029.cfg');
  assert.deepEqual(findings.map((f) => f.line), [2, 4]);
  assert.match(findings[0].message, /T42G skips programmable keys 11, 12; index 12 does not exist/);
  assert.match(findings[1].message, /T42G has 13 programmable keys/);
});
