import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { main } from './cli';
import { escapeControls, guardStdout } from './io';
import { fakeIO, scratchFolder } from './testing';

test('control characters are shown, not obeyed: ANSI escapes, lone CR, C1 and bidi controls', () => {
  assert.equal(escapeControls('a\u001b[2J\u001b]0;pwned\u0007b'), 'a\\u001b[2J\\u001b]0;pwned\\u0007b');
  assert.equal(escapeControls('line\r\nnext\rover\u009b\u202e'), 'line\r\nnext\\u000dover\\u009b\\u202e');
  assert.equal(escapeControls('tab\tand\nnewline stay'), 'tab\tand\nnewline stay');
  assert.deepEqual(JSON.parse(escapeControls(JSON.stringify({ v: 'x\u009by' }))), { v: 'x\u009by' });
});

test('each call escapes its own text, whatever the calls before it found', () => {
  for (let i = 0; i < 3; i++) {
    assert.equal(escapeControls('a\u0007'), 'a\\u0007');
    assert.equal(escapeControls('\u0007b'), '\\u0007b');
    assert.equal(escapeControls('plain'), 'plain');
  }
});

test('lint output of a hostile file carries no raw escape character', async () => {
  const filler = Array.from({ length: 40 }, (_, i) => `account.1.label = Reception desk ${i}`).join('\n');
  const root = scratchFolder({ 'y000000000066.cfg': `#!version:1.0.0.1\n${filler}\nlang.gui\u001b[2J = English\nno equals \u001b]0;title\u0007\n` });
  const io = fakeIO(root);
  await main(['lint', 'y000000000066.cfg'], io);
  assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(io.out + io.err), io.out);
  assert.match(io.out, /\\u001b/);
});

test('stdout errors: EPIPE exits quietly with the normal code, other write errors exit 2 with a message', () => {
  const exits: number[] = [];
  const messages: string[] = [];
  const stream = new EventEmitter();
  guardStdout(stream, (code) => exits.push(code), (text) => messages.push(text), () => 1);
  stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
  assert.deepEqual([exits, messages], [[1], []]);
  stream.emit('error', Object.assign(new Error('no space left'), { code: 'ENOSPC' }));
  assert.deepEqual(exits, [1, 2]);
  assert.match(messages[0], /cannot write the output: ENOSPC/);
});
