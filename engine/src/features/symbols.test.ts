import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { analyze } from '../document';
import { documentSymbols, foldingRanges } from './symbols';

const banners = [
  '#!version:1.0.0.1',
  '##############################',
  '##          Network         ##',
  '##############################',
  'static.network.internet_port.type = 0',
  '',
  '####### Accounts #######',
  'account.1.enable = 1',
  'account.1.label = Desk',
  'account.2.enable = 0',
  '',
].join('\n');

test('banner comments become sections with key groups inside', () => {
  const symbols = documentSymbols(analyze(banners, 'y000000000066.cfg'));
  assert.deepEqual(symbols.map((s) => s.name), ['Network', 'Accounts']);
  assert.deepEqual(symbols[1].children?.map((s) => s.name), ['account.1', 'account.2.enable']);
  assert.deepEqual(symbols[1].children?.[0].children?.map((s) => `${s.name}=${s.detail}`), ['account.1.enable=1', 'account.1.label=Desk']);
  // The section starts on its title line (not the ruler above it) and runs to the next banner.
  assert.equal(symbols[0].range.start.line, 2);
  assert.equal(symbols[0].selectionRange.start.line, 2);
  assert.equal(symbols[0].range.end.line, 5);
});

test('no meaningless "static" level: static keys group by their next segment; a group of one is the setting itself', () => {
  const text = [
    '#!version:1.0.0.1',
    'static.network.vlan.internet_port_enable = 1',
    'static.network.vlan.internet_port_vid = 100',
    'static.auto_provision.server.url = https://prov.example.com/',
    'lang.gui = English',
    '',
  ].join('\n');
  const symbols = documentSymbols(analyze(text, 'y000000000066.cfg'));
  assert.deepEqual(symbols.map((s) => s.name), ['static.network', 'static.auto_provision.server.url', 'lang.gui']);
  assert.deepEqual(symbols[0].children?.map((s) => s.name), ['static.network.vlan.internet_port_enable', 'static.network.vlan.internet_port_vid']);
});

/** What sticky scroll pins: the first line of the selection range of every symbol that spans more lines. */
function pinnedLines(symbols: readonly DocumentSymbol[]): number[] {
  return symbols.flatMap((s) => [...(s.selectionRange.start.line !== s.range.end.line ? [s.selectionRange.start.line] : []), ...pinnedLines(s.children ?? [])]);
}

test('sticky scroll can only pin section titles, never a setting line', () => {
  const doc = analyze(banners, 'y000000000066.cfg');
  const settingLines = new Set(doc.parsed.settings.map((s) => s.line));
  const pinned = pinnedLines(documentSymbols(doc));
  assert.deepEqual(pinned, [2, 6]);
  assert.ok(pinned.every((line) => !settingLines.has(line)));
  const flat = analyze('#!version:1.0.0.1\naccount.1.enable = 1\naccount.1.label = A\naccount.2.enable = 1\naccount.2.label = B\n', 'a.cfg');
  assert.deepEqual(pinnedLines(documentSymbols(flat)), []);
});

test('without banners, settings are grouped by key prefix', () => {
  const symbols = documentSymbols(analyze('#!version:1.0.0.1\nlang.gui = English\nlang.wui = English\naccount.3.enable = 1\n', 'a.cfg'));
  assert.deepEqual(symbols.map((s) => s.name), ['lang', 'account.3.enable']);
  assert.equal(symbols[0].children?.length, 2);
});

test('"##param = value##" notes are not section titles', () => {
  const symbols = documentSymbols(analyze('#!version:1.0.0.1\n########## account.1.enable = 1 ##########\nlang.gui = English\n', 'a.cfg'));
  assert.deepEqual(symbols.map((s) => s.name), ['lang.gui']);
});

test('folding: sections fold from their title line (Fold All keeps titles visible), without trailing blank lines', () => {
  const ranges = foldingRanges(analyze(banners, 'y000000000066.cfg'));
  assert.deepEqual(
    ranges.map((r) => `${r.kind}:${r.startLine}-${r.endLine}`),
    ['region:2-4', 'region:6-9'],
  );
});

test('folding: comment blocks fold, never overlapping a section fold', () => {
  const text = [
    '#!version:1.0.0.1',
    '# first note',
    '# second note',
    '##############################',
    '##          Network         ##',
    '##############################',
    '# what this section sets',
    '# and why',
    'static.network.internet_port.type = 0',
  ].join('\n');
  const ranges = foldingRanges(analyze(text, 'y000000000066.cfg'));
  assert.deepEqual(ranges.map((r) => `${r.kind}:${r.startLine}-${r.endLine}`), ['comment:1-3', 'region:4-8', 'comment:5-7']);
  // Every pair of folds is either disjoint or nested.
  for (const a of ranges) {
    for (const b of ranges) {
      const disjoint = a.endLine < b.startLine || b.endLine < a.startLine;
      const nested = (a.startLine <= b.startLine && b.endLine <= a.endLine) || (b.startLine <= a.startLine && a.endLine <= b.endLine);
      assert.ok(disjoint || nested, `${a.startLine}-${a.endLine} overlaps ${b.startLine}-${b.endLine}`);
    }
  }
});
