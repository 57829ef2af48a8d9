import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Catalog } from '../catalog/catalog';
import { NameSuggester } from '../catalog/suggest';
import type { CatalogFamily } from '../catalog/types';
import { analyze } from '../document';
import { findingsOf, flagged, HEADER_LINE } from '../testing/ruleHarness';
import { SAMPLE_FAMILY } from '../testing/sampleCatalog';
import { validate } from '../validate';
import { unknownParameter } from './yl003UnknownParameter';
import { notInCatalog } from './yl014NotInCatalog';

const source = { guide: 'FORMAT' };
const ACCOUNT = { X: { min: 1, max: 16 } };
/** Names the issue's harmful renames pointed at, and the real typos' intended names. */
const NEIGHBOURS: CatalogFamily = {
  family: 'neighbours',
  parameters: [
    { pattern: 'static.network.lldp.enable', value: { kind: 'text' }, description: 'LLDP.', source },
    { pattern: 'static.network.internet_port.ip', value: { kind: 'text' }, description: 'IPv4 address.', source },
    { pattern: 'account.X.dnd.enable', indexes: ACCOUNT, value: { kind: 'text' }, description: 'DND per account.', source },
    { pattern: 'account.X.expires', indexes: ACCOUNT, value: { kind: 'text' }, description: 'Registration period.', source },
    { pattern: 'static.auto_provision.weekly.enable', value: { kind: 'text' }, description: 'Weekly check.', source },
    { pattern: 'features.password_dial.enable', value: { kind: 'text' }, description: 'Password dial.', source },
    { pattern: 'features.system_function_bar.hide', value: { kind: 'text' }, description: 'Hides the bar.', source },
    { pattern: 'static.wui.https_enable', value: { kind: 'text' }, description: 'Web UI over HTTPS.', source },
    { pattern: 'static.wui.http_enable', value: { kind: 'text' }, description: 'Web UI over HTTP.', source },
    { pattern: 'ccount.X.slip_in_a_template', indexes: ACCOUNT, value: { kind: 'text' }, description: 'A slip in a source.', source },
    { pattern: 'features.dnd.enable', value: { kind: 'text' }, description: 'DND.', source },
    { pattern: 'features.fwd.enable', value: { kind: 'text' }, description: 'Forward.', source },
  ],
};

function check(body: string, families: CatalogFamily[] = [SAMPLE_FAMILY, NEIGHBOURS]) {
  const catalog = new Catalog(families);
  const text = `${HEADER_LINE}${body}\n`;
  const findings = validate(analyze(text, 'settings.cfg'), { catalog, suggester: new NameSuggester(catalog), rules: [unknownParameter, notInCatalog] });
  return findings.map((f) => ({ code: f.code, severity: f.severity, replacements: f.data?.replacements ?? [], ambiguous: f.data?.ambiguous === true, finding: f }));
}

function typoOf(key: string, families?: CatalogFamily[]): string | undefined {
  const [result] = check(`${key} = 1`, families);
  assert.ok(result, `${key} is flagged`);
  return result.code === 'YL003' ? result.replacements[0] : undefined;
}

test('a near miss of one known name is a likely typo, with the rename keeping the key numbers', () => {
  const text = `${HEADER_LINE}acount.2.enable = 1\n`;
  const [finding] = findingsOf(unknownParameter, text);
  assert.equal(flagged(text, finding), 'acount.2.enable');
  assert.equal(finding.severity, 'warning');
  assert.deepEqual(finding.data?.replacements, ['account.2.enable']);
  assert.match(finding.message, /probably a typo of account\.2\.enable/);
});

