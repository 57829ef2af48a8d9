import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, flagged, HEADER_LINE } from '../testing/ruleHarness';
import { missingInclude } from './yl013MissingInclude';

const text = `${HEADER_LINE}include:config "y000000000066.cfg"\ninclude:config "missing.cfg"\ninclude:config "https://prov.example.com/a.cfg"\n`;
const present = new Set(['/fleet/y000000000066.cfg']);

test('flags includes whose file is not beside the boot file; remote URLs are not checked', () => {
  const findings = findingsOf(missingInclude, text, '/fleet/y000000000000.boot', {}, (path) => present.has(path));
  assert.deepEqual(findings.map((f) => f.line), [2]);
  assert.equal(flagged(text, findings[0]), 'missing.cfg');
  assert.match(findings[0].message, /looked for \/fleet\/missing\.cfg/);
});

test('works from a file URI as the language server gives it', () => {
  const findings = findingsOf(missingInclude, text, 'file:///fleet/y000000000000.boot', {}, (path) => present.has(path));
  assert.deepEqual(findings.map((f) => f.line), [2]);
});

test('an encoded file URI (spaces, #) resolves to the right folder', () => {
  const findings = findingsOf(missingInclude, text, 'file:///my%20fleet%20%231/y000000000000.boot', {}, (path) => path === '/my fleet #1/y000000000066.cfg');
  assert.deepEqual(findings.map((f) => f.line), [2]);
});

test('quiet where the disk cannot be looked at, and in CFG files', () => {
  assert.deepEqual(findingsOf(missingInclude, text, '/fleet/y000000000000.boot'), []);
  assert.deepEqual(findingsOf(missingInclude, text, '/fleet/y000000000066.cfg', {}, () => false), []);
});

test('include names with #, ? and % are file names: found when the file is there, no internal error', () => {
  const boot = '#!version:1.0.0.1\ninclude:config "site#2.cfg"\ninclude:config what?.cfg\ninclude:config "100%.cfg"\ninclude:config "gone#.cfg"\n';
  const files = new Set(['/fleet/site#2.cfg', '/fleet/what?.cfg', '/fleet/100%.cfg']);
  const findings = findingsOf(missingInclude, boot, '/fleet/y000000000000.boot', {}, (p) => files.has(p));
  assert.deepEqual(findings.map((f) => [f.line, f.message.includes('Internal error')]), [[4, false]]);
  assert.match(findings[0].message, /looked for \/fleet\/gone#\.cfg/);
});

test("a provisioning template's placeholder in the include path is not looked up", () => {
  const templated = `${HEADER_LINE}include:config "{$mac}.cfg"\ninclude:config "{{ mac }}.cfg"\ninclude:config "gone.cfg"\n`;
  const findings = findingsOf(missingInclude, templated, '/fleet/y000000000000.boot', {}, () => false);
  assert.deepEqual(findings.map((f) => f.line), [3]);
});
