import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { TOOL_2013 } from '../../../engine/src/crypto/testPaths';
import { fakeIO, scratchFolder } from '../testing';
import { UsageError } from '../io';
import { command as lint, type LintedFile } from './lint';

const H = '#!version:1.0.0.1\n';
/** The CLI as `npm run build` bundles it (npm test builds first). */
const BUILT_CLI = join(__dirname, '..', '..', '..', '..', 'dist', 'cli.js');

test('json output lists every file with 1-based positions and exits 1 on errors', async () => {
  const root = scratchFolder({
    'y000000000066.cfg': `${H}account.1.enable = 1\naccount.1.enable = yes\n`,
    'sub/001565abcdef.cfg': `${H}acount.1.enable = 1\n`,
    'notes.txt': 'not linted',
  });
  const io = fakeIO(root);
  const code = await lint(['.', '--format', 'json'], io);
  assert.equal(code, 1);
  const files = JSON.parse(io.out) as LintedFile[];
  assert.deepEqual(files.map((f) => f.file), ['sub/001565abcdef.cfg', 'y000000000066.cfg']);
  const invalid = files[1].diagnostics.find((d) => d.code === 'YL004');
  assert.deepEqual(
    { line: invalid?.line, column: invalid?.column, endLine: invalid?.endLine, endColumn: invalid?.endColumn, severity: invalid?.severity },
    { line: 3, column: 20, endLine: 3, endColumn: 23, severity: 'error' },
  );
  assert.equal(files[0].diagnostics[0].code, 'YL003');
  assert.equal(files[0].diagnostics[0].severity, 'warning');
});

test('text output: one line per finding and a summary; warnings alone exit 0', async () => {
  const root = scratchFolder({ 'a.cfg': `${H}acount.1.enable = 1\n` });
  const io = fakeIO(root);
  assert.equal(await lint(['a.cfg'], io), 0);
  assert.match(io.out, /^a\.cfg:2:1: warning YL003 Unknown parameter "acount\.1\.enable"/);
  assert.match(io.out, /\n1 file checked: 0 errors, 1 warning\n$/);
});

test('--model applies to files that do not name one; --severity changes a rule', async () => {
  const root = scratchFolder({ 'settings.cfg': `${H}account.5.enable = 1\n` });
  const io = fakeIO(root);
  await lint(['settings.cfg', '--model', 'T23G', '--format', 'json'], io);
  assert.deepEqual((JSON.parse(io.out) as LintedFile[])[0].diagnostics.map((d) => d.code), ['YL006']);
  const quiet = fakeIO(root);
  await lint(['settings.cfg', '--model', 'T23G', '--severity', 'YL006=off', '--format', 'json'], quiet);
  assert.deepEqual((JSON.parse(quiet.out) as LintedFile[])[0].diagnostics, []);
});

test('an encrypted file gets one YL008 finding', async () => {
  const encrypted = readFileSync(join(TOOL_2013, 'test.cfg'));
  const root = scratchFolder({ 'y000000000066.cfg': encrypted });
  const io = fakeIO(root);
  assert.equal(await lint(['.', '--format', 'json'], io), 0);
  const [file] = JSON.parse(io.out) as LintedFile[];
  assert.deepEqual(file.diagnostics.map((d) => `${d.code}:${d.severity}`), ['YL008:info']);
});

test('a missing path is an I/O error: exit 2 with a message, other files still linted', async () => {
  const root = scratchFolder({ 'a.cfg': `${H}` });
  const io = fakeIO(root);
  assert.equal(await lint(['a.cfg', 'missing.cfg'], io), 2);
  assert.match(io.err, /cannot read missing\.cfg: no such file or folder/);
  assert.match(io.out, /1 file checked/);
});

