/**
 * An offline VS Code host: code-server 4.100.3 (VS Code 1.100.3, MIT) installed from the npm registry into a cache
 * folder outside the repository, made runnable without any download other than npm packages, and started on a
 * loopback port. Used by test/e2e/runE2e.ts and by `node out/test/host/installCodeServer.js` (CI's cache step).
 *
 * The install follows the steps in issue 5: npm's install scripts are skipped (they download prebuilt binaries),
 * the native modules VS Code needs are rebuilt from source with the system toolchain, and Debian's ripgrep stands in
 * for the one @vscode/ripgrep would download. The install is built in a temporary folder and renamed into place
 * only when every step passed, so a cache folder that exists is complete; its marker file records the version.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync, copyFileSync, chmodSync, openSync, closeSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';
/** The VS Code release inside that code-server. */
export const VSCODE_VERSION = '1.100.3';
const MARKER = '.yealink-cfg-install.json';

export type Log = (line: string) => void;

/** `$YEALINK_CFG_CACHE` or `~/.cache/yealink-cfg`. */
export function cacheRoot(): string {
  return resolve(process.env.YEALINK_CFG_CACHE || join(homedir(), '.cache', 'yealink-cfg'));
}

export function codeServerDir(root = cacheRoot()): string {
  return join(root, `code-server-${CODE_SERVER_VERSION}`);
}

