import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalogLayers } from './catalog';
import { FAMILIES } from './data';
import { MODELS } from './models';
import { SOURCES, sourceUrl } from './sources';
import type { SourceRef } from './types';

/** Every source citation users can see: catalog entries of both layers and the models table. */
function citations(): { where: string; source: SourceRef }[] {
  const found: { where: string; source: SourceRef }[] = [];
  for (const family of catalogLayers().families) {
    for (const spec of family.parameters) for (const source of [spec.source, ...(spec.alsoIn ?? [])]) found.push({ where: spec.pattern, source });
  }
  for (const model of MODELS) for (const [fact, source] of Object.entries(model.sources ?? {})) if (source) found.push({ where: `${model.name} ${fact}`, source });
  return found;
}

const BARE_IP = /^[a-z]+:\/\/\d{1,3}(\.\d{1,3}){3}(:\d+)?\//i;

test('every cited tag names a document with a readable title', () => {
  for (const { where, source } of citations()) {
    const document = SOURCES[source.guide];
    assert.ok(document, `${where}: unknown source tag ${source.guide}`);
    assert.match(document.title, /\s/, `${where}: ${source.guide} has no readable title`);
  }
});

test('no source shown to users is the internal notes file, a bare IP address or a private tag', () => {
  for (const [tag, document] of Object.entries(SOURCES)) {
    assert.doesNotMatch(document.title, /yealink-format|shared\/|format notes/i, tag);
    assert.ok(!document.title.includes(tag) || !tag.includes('-'), `${tag}: the title repeats the private tag`);
    for (const url of [document.url, document.pageUrl]) {
      if (url === undefined) continue;
      assert.match(url, /^https?:\/\//, `${tag}: ${url}`);
      assert.doesNotMatch(url, BARE_IP, `${tag}: bare IP address link`);
    }
  }
  for (const family of FAMILIES) assert.equal(family.sources, undefined, `${family.family}: cite tags from sources.ts only`);
});

test('every listed document is cited somewhere', () => {
  const cited = new Set(citations().map(({ source }) => source.guide));
  const unused = Object.keys(SOURCES).filter((tag) => !cited.has(tag) && tag !== 'SETTINGS');
  assert.deepEqual(unused, []);
});

test('a cited page links to that page when the copy has per-page addresses', () => {
  assert.equal(sourceUrl(SOURCES.AG84, '243'), 'https://www.easymanua.ls/yealink/t40g/manual/289184?p=243');
  assert.equal(sourceUrl(SOURCES['AG85-MH'], '90'), 'https://manualshive.com/en/manual/yealink/sip-t5-series/3909785?page=90');
  assert.equal(sourceUrl(SOURCES['TPL-V81-3CX'], 'Network section'), SOURCES['TPL-V81-3CX'].url);
  assert.equal(sourceUrl(SOURCES['AG-T2XP'], 'PDF page 415'), undefined);
});
