import { test } from 'node:test';
import assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { KeyStore } from './keyStore';

/** An in-memory SecretStorage: KeyStore only uses get/store/delete. */
function fakeSecrets(): vscode.SecretStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get: async (key: string) => data.get(key),
    store: async (key: string, value: string) => void data.set(key, value),
    delete: async (key: string) => void data.delete(key),
    onDidChange: (() => ({ dispose() {} })) as unknown as vscode.Event<vscode.SecretStorageChangeEvent>,
  } as vscode.SecretStorage & { data: Map<string, string> };
}

test('stores, lists (names only), gets and forgets keys', async () => {
  const secrets = fakeSecrets();
  const store = new KeyStore(secrets);
  await store.store('mac', 'q7Zr0PxK2mN8vW4tY6uB1cD9eF3gH5jL');
  await store.store(' common ', 'ljB7jiDIQQ7XD888');
  assert.deepEqual(await store.list(), ['common', 'mac']);
  assert.equal(await store.get('common'), 'ljB7jiDIQQ7XD888');
  await store.forget('mac');
  assert.deepEqual(await store.list(), ['common']);
  assert.equal(await store.get('mac'), undefined);
  assert.deepEqual(await store.entries(), [{ name: 'common', key: 'ljB7jiDIQQ7XD888' }]);
  assert.ok(![...secrets.data.keys()].some((k) => k.includes('ljB7')), 'keys are values, never names');
});

test('refuses invalid keys and names with the reason, without echoing the key', async () => {
  const store = new KeyStore(fakeSecrets());
  await assert.rejects(store.store('x', 'short key'), (e: Error) => /Not stored/.test(e.message) && !e.message.includes('short key'));
  await assert.rejects(store.store('  ', 'ljB7jiDIQQ7XD888'), /needs a name/);
  assert.deepEqual(await store.list(), []);
});

test('concurrent stores keep every name in the index', async () => {
  const store = new KeyStore(fakeSecrets());
  await Promise.all(['a', 'b', 'c', 'd'].map((n) => store.store(n, 'ljB7jiDIQQ7XD888')));
  assert.deepEqual(await store.list(), ['a', 'b', 'c', 'd']);
});

test('a name whose secret vanished is dropped from the list', async () => {
  const secrets = fakeSecrets();
  const store = new KeyStore(secrets);
  await store.store('a', 'ljB7jiDIQQ7XD888');
  secrets.data.delete('yealinkCfg.aesKey.a');
  assert.deepEqual(await store.list(), []);
});

test('storeNew never replaces a stored key: it takes the next free name and answers it', async () => {
  const store = new KeyStore(fakeSecrets());
  await store.store('common', 'ljB7jiDIQQ7XD888');
  assert.equal(await store.storeNew('common', 'Ab3dEf7hJk9mNp2Q'), 'common 2');
  assert.equal(await store.storeNew('common', 'Zz3dEf7hJk9mNp2Q'), 'common 3');
  assert.equal(await store.storeNew('mac', 'Yy3dEf7hJk9mNp2Q'), 'mac');
  assert.equal(await store.get('common'), 'ljB7jiDIQQ7XD888', 'the first key is kept');
  assert.equal(await store.get('common 2'), 'Ab3dEf7hJk9mNp2Q');
  assert.deepEqual(await store.list(), ['common', 'common 2', 'common 3', 'mac']);
  await assert.rejects(store.storeNew('common', 'short'), /Not stored/);
});
