import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { aesKeyTxtPath, planEncryptOutputs } from './outputs';

test('default folder beside each source, same names, optional _Security.enc', () => {
  const plans = planEncryptOutputs([join('/p', 'y000000000066.cfg'), join('/p', 'sub', '001565aabbcc.cfg')], 'encrypted', true);
  assert.deepEqual(plans, [
    { source: join('/p', 'y000000000066.cfg'), encrypted: join('/p', 'encrypted', 'y000000000066.cfg'), securityFile: join('/p', 'encrypted', 'y000000000066_Security.enc') },
    { source: join('/p', 'sub', '001565aabbcc.cfg'), encrypted: join('/p', 'sub', 'encrypted', '001565aabbcc.cfg'), securityFile: join('/p', 'sub', 'encrypted', '001565aabbcc_Security.enc') },
  ]);
  assert.equal(aesKeyTxtPath(plans), join('/p', 'encrypted', 'Aeskey.txt'));
  assert.equal(planEncryptOutputs([join('/p', 'a.cfg')], '  ', false)[0].encrypted, join('/p', 'encrypted', 'a.cfg'));
  assert.equal(planEncryptOutputs([join('/p', 'a.cfg')], join('/out'), false)[0].encrypted, join('/out', 'a.cfg'));
});

test('refuses to write over a source or twice to one file', () => {
  assert.throws(() => planEncryptOutputs([join('/p', 'a.cfg')], '.', false), /replace the source/);
  assert.throws(() => planEncryptOutputs([join('/p', 'a.cfg'), join('/q', 'a.cfg')], join('/out'), false), /two sources/);
});
