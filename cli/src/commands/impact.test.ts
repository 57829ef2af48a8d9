import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gitRunner } from '../../../engine/src/gitRevisions';
import { command, impactCommand } from './impact';
import { fakeIO, inTempDir } from '../testing';

const H = '#!version:1.0.0.1\n';
const VID = 'static.network.vlan.internet_port_vid';

function git(dir: string, ...args: string[]): string {
  const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

function write(dir: string, files: Readonly<Record<string, string>>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** A repository with one commit holding `files`. */
function repo(dir: string, files: Readonly<Record<string, string>>): void {
  git(dir, 'init', '-q', '-b', 'main');
  write(dir, files);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'fleet');
}

async function impactJson(dir: string, ...args: string[]) {
  const io = fakeIO(dir);
  const code = await command([...args, '--format', 'json'], io);
  assert.equal(code, 0, io.err);
  return JSON.parse(io.out);
}

test('modified, added and deleted files, and a comment-only edit, in the JSON contract', inTempDir(async (dir) => {
  repo(dir, {
    'y000000000066.cfg': `${H}${VID} = 10\nlang.gui = English\n`,
    'y000000000028.cfg': `${H}lang.gui = English\n`,
    'old/y000000000069.cfg': `${H}lang.gui = English\n`,
    'notes.txt': 'not a Yealink file\n',
    'asterisk.cfg': '[general]\ncontext=default\n',
  });
  write(dir, {
    'y000000000066.cfg': `${H}${VID} = 20\nlang.gui = English\n`,
    'y000000000028.cfg': `${H}# reviewed\nlang.gui = English\n`,
    'new/y000000000067.cfg': `${H}lang.gui = German\n`,
    'asterisk.cfg': '[general]\ncontext=other\n',
  });
  rmSync(join(dir, 'old/y000000000069.cfg'));
  const report = await impactJson(dir);
  assert.equal(report.since, 'HEAD');
  assert.deepEqual(report.files, [
    { file: 'new/y000000000067.cfg', status: 'added', contentChanged: true, changes: [{ key: 'lang.gui', before: null, after: 'German', line: 2, reboot: false }], reboot: false },
    { file: 'old/y000000000069.cfg', status: 'deleted', contentChanged: true, changes: [{ key: 'lang.gui', before: 'English', after: null, line: null, reboot: false }], reboot: false },
    { file: 'y000000000028.cfg', status: 'modified', contentChanged: true, changes: [], reboot: false },
    { file: 'y000000000066.cfg', status: 'modified', contentChanged: true, changes: [{ key: VID, before: '10', after: '20', line: 2, reboot: true }], reboot: true },
  ]);
  assert.deepEqual(report.rebootFiles, ['y000000000066.cfg']);
  assert.deepEqual(report.phones, []);

  const io = fakeIO(dir);
  assert.equal(await command([], io), 0, io.err);
  assert.match(io.out, /^4 files changed; 1 file with reboot-requiring changes; 1 file re-downloaded with no setting change\n/);
  assert.match(io.out, /^  y000000000066\.cfg:2: static\.network\.vlan\.internet_port_vid: 10 -> 20 \(reboot\)$/m);
}));

test('paths narrow the scope and are relative to the repository root, from a sub-folder too', inTempDir(async (dir) => {
  repo(dir, { 'a/y000000000066.cfg': `${H}lang.gui = English\n`, 'b/y000000000066.cfg': `${H}lang.gui = English\n` });
  write(dir, { 'a/y000000000066.cfg': `${H}lang.gui = German\n`, 'b/y000000000066.cfg': `${H}lang.gui = French\n` });
  assert.deepEqual((await impactJson(dir, 'b')).files.map((f: { file: string }) => f.file), ['b/y000000000066.cfg']);
  assert.deepEqual((await impactJson(join(dir, 'a'))).files.map((f: { file: string }) => f.file), ['a/y000000000066.cfg']);
}));

test('per-user passwords count per user', inTempDir(async (dir) => {
  repo(dir, {
    'y000000000066.cfg': `${H}static.security.user_password = admin:one\nstatic.security.user_password = user:u1\n`,
    '001565aabbcc.cfg': H,
  });
  write(dir, { 'y000000000066.cfg': `${H}static.security.user_password = admin:two\nsecurity.user_password = user:u1\n` });
  const report = await impactJson(dir);
  assert.deepEqual(report.files[0].changes, [{ key: 'static.security.user_password', before: 'admin:one', after: 'admin:two', line: 2, reboot: false }]);
  assert.deepEqual(report.phones[0].changes, [{ key: 'static.security.user_password', before: 'admin:one', after: 'admin:two', reboot: false }]);
}));

test('a Common change that a MAC file overrides neither changes nor reboots that phone', inTempDir(async (dir) => {
  repo(dir, {
    'y000000000066.cfg': `${H}${VID} = 10\n`,
    '001565aabbcc.cfg': `${H}account.1.label = Bob\n`,
    '001565aabbdd.cfg': `${H}network.vlan.internet_port_vid = 30\n`,
  });
  write(dir, { 'y000000000066.cfg': `${H}${VID} = 20\n` });
  const report = await impactJson(dir, '--since', 'main');
  assert.equal(report.since, 'main');
  assert.deepEqual(report.phones, [
    { mac: '001565aabbcc', files: ['y000000000066.cfg', '001565aabbcc.cfg'], reboot: true, changes: [{ key: VID, before: '10', after: '20', reboot: true }] },
  ]);
  const io = fakeIO(dir);
  await command([], io);
  assert.match(io.out, /^1 file changed; 1 phone reboot \(001565aabbcc\)\n/);
}));

test('boot-file includes per model; a phone of unknown model is listed with the reason', inTempDir(async (dir) => {
  repo(dir, {
    'y000000000000.boot': `${H}include:config y000000000066.cfg\n[T46S]include:config t46s.cfg\n[T48S]include:config t48s.cfg\n`,
    'y000000000066.cfg': `${H}lang.gui = English\n`,
    't46s.cfg': `${H}${VID} = 10\n`,
    't48s.cfg': `${H}${VID} = 10\n`,
    '001565aabbcc.cfg': `${H}# yealink: model=T46S\n`,
    '001565aabbdd.cfg': `${H}# yealink: model=T48S\n`,
    '001565aabbee.cfg': H,
  });
  write(dir, { 't46s.cfg': `${H}${VID} = 20\n` });
  const report = await impactJson(dir);
  assert.deepEqual(report.phones.map((p: { mac: string; reboot: boolean }) => [p.mac, p.reboot]), [['001565aabbcc', true]]);
  assert.deepEqual(report.phones[0].files, ['y000000000000.boot', 'y000000000066.cfg', 't46s.cfg']);
  assert.equal(report.unresolvedPhones.length, 1);
  assert.equal(report.unresolvedPhones[0].mac, '001565aabbee');
  assert.match(report.unresolvedPhones[0].reason, /^unknown model: y000000000000\.boot includes t46s\.cfg for T46S only/);
  const withModel = await impactJson(dir, '--model', 'T46S');
  assert.deepEqual(withModel.phones.map((p: { mac: string }) => p.mac), ['001565aabbcc', '001565aabbee']);
  assert.deepEqual(withModel.unresolvedPhones, []);
}));

test('a ref that names no commit: exit 2 and the message says so', inTempDir(async (dir) => {
  repo(dir, { 'y000000000066.cfg': H });
  const io = fakeIO(dir);
  assert.equal(await command(['--since', 'no-such-branch'], io), 2);
  assert.match(io.err, /^impact: "no-such-branch" does not name a commit in /);
  assert.equal(io.out, '');
}));

test('outside a git repository: exit 2 and the message says so', inTempDir(async (dir) => {
  write(dir, { 'y000000000066.cfg': H });
  const io = fakeIO(dir);
  // GIT_CEILING_DIRECTORIES keeps git from finding a repository above the temporary folder.
  const code = await impactCommand(gitRunner({ ...process.env, GIT_CEILING_DIRECTORIES: join(dir, '..') }))([], io);
  assert.equal(code, 2);
  assert.equal(io.err, `impact: ${dir} is not in a git repository\n`);
}));

test('no git at all: exit 2 and the message says so', inTempDir(async (dir) => {
  const io = fakeIO(dir);
  const code = await impactCommand(gitRunner({ ...process.env, PATH: join(dir, 'empty') }))([], io);
  assert.equal(code, 2);
  assert.match(io.err, /^impact: git is not installed or not on the PATH/);
}));

test('a path outside the repository and a bad format are refused', inTempDir(async (dir) => {
  mkdirSync(join(dir, 'repo'));
  repo(join(dir, 'repo'), { 'y000000000066.cfg': H });
  const io = fakeIO(join(dir, 'repo'));
  assert.equal(await command(['..'], io), 2);
  assert.match(io.err, /^impact: \.\. is outside the repository /);
  await assert.rejects(command(['--format', 'xml'], fakeIO(dir)), /--format is text or json/);
}));
