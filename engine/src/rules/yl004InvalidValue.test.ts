import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, flagged, HEADER_LINE } from '../testing/ruleHarness';
import { Catalog } from '../catalog/catalog';
import { NameSuggester } from '../catalog/suggest';
import type { CatalogFamily } from '../catalog/types';
import { analyze } from '../document';
import { validate } from '../validate';
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

test('an error only where a documented rule excludes the value; template or uncertain kinds are information, saying why', () => {
  const source = { guide: 'FORMAT' };
  const family: CatalogFamily = {
    family: 'certainty',
    parameters: [
      { pattern: 'documented.level', value: { kind: 'integer', min: 0, max: 10 }, description: 'A level.', source },
      { pattern: 'template.level', value: { kind: 'integer', min: 0, max: 10 }, valueCertainty: 'template', description: 'A level.', source },
      { pattern: 'uncertain.level', value: { kind: 'integer', min: 0, max: 10 }, valueCertainty: 'uncertain', description: 'A level.', source },
    ],
  };
  const catalog = new Catalog([family]);
  const text = `${HEADER_LINE}documented.level = 11\ntemplate.level = 11\nuncertain.level = 11\n`;
  const findings = validate(analyze(text, 'settings.cfg'), { catalog, suggester: new NameSuggester(catalog), rules: [invalidValue] });
  assert.deepEqual(findings.map((f) => f.severity), ['error', 'information', 'information']);
  assert.doesNotMatch(findings[0].message, /Information only/);
  assert.match(findings[1].message, /Information only: the permitted values come from a single Yealink template comment/);
  assert.match(findings[2].message, /Information only: the sources disagree/);
});

test('a DSS key type code the list lacks is information (firmware adds codes); a word stays an error', () => {
  const text = `${HEADER_LINE}linekey.1.type = 999\nlinekey.2.type = 26\nlinekey.3.type = blf\nlinekey.4.line = 0\n`;
  const findings = findingsOf(invalidValue, text);
  assert.deepEqual(findings.map((f) => [f.line, f.severity]), [[1, 'information'], [2, 'information'], [3, 'error']]);
  assert.match(findings[0].message, /Information only: Yealink adds codes to this list with new firmware/);
});
