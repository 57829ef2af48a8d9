import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyFile, describeFileKind, isYealinkFile } from './fileKind';

test('classifies Yealink file names', () => {
  assert.deepEqual(
    ['y000000000066.cfg', '001565ABCDEF.cfg', '001565abcdef-local.cfg', 'y000000000000.boot', '001565abcdef.boot', 'site.boot', 'account_Security.enc', 'sip.cfg'].map(
      (name) => classifyFile(`/fleet/${name}`).kind,
    ),
    ['common', 'mac', 'mac-local', 'common-boot', 'mac-boot', 'boot', 'key', 'other'],
  );
  assert.equal(classifyFile('001565ABCDEF.cfg').mac, '001565abcdef');
  assert.equal(classifyFile('C:\\\\fleet\\\\y000000000066.cfg').commonCfg, '66');
  assert.deepEqual(classifyFile('y000000000095.cfg').models.map((m) => m.name), ['T53', 'T53W', 'T53C']);
  assert.equal(describeFileKind('mac-local'), 'MAC-local CFG (changes made on the phone)');
});

test('a .cfg belongs to Yealink by its name or its first line, never by extension alone', () => {
  assert.equal(isYealinkFile('/r/y000000000066.cfg', ''), true);
  assert.equal(isYealinkFile('/r/provisioning.boot', ''), true);
  assert.equal(isYealinkFile('/r/site-defaults.cfg', '#!version:1.0.0.1'), true);
  assert.equal(isYealinkFile('/r/site-defaults.cfg', '\ufeff#!version:1.0.0.1'), true);
  assert.equal(isYealinkFile('/r/enc.cfg', '#!encrypt:1.0.0.0'), true);
  assert.equal(isYealinkFile('/r/asterisk.cfg', '[general]'), false);
  assert.equal(isYealinkFile('/r/notes.txt', '#!version:1.0.0.1'), false);
  assert.equal(isYealinkFile('/r/key_Security.enc', ''), false);
});

test('a custom-named .cfg without a header is Yealink only when its first settings are Yealink names', () => {
  const yealink = '# site settings\naccount.1.enable = 1\nstatic.network.internet_port.type = 0\nlang.gui = English\n';
  assert.equal(isYealinkFile('/r/site.cfg', yealink), true);
  assert.equal(isYealinkFile('/r/site.cfg', 'account.1.enable = 1\n'), false, 'too little to tell');
  const haproxy = 'global\n    log 127.0.0.1 local0\n    maxconn 4096\ndefaults\n    mode http\n';
  assert.equal(isYealinkFile('/r/haproxy.cfg', haproxy), false);
  const asterisk = '; SIP configuration\n[general]\ncontext=default\nallowguest=no\nudpbindaddr=0.0.0.0\n';
  assert.equal(isYealinkFile('/r/sip.cfg', asterisk), false);
  const mixed = 'account.1.enable = 1\nlang.gui = English\nfoo.bar = 1\nstatic.x = 1\n';
  assert.equal(isYealinkFile('/r/other.cfg', mixed), false);
});
