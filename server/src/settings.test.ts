import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toServiceSettings } from './settings';

test('keeps valid settings and drops malformed ones', () => {
  assert.deepEqual(toServiceSettings({ model: ' T46S ', severity: { yl007: 'hint', YL003: 'loud' }, extraParameters: ['a.X.b', 3] }), {
    model: 'T46S',
    severity: { YL007: 'hint' },
    extraParameters: ['a.X.b'],
  });
  assert.deepEqual(toServiceSettings(undefined), { model: undefined, severity: {}, extraParameters: [] });
});
