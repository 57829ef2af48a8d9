import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../rules';
import { limitedDiagnostics, toDiagnostic, withThousandsCommas } from './diagnostics';

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
    'file:///ext/README.md',
  );
  assert.equal(diagnostic.severity, 2);
  assert.equal(diagnostic.source, 'yealink-cfg');
  assert.equal(diagnostic.codeDescription?.href, 'file:///ext/README.md#yl005');
  assert.equal(toDiagnostic({ code: 'YL005', severity: 'warning', message: 'twice', line: 0, start: 0, end: 1 }).codeDescription, undefined, 'no README, no link');
  assert.deepEqual(diagnostic.data, { removeLine: true });
  assert.deepEqual(diagnostic.relatedInformation?.[0].location, {
    uri: 'file:///a.cfg',
    range: { start: { line: 1, character: 0 }, end: { line: 1, character: 8 } },
  });
});

test('caps the diagnostics of one file, keeps the most severe first, and adds one summary of the rest', () => {
  const findings: Finding[] = [];
  for (let line = 0; line < 5000; line++) findings.push({ code: 'YL003', severity: 'warning', message: 'unknown', line, start: 0, end: 1 });
  findings.push({ code: 'YL002', severity: 'error', message: 'malformed', line: 4999, start: 0, end: 1 });
  const diagnostics = limitedDiagnostics(findings, 'file:///big.cfg', 1000);
  assert.equal(diagnostics.length, 1001);
  assert.ok(diagnostics.some((d) => d.code === 'YL002'), 'the one error is kept although it is on the last line');
  const summary = diagnostics[1000];
  assert.equal(summary.code, undefined);
  assert.equal(summary.severity, 2, 'as severe as the worst finding left out');
  assert.match(summary.message, /4,001 more findings .* at most 1,000 per file/);
  const lines = diagnostics.slice(0, 1000).map((d) => d.range.start.line);
  assert.deepEqual(lines, [...lines].sort((a, b) => a - b), 'kept diagnostics are in document order');
});

test('publishes every finding when there are no more than the cap', () => {
  const findings: Finding[] = [{ code: 'YL003', severity: 'hint', message: 'x', line: 0, start: 0, end: 1 }];
  assert.equal(limitedDiagnostics(findings, 'file:///a.cfg', 1).length, 1);
});

test('writes counts as en-US does, without ICU number formatting', () => {
  for (const count of [0, 7, 999, 1000, 4001, 12345, 999999, 1000000, 123456789]) {
    assert.equal(withThousandsCommas(count), count.toLocaleString('en-US'), String(count));
  }
});
