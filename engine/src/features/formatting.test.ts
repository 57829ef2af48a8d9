import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../document';
import { parse } from '../parser';
import { applyEdits } from '../testing/edits';
import { mutate, random, randomText } from '../testing/fuzz';
import { formatDocument } from './formatting';

function format(text: string, path = 'y000000000066.cfg'): string {
  return applyEdits(text, formatDocument(analyze(text, path)));
}

test('normalises key = value spacing, indentation and trailing blanks', () => {
  const text = [
    '#!version:1.0.0.1   ',
    '## Accounts ##\t',
    '  account.1.enable=1',
    'account.1.label   =\tFront Desk',
    'account.1.password =',
    'lang.gui =   ',
    '   ',
    '# keep   this comment text',
    'local_time.time_zone = +1',
    '',
  ].join('\n');
  assert.equal(
    format(text),
    [
      '#!version:1.0.0.1',
      '## Accounts ##',
      'account.1.enable = 1',
      'account.1.label = Front Desk',
      'account.1.password =',
      'lang.gui =',
      '',
      '# keep   this comment text',
      'local_time.time_zone = +1',
      '',
    ].join('\n'),
  );
});

test('never changes a value: blanks after a value, "=" and "#" inside it stay', () => {
  const text = '#!version:1.0.0.1\nstatic.security.user_password  =  admin:p#ss=word \nkey=a = b\t\n';
  assert.equal(format(text), '#!version:1.0.0.1\nstatic.security.user_password = admin:p#ss=word \nkey = a = b\t\n');
});

test('lines it cannot read, template lines and placeholders stay as they are; CRLF is kept', () => {
  const text = ['#!version:1.0.0.1', 'this line has no equals   ', '{% if x %}  ', 'account.{$row}.label  =  {{ name }}', '#!encrypt:1.0.0.0  ', 'a=1'].join('\r\n');
  assert.equal(format(text), ['#!version:1.0.0.1', 'this line has no equals   ', '{% if x %}  ', 'account.{$row}.label  =  {{ name }}', '#!encrypt:1.0.0.0  ', 'a = 1'].join('\r\n'));
});

test('blank lines after the last content go, the final line break stays; a file without one gets none', () => {
  assert.equal(format('#!version:1.0.0.1\na=1\n\n\n'), '#!version:1.0.0.1\na = 1\n');
  assert.equal(format('#!version:1.0.0.1\na=1\n  \t'), '#!version:1.0.0.1\na = 1\n');
  assert.equal(format('#!version:1.0.0.1\na=1'), '#!version:1.0.0.1\na = 1');
  assert.equal(format(''), '');
  assert.equal(format('\n\n'), '\n\n');
});

test('a byte-order mark stays in front of the first line', () => {
  assert.equal(format('\ufeffa=1\n'), '\ufeffa = 1\n');
});

test('boot files: include lines lose trailing blanks only', () => {
  assert.equal(format('#!version:1.0.0.1\n[T46S]include:config  "a.cfg"  \n', 'y000000000000.boot'), '#!version:1.0.0.1\n[T46S]include:config  "a.cfg"\n');
});

test('encrypted or binary content is never formatted', () => {
  assert.deepEqual(formatDocument(analyze('#!encrypt:1.0.0.0\na=1  \n', 'a.cfg')), []);
});

test('range formatting touches only the lines in the range', () => {
  const text = 'a=1\nb=2\nc=3\n';
  const edits = formatDocument(analyze(text, 'a.cfg'), { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } });
  assert.equal(applyEdits(text, edits), 'a=1\nb = 2\nc=3\n');
});

/** Everything the formatter promises to keep, line by line. */
function assertKept(before: string, context: string): void {
  const after = format(before);
  const old = parse(before);
  const now = parse(after);
  assert.equal(format(after), after, `${context}: formatting twice changes nothing`);
  let lastContent = old.lines.length - 1;
  while (lastContent >= 0 && old.lines[lastContent].kind === 'blank') lastContent--;
  for (let i = 0; i <= lastContent; i++) {
    const a = old.lines[i];
    const b = now.lines[i];
    assert.equal(b?.kind, a.kind, `${context}: line ${i} keeps its kind`);
    if (a.kind === 'setting' && b.kind === 'setting') {
      assert.equal(b.key, a.key, `${context}: line ${i} keeps its key`);
      assert.equal(b.value, a.value, `${context}: line ${i} keeps its value`);
      if (a.value !== '') assert.equal(b.text.slice(b.valueSpan.start), a.text.slice(a.valueSpan.start), `${context}: line ${i} keeps the bytes after its value`);
    } else if (a.kind === 'comment' || a.kind === 'header' || a.kind === 'include') {
      assert.equal(b.text, a.text.replace(/[ \t]+$/, ''), `${context}: line ${i} keeps its text`);
    } else if (a.kind !== 'blank') {
      assert.equal(b.text, a.text, `${context}: line ${i} stays as it was`);
    }
  }
  assert.equal(now.settings.length, old.settings.length, `${context}: no setting lost or added`);
  assert.equal(now.hasBom, old.hasBom, `${context}: the byte-order mark is kept`);
}

const SEED = [
  '#!version:1.0.0.1',
  '##### Accounts #####',
  'account.1.enable = 1 ',
  '  account.1.sip_server.2.transport_type=2',
  'static.security.user_password =admin:p#ss=word',
  '[T46S]include:config "a.cfg"',
  'account.{$row}.label = {{ name }}',
  '{% if x %}',
  'lang.gui =\t',
  '# yealink-disable-next-line YL003   ',
  'bad line without equals',
  '= value without key',
  '\t',
].join('\r\n');

test('fuzz: on mutated and random input, every value, comment and line stays (and formatting is idempotent)', () => {
  const next = random(12062026);
  for (let i = 0; i < 3000; i++) assertKept(mutate(SEED, next), `mutation ${i}`);
  for (let i = 0; i < 1000; i++) assertKept(randomText(next), `random text ${i}`);
});

test('the example fleet files keep every value byte for byte', () => {
  const folder = join(__dirname, '../../../../examples');
  const names = readdirSync(folder);
  assert.ok(names.length >= 3, 'the examples folder has files');
  for (const name of names) assertKept(readFileSync(join(folder, name), 'utf8'), name);
});