test('boot files: includes are looked for beside the boot file (YL013)', async () => {
  const root = scratchFolder({
    'y000000000000.boot': `${H}include:config "y000000000066.cfg"\ninclude:config "gone.cfg"\n`,
    'y000000000066.cfg': H,
  });
  const io = fakeIO(root);
  assert.equal(await lint(['y000000000000.boot', '--format', 'json'], io), 0);
  const [file] = JSON.parse(io.out) as LintedFile[];
  assert.deepEqual(file.diagnostics.map((d) => `${d.code}@${d.line}`), ['YL013@3']);
});

test('usage errors', async () => {
  const io = fakeIO('/');
  await assert.rejects(lint([], io), UsageError);
  await assert.rejects(lint(['a', '--format', 'xml'], io), /text, json, jsonl or sarif/);
  await assert.rejects(lint(['a', '--jobs', '0'], io), /--jobs takes a whole number of at least 1/);
  await assert.rejects(lint(['a', '--max-findings', 'lots'], io), /--max-findings takes a whole number/);
  await assert.rejects(lint(['a', '--severity', 'loud'], io), /CODE=LEVEL/);
});

test('an unknown --model is a usage error listing close names', async () => {
  const root = scratchFolder({ 'a.cfg': H });
  await assert.rejects(lint(['a.cfg', '--model', 'T46X'], fakeIO(root)), (e: unknown) => e instanceof UsageError && /did you mean .*T46S/.test(e.message));
});

test('folder walk: a FIFO and a link to /dev/zero are skipped and the rest is checked', async () => {
  if (process.platform === 'win32') return; // no FIFOs or /dev/zero there
  const root = scratchFolder({ 'a/y000000000066.cfg': H, 'z/001565aabbcc.cfg': H, 'asterisk/sip.cfg': '[general]\n' });
  execFileSync('mkfifo', [join(root, 'a', 'y000000000044.cfg')]);
  symlinkSync('/dev/zero', join(root, 'a', 'y000000000046.cfg'));
  const io = fakeIO(root);
  assert.equal(await lint(['.'], io), 2);
  assert.match(io.err, /y000000000044\.cfg: a FIFO, socket or device/);
  assert.match(io.err, /y000000000046\.cfg: a link to a FIFO, socket or device/);
  assert.match(io.out, /2 files checked/);
});

/**
 * Root reads any folder whatever its mode, so under root (containers, CI images) the walk runs as the
 * unprivileged user nobody through the built CLI; otherwise in this process.
 */
test('folder walk: an unreadable folder is reported and the rest is checked', async () => {
  if (process.platform === 'win32') return; // no POSIX modes there
  const root = scratchFolder({ 'a/y000000000066.cfg': H, 'locked/y000000000028.cfg': H, 'z/001565aabbcc.cfg': H });
  chmodSync(join(root, 'locked'), 0o000);
  try {
    let result: { code: number | null; out: string; err: string };
    if (process.getuid?.() === 0) {
      chmodSync(root, 0o755);
      const run = spawnSync(process.execPath, [BUILT_CLI, 'lint', '.'], { cwd: root, uid: 65534, gid: 65534, encoding: 'utf8' });
      assert.equal(run.error, undefined, `running ${BUILT_CLI} as nobody`);
      result = { code: run.status, out: run.stdout, err: run.stderr };
    } else {
      const io = fakeIO(root);
      result = { code: await lint(['.'], io), out: io.out, err: io.err };
    }
    assert.equal(result.code, 2, result.err);
    assert.match(result.err, /locked: cannot read this folder \(permission denied\)/);
    assert.match(result.out, /2 files checked/);
  } finally {
    chmodSync(join(root, 'locked'), 0o755);
  }
});

test('a Latin-1 file is checked in its encoding with a YL009 finding; a huge file is a finding, not read', async () => {
  const root = scratchFolder({ 'y000000000066.cfg': Buffer.from(`${H}account.1.label = M\u00fcller\n`, 'latin1') });
  const io = fakeIO(root);
  await lint(['y000000000066.cfg', '--format', 'json'], io);
  const [file] = JSON.parse(io.out) as LintedFile[];
  assert.deepEqual(file.diagnostics.map((d) => d.code), ['YL009']);
  assert.match(file.diagnostics[0].message, /Latin-1/);
  const { truncateSync, writeFileSync } = await import('node:fs');
  writeFileSync(join(root, 'y000000000028.cfg'), '');
  truncateSync(join(root, 'y000000000028.cfg'), 51 * 1024 * 1024); // sparse: costs no disk
  const big = fakeIO(root);
  assert.equal(await lint(['y000000000028.cfg'], big), 1);
  assert.match(big.out, /y000000000028\.cfg:1:1: error YL008 The file is 51 MB, over the 50 MB limit; not read: no real CFG is near 50 MB/);
});

