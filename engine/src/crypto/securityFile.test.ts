import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CryptoError } from './errors';
import { generateKey } from './keys';
import { BUILT_IN_KEY, decodeSecurityFile, encodeSecurityFile, securityFileNameFor } from './securityFile';
import { CRYPTO_FIXTURES, K16, K32, TOOL_2013 } from './testPaths';

test('Yealink 2013 tool: test_Security.enc holds ljB7jiDIQQ7XD888 and re-encodes byte for byte', () => {
  const bytes = readFileSync(join(TOOL_2013, 'test_Security.enc'));
  assert.equal(decodeSecurityFile(bytes), 'ljB7jiDIQQ7XD888');
  assert.deepEqual(encodeSecurityFile('ljB7jiDIQQ7XD888'), bytes);
});

test('openssl vectors: 16- and 32-character keys', () => {
  assert.deepEqual(encodeSecurityFile(K16), readFileSync(join(CRYPTO_FIXTURES, 'k16_Security.enc')));
  assert.deepEqual(encodeSecurityFile(K32), readFileSync(join(CRYPTO_FIXTURES, 'k32_Security.enc')));
  assert.equal(decodeSecurityFile(readFileSync(join(CRYPTO_FIXTURES, 'k32_Security.enc'))), K32);
  assert.equal(encodeSecurityFile(K32).length, 32);
});

test('round trip for generated keys', () => {
  for (let i = 0; i < 50; i++) {
    const key = generateKey(i % 2 ? 16 : 32);
    assert.equal(decodeSecurityFile(encodeSecurityFile(key)), key);
  }
});

test('files that are not key files are refused', () => {
  const isBad = (e: unknown) => e instanceof CryptoError && e.code === 'bad-security-file';
  assert.throws(() => decodeSecurityFile(Buffer.alloc(15)), isBad);
  assert.throws(() => decodeSecurityFile(Buffer.alloc(48)), isBad);
  assert.throws(() => decodeSecurityFile(Buffer.alloc(16)), isBad);
  assert.equal(BUILT_IN_KEY.length, 16);
});

test('names the key file like the tool does', () => {
  assert.equal(securityFileNameFor('/srv/tftp/y000000000058.cfg'), '/srv/tftp/y000000000058_Security.enc');
  assert.equal(securityFileNameFor('C:\\prov\\account.CFG'), 'C:\\prov\\account_Security.enc');
  assert.equal(securityFileNameFor('account.cfg'), 'account_Security.enc');
});
