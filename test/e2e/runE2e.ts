/**
 * `npm run test:e2e`: proves the extension in a real VS Code host, offline.
 *
 * 1. Installs code-server 4.100.3 (VS Code 1.100.3) from npm into $YEALINK_CFG_CACHE, or reuses it (test/host/).
 * 2. Starts it on a free loopback port, with a throw-away copy of test/vscode/fixtures as the workspace (committed
 *    to a fresh git repository, so changes are measured against HEAD).
 * 3. Opens the workbench in Debian's Chromium through playwright-core with a `payload` that loads this repository
 *    as the extension under development and runs the mocha suite of test/vscode/suite/ inside the real extension
 *    host (the same suite `npm run test:vscode` runs under @vscode/test-electron). The suite POSTs each result to a
 *    loopback HTTP server this runner opens; any failed test, no report, or an extension host that exits before
 *    reporting fails the run.
 * 4. Opens a fresh workbench with the extension loaded and drives it as a person would (test/e2e/ui.ts), saving a
 *    screenshot of every step under test-results/e2e/.
 *
 * Exit code 0 only when every integration test and every UI step passed. A missing browser or host is a failure.
 * Environment: YEALINK_CFG_CHROMIUM (default /usr/bin/chromium), YEALINK_CFG_E2E_TIMEOUT_MS (whole run, default
 * 30 min; the suite alone 15 min), YEALINK_CFG_TEST_GREP (suite filter), YEALINK_CFG_E2E_SKIP_UI=1 / YEALINK_CFG_E2E_SKIP_SUITE=1 (debugging
 * only), YEALINK_CFG_E2E_KEEP=1 (keep the temp workspace and logs).
 */
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { TEST_HOOKS_ENV } from '../../engine/src/protocol';
import { ensureCodeServer, startCodeServer, type RunningCodeServer } from '../host/codeServer';
import { commitWorkspace } from '../host/gitWorkspace';
import { runUiSteps, type StepResult } from './ui';

const ROOT = resolve(__dirname, '..', '..', '..');
/** The extension under test: this repository (override only to debug the host plumbing with another extension). */
const EXTENSION = resolve(process.env.YEALINK_CFG_E2E_EXTENSION || ROOT);
const RESULTS = join(ROOT, 'test-results', 'e2e');
const CHROMIUM = process.env.YEALINK_CFG_CHROMIUM || '/usr/bin/chromium';
const TOTAL_TIMEOUT_MS = Number(process.env.YEALINK_CFG_E2E_TIMEOUT_MS || 30 * 60_000);
const SUITE_TIMEOUT_MS = Number(process.env.YEALINK_CFG_SUITE_TIMEOUT_MS || 15 * 60_000);
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

interface TestEvent {
  type: 'start' | 'test' | 'log' | 'end';
  total?: number;
  files?: string[];
  test?: { title: string; state: 'passed' | 'failed' | 'pending'; durationMs?: number; error?: string };
  passed?: number;
  failed?: number;
  pending?: number;
  durationMs?: number;
  vscodeVersion?: string;
  appName?: string;
}

/** The running server, so the watchdog and signal handlers can end its process group. */
let activeHost: RunningCodeServer | undefined;
function killHost(): void {
  const pid = activeHost?.process.pid;
  if (pid) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

function log(line: string): void {
  console.log(line);
}

/** Loopback server the suite reports to; `end` resolves when the suite sends its final report. */
function startReportServer(token: string): Promise<{ server: Server; url: string; events: TestEvent[]; end: Promise<TestEvent> }> {
  const events: TestEvent[] = [];
  let resolveEnd!: (event: TestEvent) => void;
  const end = new Promise<TestEvent>((r) => (resolveEnd = r));
  const server = createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== `/report/${token}`) {
      res.statusCode = 404;
      res.end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      res.end('ok');
      let event: TestEvent;
      try {
        event = JSON.parse(Buffer.concat(chunks).toString('utf8')) as TestEvent;
      } catch {
        return;
      }
      events.push(event);
      if (event.type === 'start') log(`  suite started: ${event.total} tests in ${event.files?.join(', ')}`);
      if (event.type === 'test' && event.test) {
        const mark = event.test.state === 'passed' ? 'ok  ' : event.test.state === 'failed' ? 'FAIL' : 'skip';
        log(`  ${mark} ${event.test.title}${event.test.durationMs !== undefined ? ` (${event.test.durationMs} ms)` : ''}`);
        if (event.test.error) log(event.test.error.replace(/^/gm, '         '));
      }
      if (event.type === 'end') resolveEnd(event);
    });
  });
  return new Promise((resolveServer, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolveServer({ server, url: `http://127.0.0.1:${port}/report/${token}`, events, end });
    });
  });
}

