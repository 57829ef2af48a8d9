import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withEditorText } from './fileHost';
import { createMemoryFileHost } from './memoryFileHost';

test("withEditorText reads an editor's text for the files it holds and the disk for the rest", async () => {
  const disk = createMemoryFileHost({ '/fleet/a.cfg': 'saved = 1\n', '/fleet/b.cfg': 'other = 2\n' });
  const host = withEditorText(disk, (path) => (path === '/fleet/a.cfg' ? 'edited = 3\n' : undefined));
  assert.equal((await host.read('/fleet/a.cfg')).toString('utf8'), 'edited = 3\n');
  assert.equal((await host.read('/fleet/b.cfg')).toString('utf8'), 'other = 2\n');
  assert.equal(host.exists('/fleet/b.cfg'), true);
  await host.writeAtomic('/fleet/c.cfg', 'new = 4\n');
  assert.equal((await disk.read('/fleet/c.cfg')).toString('utf8'), 'new = 4\n');
});
