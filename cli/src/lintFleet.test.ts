import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { scratchFolder } from './testing';
import { lintFleet, type FileOutcome } from './lintFleet';

const H = '#!version:1.0.0.1\n';

async function collect(roots: string[], jobs: number): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for await (const outcome of lintFleet(roots, { severity: {} }, jobs)) outcomes.push(outcome);
  return outcomes;
}

test('outcomes come in walk order from worker threads as from one thread, problems and other dialects in place', async () => {
  const files: Record<string, string> = { 'b/sip.cfg': '[general]\n' };
  for (let i = 0; i < 40; i++) {
    // Uneven sizes, so workers finish out of order.
    const body = i % 4 === 0 ? 'account.1.label = x\n'.repeat(2000) : 'acount.1.enable = 1\n';
    files[`${i % 2 === 0 ? 'a' : 'b'}/y0000000000${String(i).padStart(2, '0')}.cfg`] = `${H}${body}`;
  }
  const root = scratchFolder(files);
  const roots = [root, join(root, 'missing.cfg')];
  const one = await collect(roots, 1);
  const four = await collect(roots, 4);
  assert.deepEqual(four, one);
  assert.equal(one.length, 42);
  const paths = one.map((o) => (o.kind === 'problem' ? o.problem.path : o.path).slice(root.length + 1));
  assert.deepEqual(paths.slice(0, 3), ['a/y000000000000.cfg', 'a/y000000000002.cfg', 'a/y000000000004.cfg']);
  assert.deepEqual(
    one.filter((o) => o.kind !== 'linted').map((o) => o.kind),
    ['not-yealink', 'problem'],
  );
  assert.equal(paths.at(-1), 'missing.cfg');
  const typo = one.find((o) => o.kind === 'linted' && o.path.endsWith('y000000000001.cfg'));
  assert.deepEqual(typo?.kind === 'linted' ? typo.diagnostics.map((d) => d.code) : [], ['YL003']);
});
