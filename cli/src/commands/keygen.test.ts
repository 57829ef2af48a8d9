import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UsageError } from '../io';
import { command } from './keygen';
import { fakeIO } from '../testing';

test('prints one 16-character key by default and 32 with --length 32', async () => {
  const io = fakeIO('/');
  assert.equal(await command([], io), 0);
  assert.match(io.out, /^[A-Za-z0-9]{16}\n$/);
  const io32 = fakeIO('/');
  assert.equal(await command(['--length', '32'], io32), 0);
  assert.match(io32.out, /^[A-Za-z0-9]{32}\n$/);
  assert.notEqual(io.out, (await (async () => { const again = fakeIO('/'); await command([], again); return again.out; })()));
});

test('other lengths are usage errors', async () => {
  await assert.rejects(command(['--length', '24'], fakeIO('/')), UsageError);
  await assert.rejects(command(['extra'], fakeIO('/')), UsageError);
});
