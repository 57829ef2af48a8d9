import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../document';
import { documentLinks } from './links';

const BOOT = '#!version:1.0.0.1\ninclude:config "y000000000066.cfg"\n[T46S]include:config ../shared/sip.cfg\ninclude:config "https://prov.example.com/a.cfg"\ninclude:config\n';

test('include:config paths link to the files they name, relative to the boot file', () => {
  const links = documentLinks(analyze(BOOT, 'file:///fleet/boot/y000000000000.boot'), 'file:///fleet/boot/y000000000000.boot');
  assert.deepEqual(
    links.map((l) => l.target),
    ['file:///fleet/boot/y000000000066.cfg', 'file:///fleet/shared/sip.cfg', 'https://prov.example.com/a.cfg'],
  );
  assert.deepEqual(links[0].range, { start: { line: 1, character: 16 }, end: { line: 1, character: 33 } });
});

test('CFG files have no include links', () => {
  assert.deepEqual(documentLinks(analyze(BOOT, 'file:///fleet/y000000000066.cfg'), 'file:///fleet/y000000000066.cfg'), []);
});

test('a document URI that cannot anchor relative paths gives no links rather than wrong ones', () => {
  assert.deepEqual(
    documentLinks(analyze(BOOT, 'untitled:Untitled-1.boot'), 'untitled:Untitled-1.boot').map((l) => l.target),
    ['https://prov.example.com/a.cfg'],
  );
});

test('include names with #, ? and % link to those files, not to a URL fragment, query or escape', () => {
  const boot = '#!version:1.0.0.1\ninclude:config "site#2.cfg"\ninclude:config what?.cfg\ninclude:config "100%25.cfg"\n';
  const links = documentLinks(analyze(boot, 'file:///fleet/y000000000000.boot'), 'file:///fleet/y000000000000.boot');
  assert.deepEqual(links.map((l) => l.target), ['file:///fleet/site%232.cfg', 'file:///fleet/what%3F.cfg', 'file:///fleet/100%2525.cfg']);
});
