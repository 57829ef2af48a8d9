import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectContent, keySegments, parse, splitLines } from './parser';

test('splits CRLF, LF and lone CR like LSP does', () => {
  assert.deepEqual(splitLines('a\r\nb\nc\rd').lines, ['a', 'b', 'c', 'd']);
  assert.deepEqual(splitLines('a\n').lines, ['a', '']);
});

test('a file with one kind of line break splits and counts as the general rule does', () => {
  const general = (text: string) => text.split(/\r\n|\r|\n/);
  for (const text of ['', 'a', 'a\r\nb\r\n', 'a\nb\n', '\r\n\r\n', 'a\r\r\nb', 'a\rb\r\nc', 'a\r\nb\nc', 'a\n\rb', 'a\rb\rc', 'a\r']) {
    assert.deepEqual(splitLines(text).lines, general(text), JSON.stringify(text));
  }
  assert.deepEqual(splitLines('a\r\nb\r\n'), { lines: ['a', 'b', ''], crlf: 2, lf: 0 });
  assert.deepEqual(splitLines('a\nb\n'), { lines: ['a', 'b', ''], crlf: 0, lf: 2 });
  assert.deepEqual(splitLines('a\r\r\nb\nc'), { lines: ['a', '', 'b', 'c'], crlf: 1, lf: 1 });
});

test('reads header, comments, blank lines and settings with exact spans', () => {
  const doc = parse('#!version:1.0.0.1\r\n## banner ##\r\n\r\n  account.1.enable = 1\r\n');
  assert.deepEqual(
    doc.lines.map((l) => l.kind),
    ['header', 'comment', 'blank', 'setting', 'blank'],
  );
  const setting = doc.settings[0];
  assert.equal(setting.key, 'account.1.enable');
  assert.deepEqual(setting.keySpan, { start: 2, end: 18 });
  assert.equal(setting.value, '1');
  assert.deepEqual(setting.valueSpan, { start: 21, end: 22 });
  assert.equal(doc.eol, '\r\n');
  assert.equal(doc.missingFinalNewline, false);
});

test('keeps # and = inside values and accepts k=v without spaces', () => {
  const doc = parse('#!version:1.0.0.1\nstatic.auto_provision.aes_key.com=ab#c=d\n');
  assert.equal(doc.settings[0].key, 'static.auto_provision.aes_key.com');
  assert.equal(doc.settings[0].value, 'ab#c=d');
});

test('an empty value has an empty span right after the equals sign', () => {
  const doc = parse('#!version:1.0.0.1\naccount.1.label =\n');
  const setting = doc.settings[0];
  assert.equal(setting.value, '');
  assert.equal(setting.valueSpan.start, setting.valueSpan.end);
  assert.equal(setting.valueSpan.start, 17);
});

test('notes a BOM and a missing final newline without shifting columns', () => {
  const doc = parse('\ufeff#!version:1.0.0.1\nlang.gui = English');
  assert.equal(doc.hasBom, true);
  assert.equal(doc.lines[0].kind, 'header');
  assert.equal(doc.missingFinalNewline, true);
  assert.equal(doc.settings[0].valueSpan.start, 11);
});

test('a header anywhere but line 1 is a directive, not a header', () => {
  const doc = parse('lang.gui = English\n#!version:1.0.0.1\n');
  assert.equal(doc.lines[1].kind, 'directive');
});

test('reads boot-file includes with and without quotes and model prefixes', () => {
  const doc = parse('#!version:1.0.0.1\ninclude:config "sip.cfg"\n[T46S,T48S]include:config dir/a.cfg\n');
  const [plain, scoped] = [doc.lines[1], doc.lines[2]];
  assert.equal(plain.kind, 'include');
  assert.equal(scoped.kind, 'include');
  if (plain.kind !== 'include' || scoped.kind !== 'include') return;
  assert.equal(plain.path, 'sip.cfg');
  assert.equal(doc.lines[1].text.slice(plain.pathSpan.start, plain.pathSpan.end), 'sip.cfg');
  assert.deepEqual(scoped.models, ['T46S', 'T48S']);
  assert.equal(scoped.path, 'dir/a.cfg');
  assert.equal(doc.lines[2].text.slice(scoped.pathSpan.start, scoped.pathSpan.end), 'dir/a.cfg');
});

test('template statements and placeholders are recognised, not errors', () => {
  const doc = parse('#!version:1.0.0.1\n{% if x %}\naccount.{$row}.label = {{ name }}\n{/if}\n');
  assert.equal(doc.lines[1].kind, 'template');
  const setting = doc.settings[0];
  assert.equal(setting.templatedKey, true);
  assert.equal(setting.templatedValue, true);
  assert.equal(doc.lines[3].kind, 'template');
});

test('a value chosen by an inline template block is templated, so value checks skip it', () => {
  const doc = parse('#!version:1.0.0.1\naccount.1.nat.nat_traversal = {if isset($stun_server)}1{else}0{/if}\nlabel = {ifx}\n');
  assert.equal(doc.settings[0].templatedValue, true);
  assert.equal(doc.settings[1].templatedValue, false);
});

test('%NULL% is a value, not a template placeholder', () => {
  const doc = parse('#!version:1.0.0.1\naccount.1.label = %NULL%\n');
  assert.equal(doc.settings[0].templatedValue, false);
});

test('a line without = is invalid with a reason', () => {
  const doc = parse('#!version:1.0.0.1\naccount.1.enable 1\n');
  const line = doc.lines[1];
  assert.equal(line.kind, 'invalid');
  assert.match(line.kind === 'invalid' ? line.reason : '', /no `=`/);
});

test('detects RSA envelopes, binary text and the pre-V70 INI format', () => {
  assert.equal(detectContent('#!encrypt:1.0.0.0\r\n#!key_signatue:RSA_256\r\n'), 'rsa-encrypted');
  assert.equal(detectContent('\u0001\u0002\ufffd\ufffd\u0000abc\ufffd'), 'binary');
  assert.equal(detectContent('[ account ]\r\npath=/yealink/config/voip/sipAccount0.cfg\r\nEnable = 1\r\n'), 'legacy-ini');
  assert.equal(detectContent('#!version:1.0.0.1\nlang.gui = English\n'), 'plain');
  const doc = parse('[ account ]\npath=/yealink/config/voip/sipAccount0.cfg\n');
  assert.equal(doc.settings.length, 0, 'legacy text is not read line by line');
});

test('key segments carry their columns', () => {
  assert.deepEqual(keySegments('a.12.b', 4), [
    { text: 'a', span: { start: 4, end: 5 } },
    { text: '12', span: { start: 6, end: 8 } },
    { text: 'b', span: { start: 9, end: 10 } },
  ]);
});

test('settings and statements list the lines rules read, in file order, without comments and blanks', () => {
  const doc = parse('#!version:1.0.0.1\n# note\nlang.gui = English\n\n{% if x %}\nno equals sign\ninclude:config "a.cfg"\n#!encrypt\naccount.1.enable = 1\n');
  assert.deepEqual(doc.settings.map((s) => [s.line, s.key]), [[2, 'lang.gui'], [8, 'account.1.enable']]);
  assert.deepEqual(doc.statements.map((s) => [s.line, s.kind]), [[0, 'header'], [4, 'template'], [5, 'invalid'], [6, 'include'], [7, 'directive']]);
  assert.equal(doc.settings.length, 2);
  assert.ok(doc.settings.every((s) => s.kind === 'setting' && doc.lines[s.line] === s));
});
