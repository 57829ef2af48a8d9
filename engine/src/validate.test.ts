import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Catalog, fillPlaceholders } from './catalog/catalog';
import { NameSuggester } from './catalog/suggest';
import { analyze, type AnalyzedDocument, type ServiceSettings } from './document';
import { RULES, type Finding, type Rule } from './rules';
import { random } from './testing/fuzz';
import { sampleCatalog, sampleSuggester } from './testing/sampleCatalog';
import { byPosition, validate, type ValidationOptions } from './validate';

const H = '#!version:1.0.0.1\n';
const sample = { catalog: sampleCatalog, suggester: sampleSuggester };

function codes(text: string, path = 'y000000000066.cfg', settings: ServiceSettings = {}): string[] {
  return validate(analyze(text, path, settings), { catalog: sampleCatalog, suggester: sampleSuggester, settings }).map((f) => `${f.code}@${f.line + 1}`);
}

test('a clean file has no findings', () => {
  assert.deepEqual(codes(`${H}account.1.enable = 1\naccount.1.label = Desk\n`), []);
});

test('severity settings change or silence a rule', () => {
  const text = `${H}static.network.internet_port.type = 0\n`;
  const doc = analyze(text, 'x.cfg');
  // Outside git YL007 lowers itself to information; the user's setting wins over that.
  assert.equal(validate(doc, sample)[0].severity, 'information');
  assert.equal(validate(doc, { ...sample, settings: { severity: { YL007: 'warning' } } })[0].severity, 'warning');
  assert.deepEqual(validate(doc, { ...sample, settings: { severity: { YL007: 'off' } } }), []);
});

test('yealink-disable-next-line silences the named rule on the next line only', () => {
  const text = `${H}# yealink-disable-next-line YL014\nfoo.bar = 1\nfoo.baz = 1\n`;
  assert.deepEqual(codes(text), ['YL014@4']);
});

test('yealink-disable-next-line without codes silences every rule on the next line', () => {
  assert.deepEqual(codes(`${H}# yealink-disable-next-line\nfoo.bar = x y\n`), []);
});

test('yealink-disable silences a rule for the whole file', () => {
  const text = `${H}# yealink-disable YL007\nstatic.network.internet_port.type = 0\nnetwork.vlan.internet_port_vid = 5\n`;
  assert.deepEqual(codes(text), []);
});

test('a rule that throws becomes one finding, the others still run', () => {
  const broken = { code: 'YL999', title: 'broken', defaultSeverity: 'warning' as const, check: () => { throw new Error('boom'); } };
  const findings = validate(analyze(`${H}`, 'x.cfg'), { ...sample, rules: [broken] });
  assert.equal(findings.length, 1);
  assert.match(findings[0].message, /Internal error in rule YL999: boom/);
});

test('visitors see lines in file order, unknown settings also as such; a visitor whose rule threw is dropped', () => {
  const events: string[] = [];
  const watching: Rule = {
    code: 'YL998',
    title: 'watching',
    defaultSeverity: 'hint',
    check: () => ({
      setting: (setting) => events.push(`setting@${setting.line}`),
      unknownSetting: (setting) => events.push(`unknown@${setting.line}`),
      other: (line) => events.push(`${line.kind}@${line.line}`),
    }),
  };
  let calls = 0;
  const throwing: Rule = {
    code: 'YL999',
    title: 'throwing',
    defaultSeverity: 'hint',
    check: () => ({
      setting: () => {
        calls++;
        throw new Error('boom');
      },
    }),
  };
  const text = `${H}lang.gui = English\n# comment\n{% if x %}\n\naccount.1.enable = 1\nno.such.name = 1\n{% endif %}\n`;
  const findings = validate(analyze(text, 'x.cfg'), { ...sample, rules: [watching, throwing] });
  assert.deepEqual(events, ['header@0', 'setting@1', 'template@3', 'setting@5', 'setting@6', 'unknown@6', 'template@7']);
  assert.equal(calls, 1);
  assert.deepEqual(findings.map((f) => f.code), ['YL999']);
});

test('findings come sorted by position', () => {
  const text = `${H}zzz.unknown = 1\naccount.1.enable = 7\n`;
  assert.deepEqual(codes(text), ['YL014@2', 'YL004@3']);
});

test('the rules share one catalog lookup per setting, however many of them ask', () => {
  const text = `${H}account.1.enable = 1\naccount.1.label = Desk\naccount.2.enable = 1\nacount.1.enable = 1\nstatic.network.internet_port.type = 0\n`;
  const doc = analyze(text, 'x.cfg');
  const asked: string[] = [];
  const counting = Object.create(sampleCatalog) as typeof sampleCatalog;
  counting.lookup = (key: string) => {
    asked.push(key);
    return sampleCatalog.lookup(key);
  };
  const findings = validate(doc, { catalog: counting, suggester: sampleSuggester });
  assert.ok(findings.length > 0);
  const settingKeys = doc.parsed.settings.map((s) => s.key);
  // Each setting's key is looked up once by the shared cache; rules may add other keys (a lower-case spelling).
  for (const key of settingKeys) assert.equal(asked.filter((k) => k === key).length, 1, key);
});

