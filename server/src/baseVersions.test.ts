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

test('outside a repository git is asked again after 2 s, then twice as long each time up to a minute; a save asks at once', async () => {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'yl-backoff-')));
  try {
    const uri = pathToFileURL(join(dir, 'y000000000066.cfg')).href;
    let asked = 0;
    const real = gitRunner({ ...process.env, GIT_CEILING_DIRECTORIES: tmpdir() });
    let now = 0;
    const bases = new BaseVersions('HEAD', (args, cwd, input) => {
      asked++;
      return real(args, cwd, input);
    }, () => now);
    const askedAt = async (time: number): Promise<number> => {
      now = time;
      const before = asked;
      assert.equal(await bases.baseFor(uri), undefined);
      return asked - before;
    };
    assert.equal(await askedAt(0), 1);
    assert.equal(await askedAt(1999), 0);
    assert.equal(await askedAt(2000), 1, 'after 2 s');
    assert.equal(await askedAt(5999), 0);
    assert.equal(await askedAt(6000), 1, 'then after 4 s');
    assert.equal(await askedAt(13_999), 0);
    assert.equal(await askedAt(14_000), 1, 'then after 8 s');
    let time = 14_000;
    for (const wait of [16_000, 32_000, 60_000, 60_000]) {
      assert.equal(await askedAt(time + wait - 1), 0);
      time += wait;
      assert.equal(await askedAt(time), 1, `then after ${wait / 1000} s`);
    }
    bases.forget();
    assert.equal(await askedAt(time + 1), 1, 'a save (forget) asks at once');
    assert.equal(await askedAt(time + 2000), 0, 'and starts again at 2 s');
    assert.equal(await askedAt(time + 2001), 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
