import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fakeIO } from '../testing';
import { command as explain } from './explain';

test('json: the documented shape for a concrete key', async () => {
  const io = fakeIO('/');
  assert.equal(await explain(['account.3.sip_server.2.transport_type', '--format', 'json'], io), 0);
  const result = JSON.parse(io.out) as Record<string, unknown>;
  assert.equal(result.key, 'account.3.sip_server.2.transport_type');
  assert.equal(result.pattern, 'account.X.sip_server.Y.transport_type');
  assert.equal(result.kind, 'enum');
  assert.deepEqual((result.values as { value: string; label: string }[]).map((v) => v.value), ['0', '1', '2', '3']);
  for (const field of ['min', 'max', 'default', 'reboot', 'static', 'models', 'description']) {
    assert.ok(field in result || field === 'min' || field === 'max', `missing ${field}`);
  }
  assert.equal(typeof result.reboot, 'boolean');
  assert.equal(typeof result.static, 'boolean');
});

test('text output for a reboot-requiring static key', async () => {
  const io = fakeIO('/');
  assert.equal(await explain(['static.network.internet_port.type'], io), 0);
  const text = io.out;
  assert.match(text, /reboot:  yes/);
  assert.match(text, /static:  yes/);
});

test('unknown key: exit 1 and the closest names', async () => {
  const io = fakeIO('/');
  assert.equal(await explain(['acount.1.enable'], io), 1);
  assert.match(io.err, /unknown parameter "acount\.1\.enable"\. Closest known names: account\.1\.enable/);
});
