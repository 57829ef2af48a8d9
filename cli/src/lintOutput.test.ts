import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RULES } from '../../engine/src/rules';
import type { LintDiagnostic } from './lintFleet';
import { createLintWriter, FindingBudget, SARIF_SCHEMA, type LintFormat, type LintTotals } from './lintOutput';

const d = (code: string, severity: LintDiagnostic['severity'], line = 2): LintDiagnostic => ({
  line,
  column: 1,
  endLine: line,
  endColumn: 5,
  severity,
  code,
  message: `${code} at line ${line}`,
});

function run(format: LintFormat, files: { file: string; diagnostics: LintDiagnostic[] }[], totals?: Partial<LintTotals>) {
  let out = '';
  let note = '';
  const chunks: string[] = [];
  const writer = createLintWriter(format, { out: (t) => ((out += t), chunks.push(t)), note: (t) => (note += t), cwd: '/work/fleet' });
  for (const file of files) writer.file(file);
  const findings = files.reduce((n, f) => n + f.diagnostics.length, 0);
  writer.end({ checked: files.length, errors: 0, warnings: 0, findings, omitted: 0, ...totals });
  return { out, note, chunks };
}

const many = Array.from({ length: 400 }, (_, i) => ({
  file: `customer-${i % 9}/00156500${String(i).padStart(4, '0')}.cfg`,
  diagnostics: i % 5 === 0 ? [] : [d('YL003', 'warning', i + 2), d('YL004', 'error', i + 3)],
}));

test('json is written in pieces, one per file, and the pieces make one valid array', () => {
  const { out, chunks } = run('json', many);
  assert.ok(chunks.length >= many.length, 'written file by file');
  assert.ok(Math.max(...chunks.map((c) => c.length)) < 2000, 'no piece holds more than one file');
  assert.deepEqual(JSON.parse(out), many);
  assert.deepEqual(JSON.parse(run('json', []).out), []);
  assert.deepEqual(JSON.parse(run('json', [many[1]]).out), [many[1]]);
});

test('jsonl: one object per file, every line valid JSON', () => {
  const lines = run('jsonl', many).out.trimEnd().split('\n');
  assert.deepEqual(lines.map((line) => JSON.parse(line)), many);
  assert.equal(run('jsonl', []).out, '');
});

test('text: only files with findings, information spelt out, a summary line', () => {
  const { out } = run('text', [{ file: 'a.cfg', diagnostics: [d('YL007', 'info')] }, { file: 'b.cfg', diagnostics: [] }], { checked: 2, warnings: 0 });
  assert.equal(out, 'a.cfg:2:1: information YL007 YL007 at line 2\n2 files checked: 0 errors, 0 warnings\n');
});

test('FindingBudget lets N findings through and counts the rest per file', () => {
  const budget = new FindingBudget(3);
  assert.deepEqual(budget.take('a', [d('YL003', 'warning'), d('YL004', 'error')]), { file: 'a', diagnostics: [d('YL003', 'warning'), d('YL004', 'error')] });
  assert.deepEqual(budget.take('b', [d('YL005', 'warning'), d('YL006', 'warning')]), { file: 'b', diagnostics: [d('YL005', 'warning')], omitted: 1 });
  assert.deepEqual(budget.take('c', [d('YL007', 'info')]), { file: 'c', diagnostics: [], omitted: 1 });
  assert.deepEqual(new FindingBudget(undefined).take('d', [d('YL003', 'hint')]), { file: 'd', diagnostics: [d('YL003', 'hint')] });
});

