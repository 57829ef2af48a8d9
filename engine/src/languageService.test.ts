import { test } from 'node:test';
import assert from 'node:assert/strict';
import { YealinkLanguageService } from './languageService';
import { sampleCatalog } from './testing/sampleCatalog';

test('the facade wires every feature to the same analysed document', () => {
  const service = new YealinkLanguageService({}, sampleCatalog);
  const doc = service.analyze('#!version:1.0.0.1\nacount.1.enable = 1\nlang.gui = English\n', 'file:///x/y000000000066.cfg');
  const diagnostics = service.diagnostics(doc, 'file:///x/y000000000066.cfg');
  assert.deepEqual(diagnostics.map((d) => d.code), ['YL003']);
  assert.equal(service.codeActions(doc, 'file:///x/y000000000066.cfg', diagnostics)[0].title, 'Change to "account.1.enable"');
  assert.ok(service.hover(doc, { line: 2, character: 2 }));
  assert.ok(service.complete(doc, { line: 2, character: 5 }).items.length > 0);
  assert.deepEqual(service.documentSymbols(doc).map((s) => s.name), ['acount.1', 'lang']);
  assert.deepEqual(service.summarize(doc), { kind: 'Common CFG', model: 'T46S', modelSource: 'file name', content: 'plain' });
});

test('extra parameters from settings silence YL003 for those names', () => {
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
