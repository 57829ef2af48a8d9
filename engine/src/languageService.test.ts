import { test } from 'node:test';
import assert from 'node:assert/strict';
import { YealinkLanguageService, type ProjectSettings } from './languageService';
import { sampleCatalog } from './testing/sampleCatalog';

test('the facade wires every feature to the same analysed document', () => {
  const service = new YealinkLanguageService({}, sampleCatalog);
  const doc = service.analyze('#!version:1.0.0.1\nacount.1.enable = 1\nlang.gui = English\n', 'file:///x/y000000000066.cfg');
  const diagnostics = service.diagnostics(doc, 'file:///x/y000000000066.cfg');
  assert.deepEqual(diagnostics.map((d) => d.code), ['YL003']);
  assert.equal(service.codeActions(doc, 'file:///x/y000000000066.cfg', diagnostics)[0].title, 'Change to "account.1.enable"');
  assert.ok(service.hover(doc, { line: 2, character: 2 }));
  assert.ok(service.complete(doc, { line: 2, character: 5 }).items.length > 0);
  assert.deepEqual(service.documentSymbols(doc).map((s) => s.name), ['acount.1.enable', 'lang.gui']);
  assert.deepEqual(service.summarize(doc), { kind: 'Common CFG', model: 'T46S', modelSource: 'file name', content: 'plain' });
});

test('extra parameters from settings make those names known', () => {
  const service = new YealinkLanguageService({}, sampleCatalog);
  const text = '#!version:1.0.0.1\ncustom.4.value = x\n';
  assert.equal(service.validate(service.analyze(text, 'a.cfg')).length, 1);
  service.configure({ extraParameters: ['custom.X.value'] });
  assert.equal(service.validate(service.analyze(text, 'a.cfg')).length, 0);
});

test('the model setting applies to files that do not name one', () => {
  const service = new YealinkLanguageService({ model: 'T23G' }, sampleCatalog);
  const doc = service.analyze('#!version:1.0.0.1\naccount.5.enable = 1\n', '001565abcdef.cfg');
  assert.deepEqual(service.validate(doc).map((f) => f.code), ['YL006']);
});

test('the editing features: inlay hints (off by setting), format, sort, workspace symbols', () => {
  const service = new YealinkLanguageService({}, sampleCatalog);
  const doc = service.analyze('#!version:1.0.0.1\nlinekey.2.type=16\naccount.1.enable = 1\n', 'file:///x/y000000000066.cfg');
  const whole = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };
  assert.deepEqual(service.inlayHints(doc, whole).map((h) => h.label), ['BLF']);
  assert.deepEqual(service.format(doc).map((e) => e.newText), ['linekey.2.type = 16']);
  assert.equal(service.sortSettings(doc).length, 1);
  const symbols = service.workspaceSymbols([['file:///x/y000000000066.cfg', service.indexSettings(doc)]], 'linekey');
  assert.deepEqual(symbols.map((s) => s.name), ['linekey.2.type']);
  service.configure({ inlayHints: false });
  assert.deepEqual(service.inlayHints(doc, whole), []);
});

test('the facade keeps one analysis per URI and version; settings and closing drop it', () => {
  const service = new YealinkLanguageService({}, sampleCatalog);
  let reads = 0;
  const text = () => {
    reads++;
    return '#!version:1.0.0.1\naccount.1.enable = 1\n';
  };
  const first = service.document('file:///p/y000000000066.cfg', 1, text);
  assert.equal(service.document('file:///p/y000000000066.cfg', 1, text), first);
  assert.equal(reads, 1);
  const second = service.document('file:///p/y000000000066.cfg', 2, text);
  assert.notEqual(second, first);
  service.configure({ model: 'T46S' });
  assert.notEqual(service.document('file:///p/y000000000066.cfg', 2, text), second);
  service.forget('file:///p/y000000000066.cfg');
  service.document('file:///p/y000000000066.cfg', 2, text);
  assert.equal(reads, 4);
});

test('project files listing the same extra parameters share one catalog, so its typo index is built once', () => {
  const built: (readonly string[])[] = [];
  const counting = Object.create(sampleCatalog) as typeof sampleCatalog;
  counting.withExtraPatterns = (patterns: readonly string[]) => {
    built.push(patterns);
    return sampleCatalog.withExtraPatterns(patterns);
  };
  const projects: Record<string, ProjectSettings> = {
    a: { extraParameters: ['custom.X.value'], severity: {} },
    b: { extraParameters: ['custom.X.value'], severity: { YL014: 'off' } },
    c: { extraParameters: [], severity: {} },
  };
  const service = new YealinkLanguageService({}, counting, { projectSettings: (path) => projects[path.split('/')[1]] });
  for (const folder of ['a', 'b', 'c', 'a']) {
    const findings = service.validate(service.analyze('#!version:1.0.0.1\ncustom.3.value = 1\n', `/${folder}/settings.cfg`));
    assert.deepEqual(findings.map((f) => f.code), folder === 'c' ? ['YL014'] : [], folder);
  }
  assert.deepEqual(built, [[], ['custom.X.value']]);
});

test('a decrypted document has the role and model of the encrypted file it came from', () => {
  const service = new YealinkLanguageService({}, sampleCatalog);
  const uri = 'yealink-decrypted:/srv/tftp/y000000000066.cfg%20%28decrypted%29';
  assert.deepEqual(service.summarize(service.analyze('#!version:1.0.0.1\naccount.1.enable = 1\n', uri)), { kind: 'Common CFG', model: 'T46S', modelSource: 'file name', content: 'plain' });
  assert.equal(service.summarize(service.analyze('#!version:1.0.0.1\n', 'file:///srv/tftp/notes (decrypted).cfg')).kind, 'Custom CFG');
});