function payloadUrl(host: RunningCodeServer, folder: string, entries: [string, string][]): string {
  return `${host.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(entries))}`;
}

/** Prints the tail of the extension host's logs (where the extension's own errors land). */
function dumpHostLogs(host: RunningCodeServer | undefined): void {
  if (!host) return;
  const found: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.log') && /exthost|Yealink|yealink|remoteagent/i.test(path)) found.push(path);
    }
  };
  walk(join(host.userDataDir, 'logs'));
  for (const file of found) {
    let lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    // What follows the workbench closing the window (providers failing as the client stops) is shutdown noise.
    const shutdown = lines.findIndex((line) => line.includes('Extension host terminating'));
    if (shutdown >= 0) lines = lines.slice(0, shutdown + 1);
    if (lines.length === 0 || (lines.length === 1 && !lines[0])) continue;
    log(`---- ${file} (last 60 lines)`);
    log(lines.slice(-60).join('\n'));
  }
  log(`---- ${host.logFile} (last 40 lines)`);
  log(host.readLog().trimEnd().split('\n').slice(-40).join('\n'));
}

async function runSuite(browser: Browser, host: RunningCodeServer, workspace: string, report: Awaited<ReturnType<typeof startReportServer>>): Promise<{ passed: number; failed: number; problems: string[] }> {
  const problems: string[] = [];
  const exitsBefore = host.extensionHostExits().length;
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const consoleLines: string[] = [];
  page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));
  const url = payloadUrl(host, workspace, [
    ['extensionDevelopmentPath', host.remoteUri(EXTENSION)],
    ['extensionTestsPath', host.remoteUri(join(ROOT, 'out', 'test', 'vscode', 'suite', 'index.js'))],
  ]);
  log(`integration suite: opening the workbench with extensionTestsPath (VS Code in code-server)`);
  const started = Date.now();
  await page.goto(url);
  // Finished when the suite reports its end; failed when it times out or the extension host exits without one.
  let settled = false;
  const grace = () => new Promise((r) => setTimeout(r, 10_000)); // for the last POST to arrive
  const hostExited = (async () => {
    while (!settled && host.extensionHostExits().length === exitsBefore) await new Promise((r) => setTimeout(r, 500));
    await grace();
    return 'exited' as const;
  })();
  // The workbench closes its window once run() has returned; a page that closes or crashes before the end is a failure.
  const pageGone = new Promise<'page closed' | 'page crashed'>((r) => {
    page.once('crash', () => void grace().then(() => r('page crashed')));
    page.once('close', () => void grace().then(() => r('page closed')));
  });
  const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), SUITE_TIMEOUT_MS).unref());
  const outcome = await Promise.race([report.end, hostExited, pageGone, timeout]);
  settled = true;
  writeFileSync(join(RESULTS, 'suite-browser-console.log'), consoleLines.join('\n'));
  if (!page.isClosed()) await page.screenshot({ path: join(RESULTS, '00-integration-suite.png') }).catch(() => undefined);
  await context.close().catch(() => undefined);
  const tests = report.events.filter((e) => e.type === 'test' && e.test).map((e) => e.test!);
  if (outcome === 'timeout') problems.push(`the suite did not report within ${SUITE_TIMEOUT_MS} ms`);
  if (outcome === 'page closed' || outcome === 'page crashed') problems.push(`the workbench ${outcome.replace('page ', '')} before the suite reported its end`);
  if (outcome === 'exited') problems.push(`the extension host exited (codes ${host.extensionHostExits().slice(exitsBefore).join(', ')}) before the suite reported its end`);
  if (report.events.length === 0) problems.push('the suite never reported: was the extension host started, and is out/test/vscode/suite/index.js compiled?');
  const end = typeof outcome === 'object' ? outcome : undefined;
  const passed = end?.passed ?? tests.filter((t) => t.state === 'passed').length;
  const failed = end?.failed ?? tests.filter((t) => t.state === 'failed').length;
  if (end) log(`integration suite: ${passed} passed, ${failed} failed, ${end.pending ?? 0} pending in ${((Date.now() - started) / 1000).toFixed(1)} s inside ${end.appName} ${end.vscodeVersion}`);
  if (end && passed + failed === 0) problems.push('the suite ran no test');
  return { passed, failed, problems };
}

