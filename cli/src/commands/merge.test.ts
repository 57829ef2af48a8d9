import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encryptCompat } from '../../../engine/src/crypto/aes';
import { encodeSecurityFile } from '../../../engine/src/crypto/securityFile';
import { K16, K32, TOOL_2013 } from '../../../engine/src/crypto/testPaths';
import { UsageError } from '../io';
import { command } from './merge';
import { fakeIO, inTempDir } from '../testing';

const H = '#!version:1.0.0.1\r\n';
function files(dir: string) {
  writeFileSync(join(dir, 'y000000000066.cfg'), `${H}lang.gui = English\r\naccount.1.label = A\r\nstatic.network.internet_port.type = 0\r\n`);
  writeFileSync(join(dir, '001565aabbcc.cfg'), `${H}account.1.label = B\r\nsecurity.user_password = admin:x\r\n`);
}

test('JSON output in the shape of issue 3, files in the given order', inTempDir(async (dir) => {
  files(dir);
  const io = fakeIO(dir);
  assert.equal(await command(['y000000000066.cfg', '001565aabbcc.cfg', '--format', 'json'], io), 0, io.err);
  const json = JSON.parse(io.out);
  assert.deepEqual(json.files, ['y000000000066.cfg', '001565aabbcc.cfg']);
  const label = json.entries.find((e: { key: string }) => e.key === 'account.1.label');
  assert.deepEqual(label, {
    key: 'account.1.label',
    value: 'B',
    source: { file: '001565aabbcc.cfg', line: 2 },
    overridden: [{ value: 'A', source: { file: 'y000000000066.cfg', line: 3 } }],
    reboot: false,
  });
  assert.ok(Array.isArray(json.rebootRequired));
  for (const key of json.rebootRequired) assert.ok(json.entries.some((e: { key: string; reboot: boolean }) => e.key === key && e.reboot));
}));