/** The properties SARIF 2.1.0 requires (and the ones code scanning reads), checked on a parsed log. */
function assertSarif21(log: any): void {
  assert.equal(log.version, '2.1.0');
  assert.equal(log.$schema, SARIF_SCHEMA);
  assert.ok(Array.isArray(log.runs) && log.runs.length === 1);
  for (const run of log.runs) {
    const driver = run.tool?.driver;
    assert.equal(typeof driver?.name, 'string');
    assert.ok(Array.isArray(driver.rules));
    const ids = driver.rules.map((rule: any) => rule.id);
    assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
    for (const rule of driver.rules) {
      assert.match(rule.id, /^YL\d{3}$/);
      assert.equal(typeof rule.shortDescription?.text, 'string');
      assert.ok(rule.helpUri.endsWith(`README.md#${rule.id.toLowerCase()}`), rule.helpUri);
      assert.doesNotThrow(() => new URL(rule.helpUri));
      assert.ok(['none', 'note', 'warning', 'error'].includes(rule.defaultConfiguration.level));
    }
    for (const [id, base] of Object.entries(run.originalUriBaseIds ?? {})) {
      assert.match((base as any).uri, /^file:\/\/.*\/$/, `${id} is an absolute URI ending in a slash`);
    }
    assert.ok(Array.isArray(run.results));
    for (const result of run.results) {
      assert.equal(typeof result.message?.text, 'string', 'message.text is required');
      assert.equal(driver.rules[result.ruleIndex]?.id, result.ruleId, 'ruleIndex points at the rule');
      assert.ok(['none', 'note', 'warning', 'error'].includes(result.level));
      assert.ok(Array.isArray(result.locations) && result.locations.length === 1);
      const physical = result.locations[0].physicalLocation;
      const artifact = physical.artifactLocation;
      assert.equal(typeof artifact.uri, 'string');
      if (artifact.uriBaseId !== undefined) assert.ok(run.originalUriBaseIds[artifact.uriBaseId], 'the base id is declared');
      else assert.doesNotThrow(() => new URL(artifact.uri));
      assert.ok(!/\s/.test(artifact.uri), 'URIs are encoded');
      const region = physical.region;
      assert.ok(region.startLine >= 1 && region.startColumn >= 1 && region.endLine >= region.startLine && region.endColumn >= 1);
    }
    assert.ok(Array.isArray(run.invocations) && run.invocations.length === 1);
    assert.equal(typeof run.invocations[0].executionSuccessful, 'boolean');
  }
}

test('sarif: a SARIF 2.1.0 log with every rule, README links, and one result per finding with its location', () => {
  const files = [
    ...many.slice(0, 30),
    { file: 'Site A/y000000000066.cfg', diagnostics: [d('YL007', 'info'), d('YL002', 'hint')] },
    { file: '/elsewhere/001565aabbcc.cfg', diagnostics: [d('YL001', 'error', 1)] },
  ];
  const { out, note } = run('sarif', files);
  const log = JSON.parse(out);
  assertSarif21(log);
  const [sarifRun] = log.runs;
  assert.deepEqual(
    sarifRun.tool.driver.rules.map((r: any) => r.id),
    RULES.map((r) => r.code),
  );
  assert.equal(sarifRun.results.length, files.reduce((n, f) => n + f.diagnostics.length, 0));
  const spaced = sarifRun.results.find((r: any) => r.ruleId === 'YL007');
  assert.deepEqual(spaced.locations[0].physicalLocation.artifactLocation, { uri: 'Site%20A/y000000000066.cfg', uriBaseId: 'SRCROOT' });
  assert.equal(spaced.level, 'note');
  assert.deepEqual(spaced.locations[0].physicalLocation.region, { startLine: 2, startColumn: 1, endLine: 2, endColumn: 5 });
  const outside = sarifRun.results.find((r: any) => r.ruleId === 'YL001');
  assert.deepEqual(outside.locations[0].physicalLocation.artifactLocation, { uri: 'file:///elsewhere/001565aabbcc.cfg' });
  assert.equal(sarifRun.originalUriBaseIds.SRCROOT.uri, 'file:///work/fleet/');
  assert.equal(sarifRun.invocations[0].toolExecutionNotifications, undefined);
  assert.equal(note, '');
  assertSarif21(JSON.parse(run('sarif', []).out));
});

test('sarif: a cut is recorded as a notification of the run and on standard error', () => {
  const { out, note } = run('sarif', many.slice(0, 3), { omitted: 4, maxFindings: 2, findings: 6 });
  const log = JSON.parse(out);
  assertSarif21(log);
  assert.deepEqual(log.runs[0].invocations[0].toolExecutionNotifications, [
    { level: 'warning', message: { text: '4 findings not shown (--max-findings 2: 2 of 6 shown)' } },
  ]);
  assert.equal(note, 'yealink-cfg: 4 findings not shown (--max-findings 2: 2 of 6 shown)\n');
});
