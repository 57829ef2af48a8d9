/**
 * Entry point VS Code calls inside the extension host (`extensionTestsPath`): runs every `*.suite.js` in this folder
 * with mocha and resolves, or rejects when a test failed. Used by both runners:
 * - test/vscode/runWithTestElectron.ts (@vscode/test-electron: the rejection becomes VS Code's exit code), and
 * - test/e2e/runE2e.ts (code-server in a browser: there is no process exit to read, so the results are also sent
 *   to the runner: each test as it ends, POSTed as JSON to $YEALINK_CFG_TEST_REPORT_URL, and the whole run written
 *   to $YEALINK_CFG_TEST_RESULT_FILE). The extension host inherits both variables from code-server's environment.
 *
 * $YEALINK_CFG_TEST_GREP narrows the run to tests whose full title matches.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import Mocha from 'mocha';

export interface TestRecord {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export interface RunReport {
  type: 'end';
  passed: number;
  failed: number;
  pending: number;
  durationMs: number;
  tests: TestRecord[];
  vscodeVersion: string;
  appName: string;
}

type Event =
  | { type: 'start'; total: number; files: string[] }
  | { type: 'test'; test: TestRecord }
  | { type: 'log'; message: string }
  | RunReport;

/** Sends one event to the runner, if it gave an address; never throws, gives up after 5 s. */
function post(event: Event): Promise<void> {
  const target = process.env.YEALINK_CFG_TEST_REPORT_URL;
  if (!target) return Promise.resolve();
  return new Promise((resolve) => {
    const body = Buffer.from(JSON.stringify(event));
    const req = request(target, { method: 'POST', timeout: 5000, headers: { 'content-type': 'application/json', 'content-length': body.length } }, (res) => {
      res.resume();
      res.on('end', () => resolve());
    });
    req.on('error', () => resolve());
    req.on('timeout', () => {
      req.destroy();
      resolve();
    });
    req.end(body);
  });
}

function describeError(error: unknown): string {
  if (error instanceof Error) return (error.stack ?? `${error.name}: ${error.message}`).split('\n').slice(0, 12).join('\n');
  return String(error);
}

export async function run(): Promise<void> {
  // Required lazily so this file also loads where vscode is absent (it never is, inside the host).
  const vscode = await import('vscode');
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: 60_000,
    reporter: 'spec',
    grep: process.env.YEALINK_CFG_TEST_GREP || undefined,
  });
  const files = readdirSync(__dirname)
    .filter((name) => name.endsWith('.suite.js'))
    .sort();
  for (const name of files) mocha.addFile(join(__dirname, name));

  const tests: TestRecord[] = [];
  const pending: Promise<void>[] = [];
  const started = Date.now();
  let failures = 0;
  let passes = 0;
  let skipped = 0;

  await new Promise<void>((resolve, reject) => {
    try {
      const runner = mocha.run(() => resolve());
      pending.push(post({ type: 'start', total: runner.total, files }));
      runner.on('pass', (test) => {
        passes++;
        const record: TestRecord = { title: test.fullTitle(), state: 'passed', durationMs: test.duration };
        tests.push(record);
        pending.push(post({ type: 'test', test: record }));
      });
      runner.on('fail', (test, error) => {
        failures++;
        const record: TestRecord = { title: test.fullTitle(), state: 'failed', durationMs: test.duration, error: describeError(error) };
        tests.push(record);
        pending.push(post({ type: 'test', test: record }));
      });
      runner.on('pending', (test) => {
        skipped++;
        const record: TestRecord = { title: test.fullTitle(), state: 'pending' };
        tests.push(record);
        pending.push(post({ type: 'test', test: record }));
      });
    } catch (error) {
      reject(error);
    }
  });

  const report: RunReport = {
    type: 'end',
    passed: passes,
    failed: failures,
    pending: skipped,
    durationMs: Date.now() - started,
    tests,
    vscodeVersion: vscode.version,
    appName: vscode.env.appName,
  };
  if (process.env.YEALINK_CFG_TEST_RESULT_FILE) {
    writeFileSync(process.env.YEALINK_CFG_TEST_RESULT_FILE, JSON.stringify(report, null, 2));
  }
  await Promise.all(pending);
  await post(report);
  if (failures > 0) throw new Error(`${failures} of ${passes + failures} integration tests failed`);
  if (passes === 0) throw new Error('no integration test ran');
}
