import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, flagged, HEADER_LINE } from '../testing/ruleHarness';
import { YealinkLanguageService } from '../languageService';
import { sampleCatalog } from '../testing/sampleCatalog';
import { notInCatalog } from './yl014NotInCatalog';

test('a name far from every known one is information, with the pattern to treat as known', () => {
  const text = `${HEADER_LINE}custom.3.widget.12.colour = blue\n`;
  const [finding] = findingsOf(notInCatalog, text);
  assert.equal(flagged(text, finding), 'custom.3.widget.12.colour');
  assert.equal(finding.severity, 'information');
  assert.match(finding.message, /not in the catalog/);
  assert.match(finding.message, /may be valid/);
  assert.equal(finding.data?.treatAsKnown, 'custom.X.widget.Y.colour');
  assert.equal(finding.data?.replacements, undefined);
});

test('likely typos, known names and boot files are not reported here', () => {
  assert.deepEqual(findingsOf(notInCatalog, `${HEADER_LINE}acount.1.enable = 1\nlang.gui = English\n`), []);
  assert.deepEqual(findingsOf(notInCatalog, `${HEADER_LINE}lang.wui = English\n`, 'y000000000000.boot'), []);
});

test('a name with a blank gets no "treat as known" offer', () => {
  const [finding] = findingsOf(notInCatalog, `${HEADER_LINE}some thing.else = 1\n`);
  assert.equal(finding.data?.treatAsKnown, undefined);
  assert.match(finding.message, /no blanks/);
});

test('extra parameters from settings and the project file are known', () => {
  const text = `${HEADER_LINE}custom.3.value = 1\nother.thing = 1\n`;
  const project = { extraParameters: ['other.thing'], severity: {} };
  const service = new YealinkLanguageService({ extraParameters: ['custom.X.value'] }, sampleCatalog, { projectSettings: () => project });
  assert.deepEqual(service.validate(service.analyze(text, 'settings.cfg')), []);
});

test('its own severity setting leaves YL003 alone', () => {
  const text = `${HEADER_LINE}custom.value = 1\n`;
  assert.deepEqual(findingsOf(notInCatalog, text, 'settings.cfg', { severity: { YL014: 'off' } }), []);
  assert.equal(findingsOf(notInCatalog, text, 'settings.cfg', { severity: { YL003: 'off' } }).length, 1);
});

test('a placeholder letter left where the name takes a number is information with the numbered name', () => {
  const text = `${HEADER_LINE}account.x.enable = 1\naccount.X.enable = 1\n`;
  const findings = findingsOf(notInCatalog, text);
  assert.equal(findings.length, 2);
  assert.equal(findings[0].severity, 'information');
  assert.match(findings[0].message, /placeholder letter/);
  assert.deepEqual(findings[0].data?.replacements, ['account.1.enable']);
});
