import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { combineSettings, knownPatternFor, parseProjectFile, ProjectFileError, ProjectFiles, withExtraParameter } from './projectFile';

test('reads extra parameters and severities, upper-casing rule codes', () => {
  const settings = parseProjectFile('\ufeff{ "extraParameters": [" custom.X.value "], "severity": { "yl014": "off" } }', 'p.json');
  assert.deepEqual(settings, { extraParameters: ['custom.X.value'], severity: { YL014: 'off' } });
  assert.deepEqual(parseProjectFile('{}', 'p.json'), { extraParameters: [], severity: {} });
});

test('refuses what it does not understand, saying where and why', () => {
  assert.throws(() => parseProjectFile('{ nope', 'p.json'), (e: Error) => e instanceof ProjectFileError && /p\.json is not valid JSON/.test(e.message));
  assert.throws(() => parseProjectFile('[]', 'p.json'), /must hold a JSON object/);
  assert.throws(() => parseProjectFile('{ "extraParameters": "a.b" }', 'p.json'), /"extraParameters" must be a list/);
  assert.throws(() => parseProjectFile('{ "severity": { "YL014": "loud" } }', 'p.json'), /severity of YL014 must be error, warning/);
  assert.throws(() => parseProjectFile('{ "severity": { "typo": "off" } }', 'p.json'), /"typo" in "severity" is not a rule code/);
});

test('a key becomes a pattern with a placeholder per number', () => {
  assert.equal(knownPatternFor('custom.3.widget.12.colour'), 'custom.X.widget.Y.colour');
  assert.equal(knownPatternFor('static.network.cdp.enable'), 'static.network.cdp.enable');
});

test('adding a pattern keeps the rest of the file, its line ends, and no duplicates', () => {
  assert.equal(withExtraParameter(undefined, 'a.X.b', 'p.json'), '{\n  "extraParameters": [\n    "a.X.b"\n  ]\n}\n');
  const existing = '{\r\n  "severity": { "YL007": "hint" },\r\n  "extraParameters": ["a.X.b"]\r\n}\r\n';
  const updated = withExtraParameter(existing, 'c.d', 'p.json');
  assert.deepEqual(JSON.parse(updated), { severity: { YL007: 'hint' }, extraParameters: ['a.X.b', 'c.d'] });
  assert.ok(updated.includes('\r\n') && !/[^\r]\n/.test(updated));
  assert.deepEqual(JSON.parse(withExtraParameter(updated, 'c.d', 'p.json')).extraParameters, ['a.X.b', 'c.d']);
  assert.throws(() => withExtraParameter('{ broken', 'c.d', 'p.json'), ProjectFileError);
});

test('settings and flags add extras; their severity wins per rule', () => {
  const project = { extraParameters: ['a.b'], severity: { YL014: 'off', YL007: 'hint' } } as const;
  assert.deepEqual(combineSettings(project, { extraParameters: ['c.d', 'a.b'], severity: { YL007: 'error' }, model: 'T46S' }), {
    extraParameters: ['a.b', 'c.d'],
    severity: { YL014: 'off', YL007: 'error' },
    model: 'T46S',
  });
  assert.deepEqual(combineSettings(undefined, { model: 'T46S' }), { model: 'T46S' });
});

test('the nearest project file above a file applies; answers are kept until invalidated', () => {
  const root = join('/', 'r');
  const files = new Map<string, string>([[join(root, '.yealink-cfg.json'), '{ "extraParameters": ["a.b"] }']]);
  let reads = 0;
  const projects = new ProjectFiles({ readText: (path) => (reads++, files.get(path)) });
  assert.deepEqual(projects.lookup(join(root, 'x', 'y', 'site.cfg'))?.settings?.extraParameters, ['a.b']);
  const readsBefore = reads;
  assert.equal(projects.lookup(join(root, 'x', 'y', 'other.cfg'))?.path, join(root, '.yealink-cfg.json'));
  assert.equal(reads, readsBefore);
  files.set(join(root, 'x', '.yealink-cfg.json'), '{ "severity": { "YL003": "x" } }');
  projects.invalidate();
  const nearer = projects.lookup(join(root, 'x', 'y', 'site.cfg'));
  assert.equal(nearer?.path, join(root, 'x', '.yealink-cfg.json'));
  assert.match(nearer?.error ?? '', /severity of YL003/);
  assert.equal(projects.lookup(join('/', 'elsewhere', 'f.cfg')), undefined);
});