export function entryScript(dir = codeServerDir()): string {
  return join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

export interface InstallResult {
  dir: string;
  reused: boolean;
  seconds: number;
}

function npmCli(): string {
  // The npm that came with this node, run with this node, so PATH tricks cannot pick another one.
  const candidates = [
    process.env.npm_execpath,
    join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
    '/usr/lib/node_modules/npm/bin/npm-cli.js',
    '/usr/local/lib/node_modules/npm/bin/npm-cli.js',
  ];
  for (const candidate of candidates) {
    if (candidate && candidate.endsWith('.js') && existsSync(candidate)) return candidate;
  }
  throw new Error('cannot find npm-cli.js next to this node; set npm_execpath');
}

function nodeGypCli(): string {
  const path = join(dirname(npmCli()), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  if (!existsSync(path)) throw new Error(`npm's bundled node-gyp not found at ${path}`);
  return path;
}

function run(log: Log, cwd: string, args: string[], what: string, env: NodeJS.ProcessEnv = {}): void {
  const started = Date.now();
  log(`  ${what}`);
  try {
    execFileSync(process.execPath, args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer; message: string };
    const output = `${e.stdout?.toString() ?? ''}\n${e.stderr?.toString() ?? ''}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`code-server install step failed: ${what} (in ${cwd})\n${output}\n${e.message}`);
  }
  log(`    done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function which(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** The ripgrep binary to put where @vscode/ripgrep expects its download. */
function ripgrepBinary(): string {
  const found = process.env.YEALINK_CFG_RG || (existsSync('/usr/bin/rg') ? '/usr/bin/rg' : which('rg'));
  if (!found) throw new Error('ripgrep not found: install it first (Debian: apt-get install -y ripgrep)');
  return found;
}

function isComplete(dir: string): boolean {
  try {
    const marker = JSON.parse(readFileSync(join(dir, MARKER), 'utf8')) as { version?: string; node?: string };
    return marker.version === CODE_SERVER_VERSION && marker.node === process.versions.modules && existsSync(entryScript(dir));
  } catch {
    return false;
  }
}

/**
 * Installs code-server into the cache unless a complete install for this version (and this node ABI) is there.
 * Throws with the failing step's output when any required step fails.
 */
export function ensureCodeServer(log: Log = (line) => console.log(line), force = false): InstallResult {
  const started = Date.now();
  const dir = codeServerDir();
  if (!force && isComplete(dir)) {
    log(`code-server ${CODE_SERVER_VERSION}: reusing ${dir}`);
    return { dir, reused: true, seconds: (Date.now() - started) / 1000 };
  }
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 20) {
    log(`warning: code-server ${CODE_SERVER_VERSION} is built for Node 20; this is Node ${process.versions.node}`);
  }
  const rg = ripgrepBinary();
  const npm = npmCli();
  const tmp = `${dir}.partial-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  log(`code-server ${CODE_SERVER_VERSION}: installing into ${dir} (cold install)`);
  writeFileSync(join(tmp, 'package.json'), JSON.stringify({ name: 'yealink-cfg-code-server', private: true }, null, 2));
  const vscodeDir = join(tmp, 'node_modules', 'code-server', 'lib', 'vscode');
  try {
    run(log, tmp, [npm, 'install', '--ignore-scripts', '--no-save', '--no-package-lock', `code-server@${CODE_SERVER_VERSION}`], `npm install --ignore-scripts code-server@${CODE_SERVER_VERSION}`);
    run(log, vscodeDir, [npm, 'install', '--omit=dev', '--ignore-scripts'], 'lib/vscode: npm install --omit=dev --ignore-scripts');
    run(log, vscodeDir, [npm, 'rebuild', '@vscode/spdlog', 'native-watchdog', '@vscode/deviceid'], 'lib/vscode: npm rebuild @vscode/spdlog native-watchdog @vscode/deviceid');
    // Optional natives: kerberos (proxy authentication; needs Debian libkrb5-dev) and node-pty (terminals only).
    // The tests use neither, so a failure here is reported and the install goes on.
    try {
      run(log, vscodeDir, [npm, 'rebuild', 'kerberos'], 'lib/vscode: npm rebuild kerberos (optional; needs libkrb5-dev)');
    } catch (error) {
      log(`    warning: kerberos not built (proxy Kerberos auth unavailable): ${String(error).split('\n')[0]}`);
    }
    try {
      const nodedir = execFileSync(process.execPath, [npm, 'config', 'get', 'nodedir'], { encoding: 'utf8' }).trim();
      const args = [nodeGypCli(), 'rebuild'];
      if (nodedir && nodedir !== 'undefined' && existsSync(join(nodedir, 'include', 'node'))) args.push(`--nodedir=${nodedir}`);
      else if (existsSync('/usr/include/node/node.h')) args.push('--nodedir=/usr');
      run(log, join(vscodeDir, 'node_modules', 'node-pty'), args, 'lib/vscode: node-gyp rebuild node-pty (optional; terminals)');
    } catch (error) {
      log(`    warning: node-pty not built (integrated terminal unavailable): ${String(error).split('\n')[0]}`);
    }
    symlinkSync('node_modules', join(vscodeDir, 'node_modules.asar'));
    const rgTarget = join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
    mkdirSync(dirname(rgTarget), { recursive: true });
    copyFileSync(rg, rgTarget);
    chmodSync(rgTarget, 0o755);
    log(`  copied ${rg} to @vscode/ripgrep/bin/rg`);
    run(log, join(vscodeDir, 'extensions'), [npm, 'install', '--omit=dev', '--ignore-scripts'], 'lib/vscode/extensions: npm install --omit=dev --ignore-scripts');
    run(log, tmp, [npm, 'rebuild', 'argon2'], 'npm rebuild argon2');
    verifyNatives(tmp);
    writeFileSync(
      join(tmp, MARKER),
      JSON.stringify({ version: CODE_SERVER_VERSION, node: process.versions.modules, nodeVersion: process.versions.node, installedAt: new Date().toISOString() }, null, 2),
    );
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dirname(dir), { recursive: true });
    renameSync(tmp, dir);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  const seconds = (Date.now() - started) / 1000;
  log(`code-server ${CODE_SERVER_VERSION}: installed in ${seconds.toFixed(1)} s`);
  return { dir, reused: false, seconds };
}

/** Loads each native module the server needs in a child node, so a broken build fails the install, not a test. */
function verifyNatives(dir: string): void {
  const vscodeModules = join(dir, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules');
  const script = [
    `require(${JSON.stringify(join(vscodeModules, '@vscode', 'spdlog'))});`,
    `require(${JSON.stringify(join(vscodeModules, 'native-watchdog'))});`,
    `require(${JSON.stringify(join(dir, 'node_modules', 'argon2'))});`,
  ].join('\n');
  try {
    execFileSync(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const e = error as { stderr?: Buffer };
    throw new Error(`code-server native modules do not load: ${e.stderr?.toString() ?? String(error)}`);
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export interface StartOptions {
  dir?: string;
  /** Folder for user data, config and logs (created). */
  stateDir: string;
  /** Workspace folder opened by default. */
  folder: string;
  port?: number;
  /** Extra environment for the server, and so for the extension host it spawns. */
  env?: NodeJS.ProcessEnv;
  log?: Log;
  startupTimeoutMs?: number;
}

export interface RunningCodeServer {
  port: number;
  url: string;
  /** `vscode-remote://127.0.0.1:PORT` + an absolute path: how the workbench names a file on this server. */
  remoteUri(absolutePath: string): string;
  logFile: string;
  userDataDir: string;
  process: ChildProcess;
  /** Text of the server's log so far. */
  readLog(): string;
  /** Exit codes of extension host processes, as the server logged them. */
  extensionHostExits(): number[];
  stop(): Promise<void>;
}

function get(url: string, timeoutMs: number): Promise<number> {
  return new Promise((resolveStatus) => {
    const req = request(url, { method: 'GET', timeout: timeoutMs }, (res) => {
      res.resume();
      resolveStatus(res.statusCode ?? 0);
    });
    req.on('error', () => resolveStatus(0));
    req.on('timeout', () => {
      req.destroy();
      resolveStatus(0);
    });
    req.end();
  });
}

/** Starts code-server with the flags from issue 5 and waits until it answers HTTP. */
export async function startCodeServer(options: StartOptions): Promise<RunningCodeServer> {
  const dir = options.dir ?? codeServerDir();
  const log = options.log ?? ((line: string) => console.log(line));
  const entry = entryScript(dir);
  if (!existsSync(entry)) throw new Error(`code-server is not installed at ${dir}; run node out/test/host/installCodeServer.js`);
  const port = options.port ?? (await freePort());
  const userDataDir = join(options.stateDir, 'user-data');
  const extensionsDir = join(options.stateDir, 'extensions');
  const configFile = join(options.stateDir, 'config.yaml');
  mkdirSync(userDataDir, { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  // Quiet, deterministic workbench: no welcome page, no telemetry prompt, no update or gallery traffic.
  const settingsFile = join(userDataDir, 'User', 'settings.json');
  if (!existsSync(settingsFile)) {
    writeFileSync(
      settingsFile,
      JSON.stringify(
        {
          'workbench.startupEditor': 'none',
          'workbench.tips.enabled': false,
          'workbench.enableExperiments': false,
          'telemetry.telemetryLevel': 'off',
          'update.mode': 'none',
          'extensions.autoCheckUpdates': false,
          'extensions.autoUpdate': false,
          'extensions.ignoreRecommendations': true,
          'security.workspace.trust.enabled': false,
          'git.enabled': false,
          'chat.disableAIFeatures': true,
          'editor.hover.delay': 300,
          // Only the language server's completions, not VS Code's words-in-the-document guesses.
          'editor.wordBasedSuggestions': 'off',
          'window.commandCenter': false,
          'workbench.colorTheme': 'Default Light Modern',
        },
        null,
        2,
      ),
    );
  }
  writeFileSync(configFile, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  const logFile = join(options.stateDir, 'code-server.log');
  const out = openSync(logFile, 'a');
  const args = [
    entry,
    '--config', configFile,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    options.folder,
  ];
  const child = spawn(process.execPath, args, {
    cwd: options.stateDir,
    stdio: ['ignore', out, out],
    detached: true, // own process group: stop() ends the server and every extension host it spawned
    env: {
      ...process.env,
      // The marketplace is unreachable here: point it at a closed loopback port so nothing tries the internet.
      EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item', resourceUrlTemplate: 'http://127.0.0.1:9/resource' }),
      ...options.env,
    },
  });
  closeSync(out);
  let exited: number | null | undefined;
  child.on('exit', (code) => {
    exited = code;
  });
  const readLog = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.startupTimeoutMs ?? 60_000);
  for (;;) {
    if (exited !== undefined) throw new Error(`code-server exited with ${exited} during startup:\n${readLog()}`);
    if ((await get(`${url}/healthz`, 2000)) === 200) break;
    if (Date.now() > deadline) {
      try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ }
      throw new Error(`code-server did not answer on ${url} within ${options.startupTimeoutMs ?? 60_000} ms:\n${readLog()}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  log(`code-server ${CODE_SERVER_VERSION} (VS Code ${VSCODE_VERSION}) listening on ${url} (log: ${logFile})`);
  return {
    port,
    url,
    remoteUri: (absolutePath: string) => `vscode-remote://127.0.0.1:${port}${absolutePath.split('\\').join('/')}`,
    logFile,
    userDataDir,
    process: child,
    readLog,
    extensionHostExits: () =>
      [...readLog().matchAll(/Extension Host Process exited with code: (-?\d+)/g)].map((m) => Number(m[1])),
    stop: async () => {
      if (exited !== undefined || !child.pid) return;
      const gone = new Promise<void>((r) => child.once('exit', () => r()));
      try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
      const timer = setTimeout(() => {
        try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ }
      }, 5000);
      await gone;
      clearTimeout(timer);
    },
  };
}
