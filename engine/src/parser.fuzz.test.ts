/**
 * Fuzz: the parser and every rule and feature must survive any input: random bytes, mutated real files,
 * huge lines. Seeded, so a failure can be replayed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from './document';
import { complete } from './features/completion';
import { formatDocument } from './features/formatting';
import { hover } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { sortSettingsInSections } from './features/sortSettings';
import { documentSymbols, foldingRanges } from './features/symbols';
import { parse, splitLines } from './parser';
import { sampleCatalog, sampleSuggester } from './testing/sampleCatalog';
import { mutate, random, randomText } from './testing/fuzz';
import { validate } from './validate';

const SEED_TEXT = [
  '\ufeff#!version:1.0.0.1',
  '##### Accounts #####',
  'account.1.enable = 1',
  'account.1.sip_server.2.transport_type=2',
  'static.security.user_password = admin:p#ss=word',
  '[T46S]include:config "a.cfg"',
  'account.{$row}.label = {{ name }}',
  '{% if x %}',
  'lang.gui =',
  '# yealink-disable-next-line YL003',
  'bad line without equals',
  '= value without key',
  '#!encrypt:1.0.0.0',
].join('\r\n');

function exercise(text: string): void {
  const parsed = parse(text);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  assert.equal(parsed.lines.length, splitLines(body).lines.length, 'one parsed line per text line');
  for (const line of parsed.lines) {
    if (line.kind !== 'setting') continue;
    assert.ok(line.keySpan.start <= line.keySpan.end && line.keySpan.end <= line.text.length, 'key span inside the line');
    assert.ok(line.valueSpan.start <= line.valueSpan.end && line.valueSpan.end <= line.text.length, 'value span inside the line');
    assert.equal(line.text.slice(line.keySpan.start, line.keySpan.end), line.key);
    assert.equal(line.text.slice(line.valueSpan.start, line.valueSpan.end), line.value);
  }
  const doc = analyze(text, 'y000000000066.cfg');
  for (const finding of validate(doc, { catalog: sampleCatalog, suggester: sampleSuggester })) {
    assert.ok(finding.start <= finding.end, `${finding.code} has an ordered range`);
    assert.ok(finding.line >= 0 && finding.line < Math.max(parsed.lines.length, 1), `${finding.code} is on an existing line`);
    assert.ok(!finding.message.startsWith('Internal error'), finding.message);
  }
  documentSymbols(doc);
  foldingRanges(doc);
  inlayHints(doc, { start: { line: 0, character: 0 }, end: { line: parsed.lines.length, character: 0 } }, sampleCatalog);
  formatDocument(doc);
  sortSettingsInSections(doc, sampleCatalog);
  const line = Math.floor(parsed.lines.length / 2);
  const character = Math.floor((parsed.lines[line]?.text.length ?? 0) / 2);
  complete(doc, { line, character }, sampleCatalog);
  hover(doc, { line, character }, sampleCatalog);
}

test('mutated real-looking files never break the engine', () => {
  const next = random(20261126);
  for (let i = 0; i < 3000; i++) exercise(mutate(SEED_TEXT, next));
});

test('random text never breaks the engine', () => {
  const next = random(7);
  for (let i = 0; i < 2000; i++) exercise(randomText(next));
});

test('edge shapes: empty, only breaks, one huge line, lone CRs', () => {
  for (const text of ['', '\n', '\r\r\r', '\ufeff', '=', '#', '#!', 'a'.repeat(100000), `${'x='.repeat(5000)}\n`, '\r\n'.repeat(1000)]) exercise(text);
});
