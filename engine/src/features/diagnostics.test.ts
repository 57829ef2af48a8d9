import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toDiagnostic } from './diagnostics';

test('maps a finding to an LSP diagnostic with a docs link, data and related locations', () => {
  const diagnostic = toDiagnostic(
    {
      code: 'YL005',
      severity: 'warning',
      message: 'twice',
      line: 3,
      start: 0,
      end: 8,
      data: { removeLine: true },
      related: [{ line: 1, start: 0, end: 8, message: 'first set here' }],
    },
    'file:///a.cfg',
  );
  assert.equal(diagnostic.severity, 2);
  assert.equal(diagnostic.source, 'yealink-cfg');
  assert.match(diagnostic.codeDescription?.href ?? '', /README\.md#yl005$/);
  assert.deepEqual(diagnostic.data, { removeLine: true });
  assert.deepEqual(diagnostic.relatedInformation?.[0].location, {
    uri: 'file:///a.cfg',
    range: { start: { line: 1, character: 0 }, end: { line: 1, character: 8 } },
  });
});