/** A folder of `count` files, each with a few findings of different kinds, in nested customer folders. */
function fleetFolder(count: number): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const mac = (0x001565000000 + i).toString(16).padStart(12, '0');
    files[`customer-${Math.floor(i / 7)}/${mac}.cfg`] = `${H}account.1.enable = ${i % 3 === 0 ? 'yes' : '1'}\nacount.1.label = "Desk ${i}"\naccount.1.label = x\u0007y\n`;
  }
  files['customer-0/y000000000066.cfg'] = `${H}static.network.ip_address_mode = 7\n`;
  files['customer-1/asterisk.cfg'] = '[general]\ncontext=default\n';
  return scratchFolder(files);
}

test('--jobs 1 and --jobs 3 print the same bytes in every format', async () => {
  const root = fleetFolder(60);
  for (const format of ['text', 'json', 'jsonl', 'sarif']) {
    const one = fakeIO(root);
    const three = fakeIO(root);
    const codeOne = await lint(['.', '--format', format, '--jobs', '1'], one);
    const codeThree = await lint(['.', '--format', format, '--jobs', '3'], three);
    assert.equal(codeOne, 1, format);
    assert.equal(codeThree, codeOne, format);
    assert.ok(one.out.length > 1000, format);
    assert.equal(three.out, one.out, format);
    assert.equal(three.err, one.err, format);
  }
});

