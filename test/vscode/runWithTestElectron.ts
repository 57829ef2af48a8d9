/**
 * `npm run test:vscode`: runs the integration suite (test/vscode/suite/) in a real desktop VS Code downloaded by
 * @vscode/test-electron into .vscode-test/. Needs network access to the VS Code download service, so it works on
 * a developer machine or hosted CI but not on the offline project machines; there, `npm run test:e2e` runs the
 * same suite in code-server instead.
 *
 *   VSCODE_VERSION=1.82.0 npm run test:vscode   # a specific version (default: stable)
 *   VSCODE_EXECUTABLE=/path/to/code npm run test:vscode   # an installed VS Code, no download
 *   YEALINK_CFG_TEST_GREP=hover npm run test:vscode   # only matching tests
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { TEST_HOOKS_ENV } from '../../engine/src/protocol';
import { commitWorkspace } from '../host/gitWorkspace';

async function main(): Promise<number> {
  const root = resolve(__dirname, '..', '..', '..');
  const extensionDevelopmentPath = root;
  const extensionTestsPath = join(root, 'out', 'test', 'vscode', 'suite', 'index.js');
  const scratch = mkdtempSync(join(tmpdir(), 'yealink-cfg-vscode-'));
  const workspace = join(scratch, 'workspace');
  cpSync(join(root, 'test', 'vscode', 'fixtures'), workspace, { recursive: true });
  commitWorkspace(workspace); // changes are measured against HEAD (YL007, the change code lens, the impact report)
  const resultFile = join(scratch, 'result.json');
  try {
    const code = await runTests({
      version: process.env.VSCODE_VERSION || 'stable',
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
      extensionDevelopmentPath,
      extensionTestsPath,
      extensionTestsEnv: {
        YEALINK_CFG_TEST_RESULT_FILE: resultFile,
        [TEST_HOOKS_ENV]: '1', // the extension's test-only key store command (it exports nothing from activate())
        ...(process.env.YEALINK_CFG_TEST_GREP ? { YEALINK_CFG_TEST_GREP: process.env.YEALINK_CFG_TEST_GREP } : {}),
      },
      launchArgs: [
        workspace,
        '--disable-extensions', // other installed extensions stay out; the one under development still loads
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${join(scratch, 'user-data')}`,
      ],
    });
    try {
      const report = JSON.parse(readFileSync(resultFile, 'utf8')) as { passed: number; failed: number; pending: number };
      console.log(`integration: ${report.passed} passed, ${report.failed} failed`);
    } catch {
      console.error('integration: the suite wrote no result file');
      return code === 0 ? 1 : code;
    }
    return code;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('test:vscode failed:', error instanceof Error ? error.message : error);
    console.error('(@vscode/test-electron downloads VS Code; offline, run `npm run test:e2e`, which uses code-server from npm.)');
    process.exit(1);
  },
);
