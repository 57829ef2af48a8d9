import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Catalog } from '../catalog/catalog';
import { analyze } from '../document';
import { caret } from '../testing/caret';
import { sampleCatalog } from '../testing/sampleCatalog';
import { checkValue } from '../values';
import { complete } from './completion';
import { BLOCKS, blockSnippets, buildBlock } from './snippets';

const catalog = Catalog.default();

/** The text a snippet inserts when every tab stop keeps its placeholder (a choice: its first value). */
function expand(snippet: string): string {
  const values = new Map<string, string>();
  const unescape = (text: string) => text.replace(/\\(.)/g, '$1');
  return snippet
    .replace(/\$\{(\d+)\|((?:\\.|[^,|\\])*)[,|][^}]*\}/g, (_, stop: string, first: string) => (values.set(stop, unescape(first)), unescape(first)))
    .replace(/\$\{(\d+):((?:\\.|[^}\\])*)\}/g, (_, stop: string, text: string) => (values.set(stop, unescape(text)), unescape(text)))
    .replace(/\$(\d+)/g, (_, stop: string) => values.get(stop) ?? ''); // a repeated stop mirrors the first
}

test('the six blocks: SIP account, BLF and speed-dial line keys, VLAN with QoS, NTP with time zone, provisioning schedule', () => {
  assert.deepEqual(
    blockSnippets(catalog).map((b) => b.definition.name),
    ['SIP account', 'BLF line key', 'Speed-dial line key', 'VLAN with QoS', 'NTP with time zone', 'Provisioning schedule'],
  );
});

test('every key of every block is a catalog key, and every value it writes is one the catalog accepts', () => {
  for (const definition of BLOCKS) {
    const block = buildBlock(definition, catalog); // throws, naming the key, for anything the catalog lacks
    const lines = expand(block.snippet).trim().split('\n');
    assert.equal(lines.length, definition.lines.length, definition.name);
    for (const line of lines) {
      const key = line.slice(0, line.indexOf('=')).trim();
      const value = line.slice(line.indexOf('=') + 1).trim();
      const match = catalog.lookup(key);
      assert.ok(match, `${definition.name}: ${key} is a catalog key`);
      assert.equal(checkValue(match.spec.value, value), undefined, `${definition.name}: ${line}`);
    }
  }
});

test('a key outside the catalog, or a value it refuses, stops the block from building', () => {
  const bad = { name: 'Bad', prefix: 'account', description: '', lines: [{ pattern: 'account.X.no_such_key', value: { from: 'input' } as const }] };
  assert.throws(() => buildBlock(bad, catalog), /account\.X\.no_such_key is not in the catalog/);
  const refused = { name: 'Bad', prefix: 'account', description: '', lines: [{ pattern: 'account.X.enable', value: { from: 'value', value: '7' } as const }] };
  assert.throws(() => buildBlock(refused, catalog), /does not accept 7/);
});

test('the index is one tab stop shared by every line; codes come from the catalog labels', () => {
  const blf = blockSnippets(catalog).find((b) => b.definition.name === 'BLF line key')!;
  assert.equal(blf.snippet, ['linekey.${1:1}.type = 16', 'linekey.$1.line = ${2:1}', 'linekey.$1.value = $3', 'linekey.$1.label = $4', '$0'].join('\n'));
  const account = blockSnippets(catalog).find((b) => b.definition.name === 'SIP account')!;
  assert.match(account.snippet, /^account\.\$\{1:1\}\.enable = \$\{2:1\}\n/);
  assert.match(account.snippet, /account\.\$1\.sip_server\.1\.transport_type = \$\{\d+\|0,1,2,3\|\}/);
  const ntp = blockSnippets(catalog).find((b) => b.definition.name === 'NTP with time zone')!;
  assert.match(ntp.snippet, /local_time\.time_zone = \$\{\d+:\+8\}/);
  assert.match(ntp.snippet, /local_time\.summer_time = \$\{\d+\|2,0,1\|\}/);
});

test('completion offers the blocks while the first segment is typed, not after a dot, not in boot files', () => {
  const at = (textWithCaret: string, path = 'y000000000066.cfg') => {
    const { text, position } = caret(textWithCaret);
    return complete(analyze(text, path), position, catalog).items.filter((i) => i.kind === 15);
  };
  const items = at('#!version:1.0.0.1\nline|\n');
  assert.equal(items.length, 6);
  const blf = items.find((i) => i.label === 'BLF line key')!;
  assert.equal(blf.filterText, 'linekey BLF line key');
  assert.deepEqual((blf.textEdit as { range: unknown }).range, { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } });
  assert.deepEqual(at('#!version:1.0.0.1\nlinekey.|\n'), []);
  assert.deepEqual(at('#!version:1.0.0.1\n|\n', 'y000000000000.boot'), []);
  // A catalog without these keys (the unit-test sample) offers no block rather than a broken one.
  const { text, position } = caret('#!version:1.0.0.1\nline|\n');
  assert.deepEqual(complete(analyze(text, 'a.cfg'), position, sampleCatalog).items.filter((i) => i.kind === 15), []);
});