test('json output of many files is one valid array, in walk order, control characters escaped', async () => {
  const root = fleetFolder(250);
  const io = fakeIO(root);
  await lint(['.', '--format', 'json', '--jobs', '2'], io);
  const files = JSON.parse(io.out) as LintedFile[];
  assert.equal(files.length, 251);
  const names = files.map((f) => f.file);
  assert.deepEqual(names, [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  assert.ok(files.every((f) => f.diagnostics.length > 0 && f.omitted === undefined));
  assert.ok(!io.out.includes('\u0007'), 'the bell character is escaped, not printed');
});

test('jsonl: one object per file and line', async () => {
  const root = fleetFolder(20);
  const io = fakeIO(root);
  await lint(['.', '--format', 'jsonl'], io);
  const lines = io.out.trimEnd().split('\n');
  assert.equal(lines.length, 21);
  for (const line of lines) {
    const file = JSON.parse(line) as LintedFile;
    assert.equal(typeof file.file, 'string');
    assert.ok(Array.isArray(file.diagnostics));
  }
});

test('--max-findings prints that many findings, says how many were cut, and still exits on cut errors', async () => {
  const root = fleetFolder(10);
  const all = fakeIO(root);
  await lint(['.'], all);
  const total = all.out.trimEnd().split('\n').length - 1;
  const text = fakeIO(root);
  assert.equal(await lint(['.', '--max-findings', '5'], text), 1);
  const lines = text.out.trimEnd().split('\n');
  assert.equal(lines.length, 6);
  assert.match(lines[5], new RegExp(`^11 files checked: \\d+ errors, \\d+ warnings; ${total - 5} findings not shown \\(--max-findings 5: 5 of ${total} shown\\); 1 other \\.cfg/\\.boot file skipped \\(not Yealink: customer-1/asterisk\\.cfg\\)$`));
  const json = fakeIO(root);
  assert.equal(await lint(['.', '--format', 'json', '--max-findings', '0'], json), 1);
  const files = JSON.parse(json.out) as LintedFile[];
  assert.equal(files.length, 11);
  assert.ok(files.every((f) => f.diagnostics.length === 0 && (f.omitted ?? 0) > 0));
  assert.match(json.err, new RegExp(`${total} findings not shown \\(--max-findings 0: 0 of ${total} shown\\)`));
  const sarif = fakeIO(root);
  await lint(['.', '--format', 'sarif', '--max-findings', '3'], sarif);
  const log = JSON.parse(sarif.out) as { runs: { results: unknown[]; invocations: { toolExecutionNotifications: { message: { text: string } }[] }[] }[] };
  assert.equal(log.runs[0].results.length, 3);
  assert.match(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text, /findings not shown/);
});

test('json: name findings carry their suggestions (preferred first) and every finding its quick-fix data', async () => {
  const root = scratchFolder({ 'a.cfg': `${H}acount.1.enable = 1\ncustom.3.value = 1\nstatic.network.qos.audiotos 46\n` });
  const io = fakeIO(root);
  await lint(['a.cfg', '--format', 'json'], io);
  const [file] = JSON.parse(io.out) as LintedFile[];
  const byCode = Object.fromEntries(file.diagnostics.map((d) => [d.code, d]));
  assert.deepEqual(byCode.YL003.suggestions, ['account.1.enable']);
  assert.deepEqual(byCode.YL003.data, { replacements: ['account.1.enable'] });
  assert.deepEqual(byCode.YL014.suggestions, []);
  assert.deepEqual(byCode.YL014.data, { treatAsKnown: 'custom.X.value' });
  assert.equal(byCode.YL014.severity, 'info');
  assert.deepEqual(byCode.YL002.data, { insert: { column: 27, length: 1, text: ' = ' } });
  assert.equal(byCode.YL002.suggestions, undefined);
});

test('the nearest .yealink-cfg.json above each file applies; --extra adds, --severity wins', async () => {
  const root = scratchFolder({
    '.yealink-cfg.json': JSON.stringify({ extraParameters: ['custom.X.value'], severity: { YL003: 'error' } }),
    'fleet/site.cfg': `${H}custom.3.value = 1\nother.thing = 1\nacount.1.enable = 1\n`,
  });
  const codes = async (...args: string[]): Promise<string[]> => {
    const io = fakeIO(root);
    await lint(['fleet/site.cfg', '--format', 'json', ...args], io);
    return (JSON.parse(io.out) as LintedFile[])[0].diagnostics.map((d) => `${d.code}:${d.severity}`);
  };
  assert.deepEqual(await codes(), ['YL014:info', 'YL003:error']);
  assert.deepEqual(await codes('--extra', 'other.thing', '--severity', 'YL003=hint'), ['YL003:hint']);
});

test('an unusable project file is reported and fails the run (exit 2); files are still checked', async () => {
  const root = scratchFolder({ '.yealink-cfg.json': '{ "severity": { "YL003": "loud" } }', 'site.cfg': `${H}lang.gui = English\n` });
  const io = fakeIO(root);
  assert.equal(await lint(['site.cfg'], io), 2);
  assert.match(io.err, /severity of YL003 must be error, warning, information, hint or off/);
  assert.match(io.out, /1 file checked/);
});

test('a folder walk skips other .cfg dialects and says so; a file named explicitly is checked', async () => {
  const root = scratchFolder({
    'y000000000066.cfg': `${H}lang.gui = English\n`,
    'haproxy.cfg': 'global\n    maxconn 4096\ndefaults\n    mode http\n',
    'asterisk/sip.cfg': '[general]\ncontext=default\nallowguest=no\n',
  });
  const walk = fakeIO(root);
  assert.equal(await lint(['.'], walk), 0);
  assert.match(walk.out, /^1 file checked: 0 errors, 0 warnings; 2 other \.cfg\/\.boot files skipped \(not Yealink: asterisk\/sip\.cfg, haproxy\.cfg\)\n$/);
  const named = fakeIO(root);
  assert.equal(await lint(['haproxy.cfg'], named), 1);
  assert.match(named.out, /haproxy\.cfg:1:1: error YL001/);
});
