/**
 * Fuzz suite, adversarial shapes: every entry point that runs a regular expression (or any loop) on user
 * text must take time linear in the text. Each shape below made an earlier pattern backtrack (`[` and
 * spaces for the legacy-INI detector, `include:config` and spaces, `#` runs for banners, blanks inside a
 * `# yealink: model=` comment ...). A generous time budget per input: linear work takes milliseconds; a
 * quadratic pattern on this size takes seconds, a cubic one minutes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { Catalog } from './catalog/catalog';
import { findModel } from './catalog/models';
import { NameSuggester } from './catalog/suggest';
import { detectBytes } from './crypto/detect';
import { checkKey } from './crypto/keys';
import { parseRsaEnvelope } from './crypto/rsaEnvelope';
import { analyze } from './document';
import { complete } from './features/completion';
import { hover } from './features/hover';
import { documentLinks } from './features/links';
import { documentSymbols, foldingRanges } from './features/symbols';
import { classifyFile, isYealinkFile } from './fileKind';
import { includeFile } from './includes';
import { detectContent, hasTemplatePlaceholder, parse } from './parser';
import { readText } from './plainText';
import { pragmaAtCursor, parsePragma } from './pragmas';
import { validate } from './validate';
import { checkValue } from './values';

const N = 100_000;
// Linear work on 100,000 characters takes milliseconds; a quadratic pattern takes tens of seconds. The
// budget leaves room for a machine busy with other jobs (3 s failed now and then under heavy load).
const BUDGET_MS = 10_000;
const catalog = Catalog.default();
const suggester = new NameSuggester(catalog);

const blanks = ' '.repeat(N);
const SHAPES: Record<string, string> = {
  'legacy INI: [ and spaces': `[${blanks}`,
  'legacy INI: [ spaces and a name, no ]': `[${' a'.repeat(N / 2)}`,
  'legacy INI: many blank lines before path': `${'\n'.repeat(N)}x`,
  'legacy INI: path= and spaces': `[ a ]\npath${blanks}=${blanks}x`,
  'include:config and spaces': `include:config${blanks}x\n`,
  'include:config, a path with inner spaces': `include:config x${blanks}x\n`,
  'include:config, quoted path with inner spaces': `[T46S]include:config "a${blanks}b"`,
  'include:config, spaces, no end': `#!version:1.0.0.1\ninclude:config${blanks}`,
  'model list without ]': `[${'T46S,'.repeat(N / 5)}include:config a.cfg`,
  'model comment with blanks': `# yealink: model=a${blanks}!`,
  'model comment, blanks before =': `# yealink: model${blanks}x`,
  'disable comment with many codes': `# yealink-disable${' YL001'.repeat(N / 6)} !`,
  'banner of # runs': `${'#'.repeat(N)}x`,
  'inline banner with blanks': `#####${blanks}x${blanks}#`,
  'framed banner': `#####\n##${' #'.repeat(N / 2)}x\n#####`,
  'template placeholders': `a = ${'$a'.repeat(N / 2)}`,
  'percent runs': `a = ${'%A'.repeat(N / 2)}`,
  'key of dots': `${'.'.repeat(N)}= 1`,
  'long unknown key': `${'account.1.'.repeat(N / 10)}x = 1`,
  'value of blanks then junk': `account.1.sip_server.1.address =${blanks}!`,
  'equals runs': `a${'='.repeat(N)}`,
  'one huge setting line': `account.1.label = ${'x'.repeat(N)}`,
};

const VALUE_KINDS = [
  { kind: 'host' },
  { kind: 'url' },
  { kind: 'ipv4' },
  { kind: 'time' },
  { kind: 'integer', min: 0, max: 10 },
  { kind: 'float', min: 0, max: 10 },
  { kind: 'string', charset: 'A-Za-z0-9 ', maxLength: 10 },
  { kind: 'list', item: { kind: 'host' } },
] as const;
const ADVERSARIAL_VALUES = [
  `${'a.'.repeat(N / 2)}!`,
  `${':'.repeat(N)}`,
  `http://${'a'.repeat(N)}:99999`,
  `${'1.'.repeat(N / 2)}`,
  `[${':'.repeat(N)}`,
  `${'a-'.repeat(N / 2)}`,
  `${' '.repeat(N)}x`,
  `${'a,'.repeat(N / 2)}`,
];

function timed(name: string, run: () => void): void {
  const start = performance.now();
  run();
  const took = performance.now() - start;
  assert.ok(took < BUDGET_MS, `${name}: ${took.toFixed(0)} ms on ${N} characters; a pattern is not linear`);
}

for (const [name, text] of Object.entries(SHAPES)) {
  test(`linear time: ${name}`, () => {
    timed(`${name} (parse, analyze, validate)`, () => {
      parse(text);
      detectContent(text);
      hasTemplatePlaceholder(text);
      const doc = analyze(text, 'y000000000000.boot');
      validate(doc, { catalog, suggester, fileExists: () => false });
      const cfg = analyze(text, 'y000000000066.cfg');
      validate(cfg, { catalog, suggester, fileExists: () => false });
    });
    timed(`${name} (features)`, () => {
      const doc = analyze(text, 'y000000000066.cfg');
      documentSymbols(doc);
      foldingRanges(doc);
      documentLinks(analyze(text, 'y000000000000.boot'), 'file:///fleet/y000000000000.boot');
      const last = doc.parsed.lines.length - 1;
      complete(doc, { line: last, character: doc.parsed.lines[last].text.length }, catalog);
      complete(doc, { line: 0, character: Math.min(doc.parsed.lines[0].text.length, 50) }, catalog);
      hover(doc, { line: 0, character: Math.min(doc.parsed.lines[0].text.length, 10) }, catalog);
    });
    timed(`${name} (bytes, comments, names)`, () => {
      const bytes = Buffer.from(text);
      detectBytes(bytes);
      readText(bytes);
      parsePragma(text);
      pragmaAtCursor(text);
      findModel(text);
      checkKey(text);
      classifyFile(text);
      isYealinkFile(`${text}.cfg`, text);
      includeFile('/fleet/y000000000000.boot', text);
      try {
        parseRsaEnvelope(Buffer.from(`#!encrypt:1.0.0.0\r\n${text}`));
      } catch {
        /* refused: what matters is how long it took */
      }
    });
  });
}

test('linear time: value checks on adversarial values', () => {
  for (const value of ADVERSARIAL_VALUES) {
    timed(`value ${JSON.stringify(value.slice(0, 12))}...`, () => {
      for (const kind of VALUE_KINDS) checkValue(kind as Parameters<typeof checkValue>[0], value);
    });
  }
});
