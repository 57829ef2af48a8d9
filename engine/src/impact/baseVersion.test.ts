import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Catalog } from '../catalog/catalog';
import { analyze } from '../document';
import { sampleCatalog } from '../testing/sampleCatalog';
import { impactAgainst } from './baseVersion';
import { fileImpact } from './fileImpact';

const H = '#!version:1.0.0.1\n';
const BASE = `${H}account.1.enable = 1\nnetwork.internet_port.type = 0\nlang.gui = English\n`;

/** The sample catalog, counting the keys it is asked for. */
function countingCatalog(): { catalog: Catalog; asked: string[] } {
  const asked: string[] = [];
  const catalog = Object.create(sampleCatalog) as Catalog;
  catalog.lookup = (key: string) => {
    asked.push(key);
    return sampleCatalog.lookup(key);
  };
  return { catalog, asked };
}

test('the impact against a base is the impact between the two texts', () => {
  const edits = [BASE, `${BASE}static.network.internet_port.type = 2\n`, `${H}lang.gui = French\n`, '', `${H}{% if x %}\naccount.1.enable = 0\n`];
  for (const base of [BASE, undefined]) {
    for (const text of edits) {
      const doc = analyze(text, 'y000000000066.cfg');
      assert.deepEqual(impactAgainst({ ref: 'HEAD', text: base }, doc, sampleCatalog), fileImpact('y000000000066.cfg', base, text, sampleCatalog), `${base === undefined ? 'new file' : 'base'} -> ${JSON.stringify(text)}`);
    }
  }
});

test('the base is read once for all edits against it, and a document version once for all who ask', () => {
  const { catalog, asked } = countingCatalog();
  const since = (mark: number) => asked.slice(mark).sort();
  const first = analyze(`${BASE}lang.gui = French\n`, 'y000000000066.cfg');
  impactAgainst({ ref: 'HEAD', text: BASE }, first, catalog);
  // Both versions read (3 + 4 settings), then the one change's reboot flag.
  assert.equal(asked.length, 8);
  let mark = asked.length;
  impactAgainst({ ref: 'HEAD', text: BASE }, first, catalog);
  assert.deepEqual(since(mark), ['lang.gui'], 'the same document against the same base: only the change is looked at again');
  mark = asked.length;
  const second = analyze(`${BASE}lang.gui = German\n`, 'y000000000066.cfg');
  const impact = impactAgainst({ ref: 'HEAD', text: BASE }, second, catalog);
  assert.deepEqual(since(mark), ['account.1.enable', 'lang.gui', 'lang.gui', 'lang.gui', 'network.internet_port.type'], 'a new version: its own settings and the change, not the base');
  assert.deepEqual(impact?.changes.map((c) => [c.key, c.before, c.after]), [['lang.gui', 'English', 'German']]);
});

test('many bases in turn each give their own impact', () => {
  const doc = analyze(`${H}lang.gui = French\n`, 'y000000000066.cfg');
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < 12; i++) {
      const base = `${H}lang.gui = Language${i}\n`;
      assert.deepEqual(impactAgainst({ ref: 'HEAD', text: base }, doc, sampleCatalog)?.changes.map((c) => c.before), [`Language${i}`]);
    }
  }
});
