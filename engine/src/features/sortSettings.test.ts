import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../document';
import { parse } from '../parser';
import { applyEdits } from '../testing/edits';
import { mutate, random } from '../testing/fuzz';
import { sampleCatalog } from '../testing/sampleCatalog';
import { compareKeys, sortSettingsInSections } from './sortSettings';

function sorted(text: string): string {
  return applyEdits(text, sortSettingsInSections(analyze(text, 'y000000000066.cfg'), sampleCatalog));
}

test('keys compare segment by segment, indexes by number', () => {
  const keys = ['account.10.enable', 'account.2.label', 'account.2.enable', 'account.1.sip_server.10.address', 'account.1.sip_server.2.address', 'account.1', 'lang.gui', 'b.10 1', 'b.2', 'b.10'];
  assert.deepEqual([...keys].sort(compareKeys), [
    'account.1',
    'account.1.sip_server.2.address',
    'account.1.sip_server.10.address',
    'account.2.enable',
    'account.2.label',
    'account.10.enable',
    'b.2',
    'b.10',
    'b.10 1',
    'lang.gui',
  ]);
});

test('sorts within each banner section; the banners, the header and the sections stay in place', () => {
  const text = [
    '#!version:1.0.0.1',
    '####### Lines #######',
    'linekey.10.type = 16',
    'linekey.2.type = 15',
    'linekey.1.type = 15',
    '####### Accounts #######',
    'account.10.enable = 1',
    'account.2.enable = 1',
    '',
  ].join('\n');
  assert.equal(
    sorted(text),
    ['#!version:1.0.0.1', '####### Lines #######', 'linekey.1.type = 15', 'linekey.2.type = 15', 'linekey.10.type = 16', '####### Accounts #######', 'account.2.enable = 1', 'account.10.enable = 1', ''].join('\n'),
  );
});

test('a comment directly above a setting moves with it; blank lines and set-off comments stay in their slots', () => {
  const text = [
    '#!version:1.0.0.1',
    '# about this group',
    '',
    'account.3.enable = 1',
    '# the second account is the reception',
    'account.2.enable = 1',
    '',
    '# a note on its own',
    '',
    'lang.gui = English',
    'account.1.enable = 1',
    '# end of group',
    '',
  ].join('\r\n');
  assert.equal(
    sorted(text),
    [
      '#!version:1.0.0.1',
      '# about this group',
      '',
      'account.1.enable = 1',
      '# the second account is the reception',
      'account.2.enable = 1',
      '',
      '# a note on its own',
      '',
      'account.3.enable = 1',
      'lang.gui = English',
      '# end of group',
      '',
    ].join('\r\n'),
  );
});

test('Yealink template style (a note above each setting, blank lines between) sorts note and setting together', () => {
  const text = ['#!version:1.0.0.1', '#Label of account 2', 'account.2.label = B', '', '#Label of account 1', 'account.1.label = A', ''].join('\n');
  assert.equal(sorted(text), ['#!version:1.0.0.1', '#Label of account 1', 'account.1.label = A', '', '#Label of account 2', 'account.2.label = B', ''].join('\n'));
});

test('banner-like comments and whole-file pragmas are never carried along; a next-line pragma is', () => {
  const text = ['#!version:1.0.0.1', 'z = 1', '#### A ####', 'c = 1', 'a = 1', '# yealink: model=T46S', 'y = 1', '# yealink-disable-next-line YL003', 'x = 1', ''].join('\n');
  assert.equal(
    sorted(text),
    ['#!version:1.0.0.1', 'z = 1', '#### A ####', 'a = 1', 'c = 1', '# yealink: model=T46S', '# yealink-disable-next-line YL003', 'x = 1', 'y = 1', ''].join('\n'),
  );
});

test('a key set twice keeps its order, also when one line uses the old name, so the later line still wins', () => {
  const text = ['#!version:1.0.0.1', 'static.network.internet_port.type = 2', 'account.1.enable = 1', 'network.internet_port.type = 0', 'account.1.enable = 0', ''].join('\n');
  assert.equal(
    sorted(text),
    ['#!version:1.0.0.1', 'account.1.enable = 1', 'account.1.enable = 0', 'static.network.internet_port.type = 2', 'network.internet_port.type = 0', ''].join('\n'),
  );
});

test('unreadable lines and template placeholders end a run; sorted text gives no edits; boot files none', () => {
  const text = '#!version:1.0.0.1\nb = 1\na = 1\nthis line has no equals\nd = 1\naccount.{$row}.label = x\nc = 1\n';
  assert.equal(sorted(text), '#!version:1.0.0.1\na = 1\nb = 1\nthis line has no equals\nd = 1\naccount.{$row}.label = x\nc = 1\n');
  assert.deepEqual(sortSettingsInSections(analyze(sorted(text), 'a.cfg')), []);
  assert.deepEqual(sortSettingsInSections(analyze('#!version:1.0.0.1\ninclude:config "b.cfg"\ninclude:config "a.cfg"\n', 'y000000000000.boot')), []);
});

test('a byte-order mark stays in front when the first line is a setting', () => {
  assert.equal(sorted('\ufeffb = 1\na = 1\n'), '\ufeffa = 1\nb = 1\n');
});

/** Sorting only reorders: the same lines (as a multiset), the same values for each key in the same order. */
function assertOnlyReordered(before: string, context: string): void {
  const after = applyEdits(before, sortSettingsInSections(analyze(before, 'y000000000066.cfg'), sampleCatalog));
  const old = parse(before);
  const now = parse(after);
  assert.deepEqual(now.lines.map((l) => l.text).sort(), old.lines.map((l) => l.text).sort(), `${context}: the same lines`);
  const valuesByKey = (lines: typeof old.settings): string => JSON.stringify([...lines].map((s) => [s.key, s.value]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  assert.equal(valuesByKey(now.settings), valuesByKey(old.settings), `${context}: every key keeps its values in order`);
  const again = applyEdits(after, sortSettingsInSections(analyze(after, 'y000000000066.cfg'), sampleCatalog));
  assert.equal(again, after, `${context}: sorting twice changes nothing`);
}

test('fuzz and examples: sorting only reorders lines, and is idempotent', () => {
  const seed = ['#!version:1.0.0.1', '##### B #####', 'b.2 = 1', '# note', 'b.10 = 2', 'a.1 = x', 'b.2 = 3', '', 'z = 1', 'y = 2', '#### A ####', 'c = 1', 'a = 1'].join('\n');
  const next = random(42);
  for (let i = 0; i < 2000; i++) {
    const text = mutate(seed, next);
    if (!text.includes('\r')) assertOnlyReordered(text, `mutation ${i}`); // one line-break style: the sort writes the file's own
  }
  const folder = join(__dirname, '../../../../examples');
  for (const name of readdirSync(folder)) assertOnlyReordered(readFileSync(join(folder, name), 'utf8'), name);
});
