import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Catalog } from './catalog';
import { canonicalKey, canonicalName } from './canonical';

const catalog = Catalog.default();

test('an older name becomes its successor, with its index numbers written plainly', () => {
  const name = (key: string) => canonicalName(key, catalog.lookup(key));
  assert.equal(name('network.internet_port.type'), 'static.network.internet_port.type');
  assert.equal(name('account.3.codec.G722_1_24kpbs.enable'), 'account.3.codec.g722_1_24kpbs.enable');
  assert.equal(name('account.03.codec.G722_1_24kpbs.enable'), 'account.3.codec.g722_1_24kpbs.enable');
  assert.equal(name('account.03.enable'), 'account.03.enable', 'a current name stays as written');
  assert.equal(name('no.such.name'), 'no.such.name');
});

test('per-user parameters keep the user name in their identity', () => {
  const key = 'static.security.user_password';
  assert.equal(canonicalKey(key, 'admin:secret', catalog.lookup(key)), `${key}:admin`);
  assert.equal(canonicalKey(key, 'user:other', catalog.lookup(key)), `${key}:user`);
});