test('each kind of slip the issue lists is a likely typo', () => {
  assert.equal(typoOf('account.2.enabel'), 'account.2.enable'); // swapped
  assert.equal(typoOf('account.2.enabe'), 'account.2.enable'); // dropped
  assert.equal(typoOf('account.2.enablle'), 'account.2.enable'); // doubled
  assert.equal(typoOf('account.2.enabke'), 'account.2.enable'); // replaced
  assert.equal(typoOf('account.2.sip_server1.address'), 'account.2.sip_server.1.address'); // lost dot beside an index
  assert.equal(typoOf('static.networkinternet_port.ip'), 'static.network.internet_port.ip'); // lost dot
  assert.equal(typoOf('static.network.internet_port.i.p'), 'static.network.internet_port.ip'); // extra dot
  assert.equal(typoOf('Lang.GUI'), 'lang.gui'); // case only
  assert.equal(typoOf('network.internet_port.ip'), 'static.network.internet_port.ip'); // missing static.
  assert.equal(typoOf('static.lang.gui'), 'lang.gui'); // extra static.
  assert.equal(typoOf('linekey.1a.type'), 'linekey.1.type'); // a stray letter in the index
  assert.equal(typoOf('satic.network.internet_port.ip'), 'static.network.internet_port.ip'); // a slip in the prefix
});

test('the real typos from the wild are likely typos of their intended names', () => {
  assert.equal(typoOf('auto_provision.weekly.enalbe'), 'static.auto_provision.weekly.enable');
  assert.equal(typoOf('ccount.1.expires'), 'account.1.expires');
  assert.equal(typoOf('features.system_funtion_bar.hide'), 'features.system_function_bar.hide');
  assert.equal(typoOf('features.password_dial.enabl e'), 'features.password_dial.enable');
});

test('the harmful renames are not offered', () => {
  for (const [key, harmful] of [
    ['static.network.cdp.enable', 'static.network.lldp.enable'],
    ['static.network.ipv6_internet_port.ip', 'static.network.internet_port.ip'],
    ['lang.wui', 'lang.gui'],
    ['account.1.acd.enable', 'account.1.dnd.enable'],
  ]) {
    const [result] = check(`${key} = 1`);
    assert.equal(result.code, 'YL014', key);
    assert.equal(result.severity, 'information', key);
    assert.ok(!result.replacements.includes(harmful), `${key} must not be renamed to ${harmful}`);
  }
});

test('a long word where the name has an index is a name of its own', () => {
  const [result] = check('account.1.sip_server.primary.address = x');
  assert.equal(result.code, 'YL014');
  assert.deepEqual(result.replacements, []);
});

test('a replaced letter in a short segment is no typo even where the catalog lacks the other word', () => {
  const withoutWui = [SAMPLE_FAMILY];
  const [result] = check('lang.wui = English', withoutWui);
  assert.equal(result.code, 'YL014');
  assert.deepEqual(result.replacements, []);
});

test('equally near names: unknown tier, renames offered but none preferred', () => {
  const [result] = check('features.1.enable = 1');
  assert.equal(result.code, 'YL014');
  assert.equal(result.ambiguous, true);
  assert.deepEqual(result.replacements, ['features.dnd.enable', 'features.fwd.enable', 'features.password_dial.enable']);
});

test('known keys, aliases and template keys pass', () => {
  const text = `${HEADER_LINE}account.16.enable = 1\nnetwork.internet_port.type = 0\naccount.{$line}.enable = 1\n`;
  assert.deepEqual(findingsOf(unknownParameter, text), []);
});

test('boot files accept only their own keys', () => {
  const text = `${HEADER_LINE}overwrite_mode = 1\nlang.gui = English\n`;
  const findings = findingsOf(unknownParameter, text, 'y000000000000.boot');
  assert.deepEqual(findings.map((f) => f.line), [2]);
  assert.match(findings[0].message, /belongs in a CFG file/);
});

test('a name with nothing near is left to YL014', () => {
  assert.deepEqual(findingsOf(unknownParameter, `${HEADER_LINE}qqqqqqqqqqqqqqqqqqqq.zzzzzzzzzzzz = 1\n`), []);
});

test('a placeholder letter from a template is not called a typo (YL014 reports it)', () => {
  assert.deepEqual(findingsOf(unknownParameter, `${HEADER_LINE}account.x.enable = 1\n`), []);
  assert.equal(findingsOf(unknownParameter, `${HEADER_LINE}account.q.enable = 1\n`).length, 1);
});
