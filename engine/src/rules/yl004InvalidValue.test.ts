import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, flagged, HEADER_LINE } from '../testing/ruleHarness';
import { invalidValue } from './yl004InvalidValue';

test('flags the value span with what is allowed', () => {
  const text = `${HEADER_LINE}account.1.sip_server.1.transport_type = tls\n`;
  const [finding] = findingsOf(invalidValue, text);
  assert.equal(flagged(text, finding), 'tls');
  assert.match(finding.message, /Allowed: one of 0 \(UDP\), 1 \(TCP\), 2 \(TLS\), 3 \(DNS-NAPTR\)/);
  assert.deepEqual(finding.data?.replacements, ['2']);
});

test('range and bool errors', () => {
  const text = `${HEADER_LINE}network.vlan.internet_port_vid = 5000\naccount.1.enable = on\n`;
  const findings = findingsOf(invalidValue, text);
  assert.equal(findings.length, 2);
  assert.match(findings[0].message, /out of range/);
  assert.deepEqual(findings[1].data?.replacements, ['0', '1']);
});

test('empty values, %NULL%, templates and unknown keys are not checked', () => {
  const text = `${HEADER_LINE}account.1.enable =\naccount.2.enable = %NULL%\naccount.3.enable = {$enable}\nfoo.bar = zzz\n`;
  assert.deepEqual(findingsOf(invalidValue, text), []);
});

test('values containing # and = are checked whole', () => {
  const text = `${HEADER_LINE}account.1.enable = 1#comment\n`;
  assert.equal(findingsOf(invalidValue, text).length, 1);
});
