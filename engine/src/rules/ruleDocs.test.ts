import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleDocsLink, shippedReadmeUri } from './ruleDocs';

test('the README shipped beside the package, found from a bundle folder, links each rule by its anchor', () => {
  const root = mkdtempSync(join(tmpdir(), 'yealink-cfg-docs-'));
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'yealink-cfg' }));
  writeFileSync(join(root, 'readme.md'), '# Yealink CFG\n');
  const readme = shippedReadmeUri(join(root, 'dist'));
  assert.ok(readme);
  assert.equal(fileURLToPath(readme), join(root, 'readme.md'));
  assert.equal(ruleDocsLink(readme, 'YL003'), `${readme}#yl003`);
});

test('no README, no link: never one that leads nowhere', () => {
  const other = mkdtempSync(join(tmpdir(), 'yealink-cfg-docs-'));
  writeFileSync(join(other, 'package.json'), JSON.stringify({ name: 'something-else' }));
  writeFileSync(join(other, 'README.md'), '# other\n');
  assert.equal(shippedReadmeUri(other), undefined);
  assert.equal(ruleDocsLink(undefined, 'YL003'), undefined);
});

test('this repository: the README at its root', () => {
  const readme = shippedReadmeUri(__dirname);
  assert.ok(readme?.endsWith('/README.md'), readme);
});
