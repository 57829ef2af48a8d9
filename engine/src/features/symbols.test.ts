import { test } from 'node:test';
import assert from 'node:assert/strict';
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
  assert.deepEqual(symbols[1].children?.map((s) => s.name), ['account.1', 'account.2']);
  assert.deepEqual(symbols[1].children?.[0].children?.map((s) => `${s.name}=${s.detail}`), ['account.1.enable=1', 'account.1.label=Desk']);
  assert.equal(symbols[0].range.start.line, 1);
  assert.equal(symbols[0].range.end.line, 5);
});

test('without banners, settings are grouped by key prefix', () => {
  const symbols = documentSymbols(analyze('#!version:1.0.0.1\nlang.gui = English\nlang.wui = English\naccount.3.enable = 1\n', 'a.cfg'));
  assert.deepEqual(symbols.map((s) => s.name), ['lang', 'account.3']);
  assert.equal(symbols[0].children?.length, 2);
});

test('"##param = value##" notes are not section titles', () => {
  const symbols = documentSymbols(analyze('#!version:1.0.0.1\n########## account.1.enable = 1 ##########\nlang.gui = English\n', 'a.cfg'));
  assert.deepEqual(symbols.map((s) => s.name), ['lang']);
});

test('folding: sections (without trailing blank lines) and comment blocks', () => {
  const ranges = foldingRanges(analyze(banners, 'y000000000066.cfg'));
  assert.deepEqual(
    ranges.map((r) => `${r.kind}:${r.startLine}-${r.endLine}`),
    ['region:1-4', 'region:6-9', 'comment:1-3'],
  );
});
