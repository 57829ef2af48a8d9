import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type ServiceSettings } from './document';
import { sampleCatalog, sampleSuggester } from './testing/sampleCatalog';
import { validate } from './validate';

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