test('CFG output: header, summary and provenance comments', inTempDir(async (dir) => {
  files(dir);
  const io = fakeIO(dir);
  assert.equal(await command(['y000000000066.cfg', '001565aabbcc.cfg'], io), 0);
  assert.match(io.out, /^#!version:1\.0\.0\.1\n## Effective configuration/);
  assert.match(io.out, /# from 001565aabbcc\.cfg:2\n# overrides "A" \(y000000000066\.cfg:3\)\naccount\.1\.label = B\n/);
}));

test('a boot file brings its includes and overwrite_mode', inTempDir(async (dir) => {
  files(dir);
  writeFileSync(join(dir, 'y000000000000.boot'), `${H}include:config "y000000000066.cfg"\r\ninclude:config "001565aabbcc.cfg"\r\noverwrite_mode = 1\r\n`);
  const io = fakeIO(dir);
  assert.equal(await command(['y000000000000.boot', '--format', 'json'], io), 0, io.err);
  assert.deepEqual(JSON.parse(io.out).files, ['y000000000000.boot', 'y000000000066.cfg', '001565aabbcc.cfg']);
  const cfg = fakeIO(dir);
  await command(['y000000000000.boot'], cfg);
  assert.match(cfg.out, /overwrite_mode = 1 \(y000000000000\.boot:4\)/);
}));

test('encrypted inputs: _Security.enc beside them, --key, wrong key exit 1, legacy INI is reported', inTempDir(async (dir) => {
  files(dir);
  mkdirSync(join(dir, 'enc'));
  writeFileSync(join(dir, 'enc', 'y000000000066.cfg'), encryptCompat(Buffer.from(`${H}lang.gui = German\r\n`), K16));
  writeFileSync(join(dir, 'enc', 'y000000000066_Security.enc'), encodeSecurityFile(K16));
  writeFileSync(join(dir, 'enc', '001565aabbcc.cfg'), encryptCompat(Buffer.from(`${H}lang.gui = French\r\n`), K32));
  const io = fakeIO(dir);
  assert.equal(await command(['enc/y000000000066.cfg', 'enc/001565aabbcc.cfg', '--key', K32, '--format', 'json'], io), 0, io.err);
  const json = JSON.parse(io.out);
  assert.equal(json.entries[0].value, 'French');
  assert.equal(json.entries[0].overridden[0].value, 'German');
  const wrong = fakeIO(dir);
  assert.equal(await command(['enc/001565aabbcc.cfg', '--key', K16], wrong), 1);
  assert.match(wrong.err, /does not decrypt/);
  const none = fakeIO(dir);
  assert.equal(await command(['enc/001565aabbcc.cfg'], none), 2);
  assert.match(none.err, /give its AES key/);
  copyFileSync(join(TOOL_2013, 'test.cfg'), join(dir, 'test.cfg'));
  copyFileSync(join(TOOL_2013, 'test_Security.enc'), join(dir, 'test_Security.enc'));
  const legacy = fakeIO(dir);
  assert.equal(await command(['test.cfg'], legacy), 0);
  assert.match(legacy.err, /old INI format/);
}));

test('a corrupt _Security.enc beside an input does not stop --key: the key opens it and the damage is noted', inTempDir(async (dir) => {
  mkdirSync(join(dir, 'enc'));
  writeFileSync(join(dir, 'enc', 'y000000000066.cfg'), encryptCompat(Buffer.from(`${H}lang.gui = German\r\n`), K16));
  writeFileSync(join(dir, 'enc', 'y000000000066_Security.enc'), 'not a key file');
  const io = fakeIO(dir);
  assert.equal(await command(['enc/y000000000066.cfg', '--key', K16], io), 0, io.err);
  assert.match(io.out, /^lang\.gui = German/m);
  assert.match(io.err, /y000000000066_Security\.enc beside the file was not used/);
}));

test('a short Latin-1 file (a whole number of AES blocks) is merged as text, not taken for an encrypted one', inTempDir(async (dir) => {
  const latin1 = Buffer.from(`${H}# note\r\nlang.gui = Fran\u00e7ais\r\n`, 'latin1');
  assert.equal(latin1.length % 16, 0);
  writeFileSync(join(dir, 'y000000000066.cfg'), latin1);
  const io = fakeIO(dir);
  assert.equal(await command(['y000000000066.cfg', '--format', 'json'], io), 0, io.err);
  assert.equal(JSON.parse(io.out).entries[0].value, 'Fran\u00e7ais');
}));

test('usage errors and unreadable files', inTempDir(async (dir) => {
  await assert.rejects(command([], fakeIO(dir)), UsageError);
  await assert.rejects(command(['a.cfg', '--format', 'xml'], fakeIO(dir)), /cfg or json/);
  await assert.rejects(command(['a.cfg', '--key', 'x'], fakeIO(dir)), /invalid key from --key/);
  const io = fakeIO(dir);
  assert.equal(await command(['missing.cfg'], io), 2);
  assert.match(io.err, /cannot read missing\.cfg/);
}));

test('includes are confined to the boot file\'s folder tree: ../ and absolute paths are not printed', inTempDir(async (dir) => {
  mkdirSync(join(dir, 'fleet'));
  writeFileSync(join(dir, 'secret.cfg'), 'admin.password = hunter2\n');
  writeFileSync(join(dir, 'fleet', 'y000000000066.cfg'), `${H}lang.gui = English\r\n`);
  writeFileSync(join(dir, 'fleet', 'y000000000000.boot'), `${H}include:config "../secret.cfg"\r\ninclude:config "${join(dir, 'secret.cfg')}"\r\ninclude:config "y000000000066.cfg"\r\n`);
  const io = fakeIO(dir);
  assert.equal(await command(['fleet/y000000000000.boot'], io), 0, io.err);
  assert.ok(!io.out.includes('hunter2'), io.out);
  assert.match(io.err, /include \.\.\/secret\.cfg points outside the boot file's folder; not followed/);
  assert.match(io.out, /lang\.gui = English/);
}));

test('a symbolic link in the boot file\'s folder that leads out of it is refused like ../', inTempDir(async (dir) => {
  mkdirSync(join(dir, 'fleet'));
  mkdirSync(join(dir, 'private'));
  writeFileSync(join(dir, 'private', 'secret.cfg'), 'admin.password = hunter2\n');
  symlinkSync(join(dir, 'private', 'secret.cfg'), join(dir, 'fleet', 'site.cfg'));
  symlinkSync(join(dir, 'private'), join(dir, 'fleet', 'shared'));
  writeFileSync(join(dir, 'fleet', 'y000000000066.cfg'), `${H}lang.gui = English\r\n`);
  symlinkSync('y000000000066.cfg', join(dir, 'fleet', 'common.cfg'));
  writeFileSync(join(dir, 'fleet', 'y000000000000.boot'), `${H}include:config "site.cfg"\r\ninclude:config "shared/secret.cfg"\r\ninclude:config "common.cfg"\r\n`);
  const io = fakeIO(dir);
  assert.equal(await command(['fleet/y000000000000.boot'], io), 0, io.err);
  assert.ok(!io.out.includes('hunter2'), io.out);
  assert.match(io.err, /include site\.cfg points outside the boot file's folder; not followed/);
  assert.match(io.err, /include shared\/secret\.cfg points outside the boot file's folder; not followed/);
  assert.match(io.out, /lang\.gui = English/, 'a link that stays inside the folder is followed');
}));

test('an unknown --model is a usage error listing close names', inTempDir(async (dir) => {
  files(dir);
  await assert.rejects(command(['y000000000066.cfg', '--model', 'T46X'], fakeIO(dir)), (e: unknown) => e instanceof UsageError && /unknown --model "T46X"; did you mean .*T46S/.test(e.message));
}));
