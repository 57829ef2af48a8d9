import { test } from 'node:test';
import assert from 'node:assert/strict';
import { includeFile, includeTarget } from './includes';

test('relative includes resolve against the boot file, given as a URI or a path', () => {
  assert.equal(includeTarget('file:///fleet/boot/y000000000000.boot', '../sip.cfg'), 'file:///fleet/sip.cfg');
  assert.equal(includeTarget('/fleet/boot/y000000000000.boot', 'a b.cfg'), 'file:///fleet/boot/a%20b.cfg');
  assert.equal(includeFile('/fleet/boot/y000000000000.boot', 'a b.cfg'), '/fleet/boot/a b.cfg');
  assert.equal(includeFile('file:///fleet/my%20boot/x.boot', 'y000000000066.cfg'), '/fleet/my boot/y000000000066.cfg');
});

test('remote includes stay URLs and have no local file', () => {
  assert.equal(includeTarget('/fleet/x.boot', 'https://prov.example.com/a.cfg'), 'https://prov.example.com/a.cfg');
  assert.equal(includeFile('/fleet/x.boot', 'tftp://10.0.0.1/a.cfg'), undefined);
});

test('a document without a hierarchical location anchors nothing', () => {
  assert.equal(includeTarget('untitled:Untitled-1', 'a.cfg'), undefined);
});
