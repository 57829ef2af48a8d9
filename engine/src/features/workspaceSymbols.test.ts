import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../document';
import { indexSettings, workspaceSymbols, type SettingsIndex } from './workspaceSymbols';

function fleet(count: number): [string, SettingsIndex][] {
  return Array.from({ length: count }, (_, n) => {
    const mac = `001565${String(n).padStart(6, '0')}`;
    const text = ['#!version:1.0.0.1', `  account.1.label = Desk ${n}`, 'account.1.enable = 1', `account.2.label = Spare ${n}`, 'lang.gui = English', ''].join('\n');
    const uri = `file:///fleet/${mac}.cfg`;
    return [uri, indexSettings(analyze(text, uri))];
  });
}

test('finds where a key is set across the fleet, with the file and the key range', () => {
  const symbols = workspaceSymbols(fleet(3), 'account.1.label');
  assert.deepEqual(
    symbols.map((s) => `${s.containerName}:${s.location.range.start.line}:${s.location.range.start.character}-${s.location.range.end.character}`),
    ['001565000000.cfg:1:2-17', '001565000001.cfg:1:2-17', '001565000002.cfg:1:2-17'],
  );
  assert.ok(symbols.every((s) => s.name === 'account.1.label' && s.kind === 7));
});

test('whole key first, then prefix, substring and letters in order; case does not matter', () => {
  const [file] = fleet(1);
  const extra = indexSettings(analyze('#!version:1.0.0.1\naccount.1.label.x = 1\nx.account.1.label = 2\naxcxcount.1.label = 3\n', 'file:///fleet/other.cfg'));
  const names = workspaceSymbols([file, ['file:///fleet/other.cfg', extra]], 'ACCOUNT.1.LABEL').map((s) => s.name);
  assert.deepEqual(names, ['account.1.label', 'account.1.label.x', 'x.account.1.label', 'axcxcount.1.label']);
  assert.deepEqual(workspaceSymbols([file], 'nothing like this'), []);
});

test('an empty query gets nothing; answers are capped', () => {
  assert.deepEqual(workspaceSymbols(fleet(2), '   '), []);
  const many = workspaceSymbols(fleet(50), 'label', 40);
  assert.equal(many.length, 40);
  assert.ok(many.every((s) => s.name.endsWith('label')));
});

test('an index of a file keeps key names, not the file text', () => {
  const text = `#!version:1.0.0.1\naccount.1.label = ${'x'.repeat(1000)}\n`;
  const index = indexSettings(analyze(text, 'a.cfg'));
  assert.equal(index.keys[0].name, 'account.1.label');
  // The same name from another file is the same record.
  assert.equal(indexSettings(analyze('account.1.label = y\n', 'b.cfg')).keys[0], index.keys[0]);
});
