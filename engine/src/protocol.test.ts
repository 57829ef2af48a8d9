import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMMANDS, DECRYPTED_SCHEME, decryptedDocumentPath, decryptedDocumentSource, MERGE_SCHEME, MESSAGES, parseImpactBase, parseSettings, SERVER_COMMANDS, SERVER_EXECUTED_COMMANDS, SEVERITY_LEVELS, TEST_COMMANDS } from './protocol';
import { DECRYPT_COMMAND } from './features/codeActions';

test('parseSettings keeps valid settings and drops malformed ones', () => {
  assert.deepEqual(parseSettings({ model: ' T46S ', severity: { yl007: 'hint', YL003: 'loud', YL005: 3 }, extraParameters: ['a.X.b', 3] }), {
    model: 'T46S',
    severity: { YL007: 'hint' },
    extraParameters: ['a.X.b'],
  });
  for (const raw of [undefined, null, 'T46S', 42, []]) {
    assert.deepEqual(parseSettings(raw), { model: undefined, severity: {}, extraParameters: [] }, `raw ${JSON.stringify(raw)}`);
  }
  assert.deepEqual(parseSettings({ severity: ['error'] }).severity, {}, 'an array is not a severity map');
});

test('rebootWarnings and impact.base are read, bad values fall back', () => {
  assert.equal(parseSettings({ rebootWarnings: 'always' }).rebootWarnings, 'always');
  assert.equal(parseSettings({ rebootWarnings: 'loud' }).rebootWarnings, undefined);
  assert.equal(parseImpactBase({ impact: { base: ' origin/main ' } }), 'origin/main');
  assert.equal(parseImpactBase({ 'impact.base': 'v2' }), 'v2');
  for (const raw of [undefined, {}, { impact: { base: '' } }, { impact: { base: 3 } }]) assert.equal(parseImpactBase(raw), 'HEAD');
});

test('parseSettings: inlay hints are on unless inlayHints.enable is false', () => {
  assert.equal(parseSettings({ inlayHints: { enable: false } }).inlayHints, false);
  assert.equal(parseSettings({ inlayHints: { enable: true } }).inlayHints, undefined);
  assert.equal(parseSettings({ inlayHints: 'off' }).inlayHints, undefined);
});

test('every severity level is accepted by parseSettings', () => {
  for (const level of SEVERITY_LEVELS) assert.equal(parseSettings({ severity: { YL001: level } }).severity?.YL001, level);
});

test('command ids and message names are unique and namespaced', () => {
  const ids = [...Object.values(COMMANDS), ...Object.values(TEST_COMMANDS), ...Object.values(SERVER_EXECUTED_COMMANDS)];
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^yealinkCfg\.[A-Za-z.]+$/);
  const methods = Object.values(MESSAGES).map((m) => m.method);
  assert.equal(new Set(methods).size, methods.length);
  for (const method of methods) assert.match(method, /^yealinkCfg\/[A-Za-z]+$/);
});

test('the commands the server puts into code actions are client commands', () => {
  const clientIds = new Set<string>(Object.values(COMMANDS));
  for (const id of Object.values(SERVER_COMMANDS)) assert.ok(clientIds.has(id), id);
  assert.equal(DECRYPT_COMMAND, SERVER_COMMANDS.decryptFile);
});

test('a decrypted document is named after its encrypted file, and leads back to it', () => {
  const path = decryptedDocumentPath('/srv/tftp/y000000000066.cfg');
  assert.equal(path, '/srv/tftp/y000000000066.cfg (decrypted)');
  assert.equal(path.split('/').pop(), 'y000000000066.cfg (decrypted)');
  assert.equal(decryptedDocumentSource(path), '/srv/tftp/y000000000066.cfg');
  assert.equal(decryptedDocumentSource('/srv/tftp/y000000000066.cfg'), undefined);
  assert.equal(decryptedDocumentSource(' (decrypted)'), undefined);
  // As VS Code writes the URI string: the space and the parentheses percent-encoded.
  assert.equal(decryptedDocumentSource('yealink-decrypted:/srv/tftp/y000000000066.cfg%20%28decrypted%29'), 'yealink-decrypted:/srv/tftp/y000000000066.cfg');
  assert.equal(decryptedDocumentSource('yealink-decrypted:/srv/tftp/y000000000066.cfg%20(decrypted)'), 'yealink-decrypted:/srv/tftp/y000000000066.cfg');
  assert.equal(decryptedDocumentSource('/srv/%E0%A4%A (decrypted)'), undefined, 'a malformed escape is not ours');
  assert.notEqual(DECRYPTED_SCHEME, MERGE_SCHEME);
});