/**
 * The reference the shared walk is held to: each rule alone, walking the lines with a loop of its own and
 * its own catalog lookups, as rules worked before the walk was shared. Same findings, same order.
 */
function eachRuleWalkingAlone(doc: AnalyzedDocument, options: ValidationOptions): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const alone: Rule = {
      ...rule,
      check(context, report) {
        const visitor = rule.check(context, report);
        if (!visitor) return;
        for (const line of doc.parsed.lines) {
          if (line.kind === 'setting') {
            if (!line.templatedKey) {
              const match = context.catalog.lookup(line.key);
              visitor.setting?.(line, match);
              if (!match) visitor.unknownSetting?.(line);
            }
          } else if (line.kind !== 'comment' && line.kind !== 'blank') {
            visitor.other?.(line);
          }
        }
      },
    };
    findings.push(...validate(doc, { ...options, rules: [alone] }));
  }
  return findings.sort((a, b) => a.line - b.line || a.start - b.start || a.code.localeCompare(b.code));
}

/** A fleet-style file from the shipped catalog: every kind of value, with slips, bad values, duplicates and template blocks. */
function generatedFile(lines: number): string {
  const next = random(10);
  const out = ['#!version:1.0.0.1', '# yealink-disable-next-line YL004'];
  const entries = Catalog.default().entries;
  for (let i = 0; out.length < lines; i++) {
    const { spec } = entries[(i * 7) % entries.length];
    const key = fillPlaceholders(spec.pattern, (letter) => String((spec.indexes?.[letter]?.min ?? 1) + Math.floor(next() * 3)));
    const value = i % 11 === 0 ? 'not valid' : spec.default ?? '1';
    if (i % 41 === 0) out.push(`${key.slice(0, 4)}${key.slice(5)} = ${value}`);
    else if (i % 59 === 0) out.push('{% if phone.model %}', `${key} = ${value}`, '{% else %}', `${key} = ${value}`, '{% endif %}');
    else if (i % 67 === 0) out.push(`${key} = ${value}`, `${key} = ${value}`);
    else if (i % 71 === 0) out.push(`${key} ${value}`, '#!nonsense', 'include:config "x.cfg"');
    else out.push(i % 5 === 0 ? `## ${spec.pattern}` : '', `${key} = ${value}`);
  }
  return `${out.join('\r\n')}\r\n`;
}

test('the shared walk finds exactly what each rule walking the file alone finds (examples and a large generated file)', () => {
  const examples = join(__dirname, '../../../examples');
  const files: [string, string][] = readdirSync(examples).map((name) => [name, readFileSync(join(examples, name), 'utf8')]);
  const generated = generatedFile(6000);
  files.push(['y000000000066.cfg', generated], ['001565abcdef.cfg', generated], ['y000000000000.boot', generated]);
  const catalog = Catalog.default();
  const options: ValidationOptions = { catalog, suggester: new NameSuggester(catalog), fileExists: (path) => !path.endsWith('x.cfg') };
  let total = 0;
  for (const [name, text] of files) {
    for (const settings of [{}, { rebootWarnings: 'always' as const, severity: { YL014: 'off' as const } }]) {
      const doc = analyze(text, `/fleet/${name}`, settings);
      const shared = validate(doc, { ...options, settings });
      assert.deepStrictEqual(shared, eachRuleWalkingAlone(doc, { ...options, settings }), name);
      total += shared.length;
    }
  }
  assert.ok(total > 1000, `the inputs give the rules plenty to report (${total} findings)`);
});

test('typo suggestions are only looked for on names the catalog does not know', () => {
  const text = `${H}account.1.enable = 1\nacount.1.enable = 1\nzzz.unknown = 1\nlang.gui = English\naccount.{$n}.enable = 1\n`;
  const asked: string[] = [];
  const counting = Object.create(sampleSuggester) as typeof sampleSuggester;
  counting.nearMisses = (key: string) => {
    asked.push(key);
    return sampleSuggester.nearMisses(key);
  };
  validate(analyze(text, 'x.cfg'), { catalog: sampleCatalog, suggester: counting });
  assert.deepEqual([...new Set(asked)].sort(), ['acount.1.enable', 'zzz.unknown']);
});

test('orders findings by line, column, then code, as localeCompare ordered the codes', () => {
  const at = (line: number, start: number, code: string): Finding => ({ code, severity: 'warning', message: code, line, start, end: start + 1 });
  const findings = [at(2, 0, 'YL010'), at(1, 4, 'YL002'), at(1, 4, 'YL001'), at(1, 0, 'YL100'), at(2, 0, 'YL009')];
  const expected = [...findings].sort((a, b) => a.line - b.line || a.start - b.start || a.code.localeCompare(b.code));
  assert.deepEqual([...findings].sort(byPosition), expected);
  assert.deepEqual(
    [...findings].sort(byPosition).map((f) => `${f.line}:${f.start}:${f.code}`),
    ['1:0:YL100', '1:4:YL001', '1:4:YL002', '2:0:YL009', '2:0:YL010'],
  );
});