async function main(): Promise<number> {
  const started = Date.now();
  rmSync(RESULTS, { recursive: true, force: true });
  mkdirSync(RESULTS, { recursive: true });
  if (EXTENSION === ROOT && !existsSync(join(ROOT, 'dist', 'client.js'))) throw new Error('dist/client.js is missing: run `npm run build` first');
  if (!existsSync(join(ROOT, 'out', 'test', 'vscode', 'suite', 'index.js'))) throw new Error('out/test/vscode/suite/index.js is missing: run `npm run compile` first');
  if (!existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium) or set YEALINK_CFG_CHROMIUM`);

  const install = ensureCodeServer(log);
  const scratch = mkdtempSync(join(tmpdir(), 'yealink-cfg-e2e-'));
  const suiteWorkspace = join(scratch, 'suite-workspace');
  const uiWorkspace = join(scratch, 'ui-workspace');
  cpSync(join(ROOT, 'test', 'vscode', 'fixtures'), suiteWorkspace, { recursive: true });
  cpSync(join(ROOT, 'test', 'vscode', 'fixtures'), uiWorkspace, { recursive: true });
  const fleetWorkspace = join(scratch, 'fleet-workspace');
  cpSync(join(ROOT, 'test', 'e2e', 'fleet'), fleetWorkspace, { recursive: true });
  // The suite's workspace is a git repository: YL007, the change code lens and the impact report measure against HEAD.
  commitWorkspace(suiteWorkspace);
  const token = randomBytes(12).toString('hex');
  const report = await startReportServer(token);
  let host: RunningCodeServer | undefined;
  let browser: Browser | undefined;
  let suite = { passed: 0, failed: 0, problems: [] as string[] };
  let ui: StepResult[] = [];
  try {
    host = await startCodeServer({
      dir: install.dir,
      stateDir: join(scratch, 'code-server'),
      folder: suiteWorkspace,
      log,
      env: {
        YEALINK_CFG_TEST_REPORT_URL: report.url,
        // The extension's test-only key store command (it exports nothing from activate()).
        [TEST_HOOKS_ENV]: '1',
        YEALINK_CFG_TEST_RESULT_FILE: join(scratch, 'suite-result.json'),
        ...(process.env.YEALINK_CFG_TEST_GREP ? { YEALINK_CFG_TEST_GREP: process.env.YEALINK_CFG_TEST_GREP } : {}),
      },
    });
    activeHost = host;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    log(`browser: ${CHROMIUM} ${browser.version()}`);
    if (process.env.YEALINK_CFG_E2E_SKIP_SUITE !== '1') {
      suite = await runSuite(browser, host, suiteWorkspace, report);
    } else {
      suite.problems.push('integration suite skipped (YEALINK_CFG_E2E_SKIP_SUITE=1)');
    }
    if (process.env.YEALINK_CFG_E2E_SKIP_UI !== '1') {
      log('UI end-to-end: driving the workbench with the keyboard and mouse');
      ui = await runUiSteps({
        browser,
        url: payloadUrl(host, uiWorkspace, [['extensionDevelopmentPath', host.remoteUri(EXTENSION)]]),
        fleetUrl: payloadUrl(host, fleetWorkspace, [['extensionDevelopmentPath', host.remoteUri(EXTENSION)]]),
        workspace: uiWorkspace,
        screenshots: RESULTS,
        log,
      });
    } else {
      suite.problems.push('UI steps skipped (YEALINK_CFG_E2E_SKIP_UI=1)');
    }
  } finally {
    await browser?.close().catch(() => undefined);
    const failedSomething = suite.failed > 0 || suite.problems.length > 0 || ui.some((s) => !s.ok);
    if (failedSomething) dumpHostLogs(host);
    if (host) cpSync(host.logFile, join(RESULTS, 'code-server.log'));
    await host?.stop();
    report.server.close();
    if (process.env.YEALINK_CFG_E2E_KEEP === '1') log(`kept ${scratch}`);
    else rmSync(scratch, { recursive: true, force: true });
  }
  const uiPassed = ui.filter((s) => s.ok).length;
  const uiFailed = ui.length - uiPassed;
  for (const problem of suite.problems) log(`problem: ${problem}`);
  log(`UI steps: ${uiPassed} passed, ${uiFailed} failed; screenshots in ${RESULTS}`);
  log(`total time ${((Date.now() - started) / 1000).toFixed(1)} s (code-server ${install.reused ? 'reused' : `installed in ${install.seconds.toFixed(1)} s`})`);
  const passed = suite.passed + uiPassed;
  const failed = suite.failed + uiFailed + suite.problems.length;
  log(`e2e: ${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

const watchdog = setTimeout(() => {
  console.error(`test:e2e: overall timeout of ${TOTAL_TIMEOUT_MS} ms reached; failing`);
  console.error('e2e: 0 passed, 1 failed');
  killHost();
  process.exit(1);
}, TOTAL_TIMEOUT_MS);
watchdog.unref();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killHost();
    process.exit(1);
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`test:e2e failed: ${error instanceof Error ? error.message : String(error)}`);
    console.error('e2e: 0 passed, 1 failed');
    process.exit(1);
  },
);
