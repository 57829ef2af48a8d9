import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gitRunner, type GitRunner } from '../../engine/src/gitRevisions';
import { BaseVersions } from './baseVersions';

function git(dir: string, ...args: string[]): void {
  const result = spawnSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
}

test('base texts come from the ref, cached per commit; the ref is looked up again after a while', async () => {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'yl-bases-')));
  try {
    writeFileSync(join(dir, 'y000000000066.cfg'), 'one\n');
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'one');
    const calls: string[] = [];
    const real = gitRunner();
    const counting: GitRunner = (args, cwd, input) => {
      calls.push(args[0]);
      return real(args, cwd, input);
    };
    let now = 0;
    const bases = new BaseVersions('HEAD', counting, () => now);
    const uri = pathToFileURL(join(dir, 'y000000000066.cfg')).href;
    assert.deepEqual(await bases.baseFor(uri), { ref: 'HEAD', text: 'one\n' });
    assert.deepEqual(await bases.baseFor(uri), { ref: 'HEAD', text: 'one\n' });
    assert.deepEqual(calls, ['rev-parse', 'rev-parse', 'cat-file'], 'the second lookup asks git nothing');

    writeFileSync(join(dir, 'y000000000066.cfg'), 'two\n');
    git(dir, 'commit', '-q', '-am', 'two');
    assert.equal((await bases.baseFor(uri))?.text, 'one\n', 'within the while, the old commit');
    now += 5000;
    assert.equal((await bases.baseFor(uri))?.text, 'two\n', 'after it, the new HEAD');

    bases.setRef('HEAD~1');
    assert.equal((await bases.baseFor(uri))?.text, 'one\n');
    assert.deepEqual(await bases.baseFor(pathToFileURL(join(dir, 'new.cfg')).href), { ref: 'HEAD~1', text: undefined }, 'a file new since the base');
    bases.setRef('no-such-ref');
    assert.equal(await bases.baseFor(uri), undefined);
    assert.match(bases.lastProblem ?? '', /"no-such-ref" does not name a commit/);
    assert.equal(await bases.baseFor('untitled:Untitled-1'), undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a document in a folder that is not on disk has no base, and git is not started for it', async () => {
  const calls: string[] = [];
  const bases = new BaseVersions('HEAD', (args) => {
    calls.push(args[0]);
    throw new Error('git must not run');
  });
  const missing = join(tmpdir(), 'yl-no-such-folder', 'deeper');
  assert.equal(await bases.baseFor(pathToFileURL(join(missing, 'y000000000066.cfg')).href), undefined);
  assert.match(bases.lastProblem ?? '', /is not a folder on disk/);
  assert.deepEqual(calls, []);
});

test('outside a repository and without git there is no base', async () => {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'yl-nobase-')));
  try {
    const uri = pathToFileURL(join(dir, 'y000000000066.cfg')).href;
    const outside = new BaseVersions('HEAD', gitRunner({ ...process.env, GIT_CEILING_DIRECTORIES: tmpdir() }));
    assert.equal(await outside.baseFor(uri), undefined);
    assert.match(outside.lastProblem ?? '', /is not in a git repository/);
    const noGit = new BaseVersions('HEAD', gitRunner({ ...process.env, PATH: join(dir, 'empty') }));
    assert.equal(await noGit.baseFor(uri), undefined);
    assert.match(noGit.lastProblem ?? '', /git is not installed/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
