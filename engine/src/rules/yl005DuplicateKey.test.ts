import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, HEADER_LINE } from '../testing/ruleHarness';
import { duplicateKey } from './yl005DuplicateKey';
import { Catalog } from '../catalog/catalog';
import { NameSuggester } from '../catalog/suggest';
import { analyze } from '../document';
import { validate } from '../validate';
import { canonicalKey, canonicalName } from '../catalog/canonical';
import type { SettingLine } from '../parser';
import { random } from '../testing/fuzz';

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

test('an indexed old name and its successor with the same index are one parameter; other indexes are not', () => {
  // The shipped catalog: the capital-G codec spelling of Yealink's account templates is an older name.
  const text = `${HEADER_LINE}account.2.codec.G722_1_24kpbs.enable = 1\naccount.3.codec.g722_1_24kpbs.enable = 0\naccount.2.codec.g722_1_24kpbs.enable = 0\n`;
  const catalog = Catalog.default();
  const findings = validate(analyze(text, 'settings.cfg'), { catalog, suggester: new NameSuggester(catalog), rules: [duplicateKey] });
  assert.deepEqual(findings.map((f) => [f.line, f.related?.[0].line]), [[3, 1]]);
  assert.match(findings[0].message, /same parameter as "account.2.codec.G722_1_24kpbs.enable"/);
  // An older name's canonical name writes its numbers plainly, so a zero-padded old name meets its successor.
  const padded = `${HEADER_LINE}account.02.codec.G722_1_24kpbs.enable = 1\naccount.2.codec.g722_1_24kpbs.enable = 0\n`;
  assert.equal(validate(analyze(padded, 'settings.cfg'), { catalog, suggester: new NameSuggester(catalog), rules: [duplicateKey] }).length, 1);
});

test('keys with two indexes differ by either index', () => {
  const text = `${HEADER_LINE}account.1.sip_server.2.address = a\naccount.2.sip_server.1.address = b\naccount.1.sip_server.1.address = c\naccount.1.sip_server.2.address = d\n`;
  assert.deepEqual(findingsOf(duplicateKey, text).map((f) => [f.line, f.related?.[0].line]), [[4, 1]]);
});

test('a zero-padded index is compared by its text, as written', () => {
  // The phone's reading of `account.01` is not documented: only the very same text counts as a repeat.
  const text = `${HEADER_LINE}account.01.enable = 1\naccount.1.enable = 0\naccount.01.enable = 0\n`;
  assert.deepEqual(findingsOf(duplicateKey, text).map((f) => [f.line, f.related?.[0].line]), [[3, 1]]);
});

test('indexes too large to pack or to hold exactly are still told apart', () => {
  const huge = '12345678901234567890';
  const close = '12345678901234567891';
  const text = `${HEADER_LINE}account.1.sip_server.40000.address = a\naccount.1.sip_server.40001.address = b\naccount.${huge}.enable = 1\naccount.${close}.enable = 1\naccount.1.sip_server.40000.address = c\naccount.${huge}.enable = 0\n`;
  assert.deepEqual(findingsOf(duplicateKey, text).map((f) => [f.line, f.related?.[0].line]), [[5, 1], [6, 3]]);
});

/** What YL005 is held to: a map of canonical names (canonicalKey), started afresh at each template statement. */
function repeatsByCanonicalName(text: string, catalog: Catalog): [number, number][] {
  const found: [number, number][] = [];
  let first = new Map<string, SettingLine>();
  for (const line of analyze(text, 'settings.cfg').parsed.lines) {
    if (line.kind === 'template') first = new Map();
    if (line.kind !== 'setting' || line.templatedKey) continue;
    const identity = canonicalKey(line.key, line.value, catalog.lookup(line.key));
    const earlier = first.get(identity);
    if (!earlier) first.set(identity, line);
    else if (line.value !== '' || earlier.value !== '') found.push([line.line, earlier.line]);
  }
  return found;
}

test('YL005 finds exactly the repeats that comparing canonical names finds (random files: old names, padded and huge indexes, per-user values, template regions)', () => {
  const catalog = Catalog.default();
  const suggester = new NameSuggester(catalog);
  const next = random(5);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const names = [
    ...catalog.entries.filter((_, i) => i % 9 === 0).map((entry) => entry.spec.pattern),
    ...catalog.aliases.flatMap((alias) => [alias.alias, alias.of]),
    'static.security.user_password',
    'no.such.name',
  ];
  const index = () => pick(['1', '1', '01', '2', '02', '40000', '65536', '12345678901234567890']);
  const value = () => pick(['', '1', 'admin:x', 'user:y', 'admin:z']);
  let total = 0;
  for (let file = 0; file < 200; file++) {
    const lines = ['#!version:1.0.0.1'];
    for (let i = 0; i < 40; i++) {
      const roll = next();
      if (roll < 0.05) lines.push(pick(['{% if x %}', '{else}', '{/if}']));
      else lines.push(`${pick(names).replace(/\b[A-Z]\b/g, index)} = ${value()}`);
      if (roll > 0.8 && lines.length > 2) lines.push(lines[1 + Math.floor(next() * (lines.length - 1))]);
      // The same parameter written another way: under its current name, or with its indexes padded or not.
      if (roll > 0.65 && roll <= 0.8 && lines.length > 2) {
        const [key, rest] = lines[1 + Math.floor(next() * (lines.length - 1))].split(' = ');
        const other = next() < 0.5 ? canonicalName(key, catalog.lookup(key)) : key.replace(/\.0*(\d+)(?=\.|$)/g, (_, digits: string) => (next() < 0.5 ? `.0${digits}` : `.${digits}`));
        lines.push(`${other} = ${rest ?? value()}`);
      }
    }
    const text = `${lines.join('\n')}\n`;
    const expected = repeatsByCanonicalName(text, catalog).sort((a, b) => a[0] - b[0]);
    const actual = validate(analyze(text, 'settings.cfg'), { catalog, suggester, rules: [duplicateKey] }).map((f): [number, number] => [f.line, f.related?.[0].line ?? -1]);
    assert.deepEqual(actual, expected, text);
    total += actual.length;
  }
  assert.ok(total > 500, `the files repeat plenty (${total} repeats)`);
});
