import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Catalog } from '../catalog/catalog';
import { analyze } from '../document';
import { sampleCatalog } from '../testing/sampleCatalog';
import { inlayHints } from './inlayHints';

const WHOLE = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };

function hintsOf(text: string, catalog = sampleCatalog, range = WHOLE): string[] {
  return inlayHints(analyze(text, 'y000000000066.cfg'), range, catalog).map((h) => `${h.position.line}:${h.position.character} ${String(h.label)}`);
}

test('enum values get their meaning after the value', () => {
  const text = ['#!version:1.0.0.1', 'linekey.3.type = 16', 'account.1.sip_server.1.transport_type = 2   ', ''].join('\n');
  assert.deepEqual(hintsOf(text), ['1:19 BLF', '2:41 TLS']);
});

test('the shipped catalog labels line key type 16 as BLF and transport 2 as TLS', () => {
  const text = '#!version:1.0.0.1\nlinekey.3.type = 16\naccount.1.sip_server.1.transport_type = 2\n';
  assert.deepEqual(hintsOf(text, Catalog.default()).map((h) => h.split(' ').slice(1).join(' ')), ['BLF', 'TLS']);
});

test('no hint for switches, numbers, text, unknown keys, blank or %NULL% values, or a label that repeats the value', () => {
  const text = [
    '#!version:1.0.0.1',
    'account.1.enable = 1',
    'network.vlan.internet_port_vid = 100',
    'account.1.label = Desk',
    'acount.1.sip_server.1.transport_type = 2',
    'linekey.1.type =',
    'linekey.2.type = %NULL%',
    'linekey.4.type = 999',
    'lang.gui = English',
  ].join('\n');
  assert.deepEqual(hintsOf(text), []);
});

test('only lines inside the requested range; the tooltip names the default', () => {
  const text = '#!version:1.0.0.1\nlinekey.1.type = 15\nlinekey.2.type = 16\nlinekey.3.type = 13\n';
  const hints = inlayHints(analyze(text, 'y000000000066.cfg'), { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } }, sampleCatalog);
  assert.deepEqual(hints.map((h) => h.position.line), [2]);
  const first = inlayHints(analyze(text, 'y000000000066.cfg'), WHOLE, sampleCatalog)[0];
  assert.match(String(first.tooltip), /\(the default\)/);
  assert.equal(first.paddingLeft, true);
});

test('boot files and encrypted files get no hints', () => {
  assert.deepEqual(inlayHints(analyze('#!version:1.0.0.1\ninclude:config "a.cfg"\n', 'y000000000000.boot'), WHOLE, sampleCatalog), []);
  assert.deepEqual(inlayHints(analyze('#!encrypt:1.0.0.0\nlinekey.2.type = 16\n', 'y000000000066.cfg'), WHOLE, sampleCatalog), []);
});
