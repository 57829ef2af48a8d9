/**
 * Makes a test workspace a git repository with one commit, so the extension measures changes against HEAD
 * (YL007 follows the change, the change code lens, Show Change Impact). Needs the git executable.
 */
import { spawnSync } from 'node:child_process';

export function commitWorkspace(dir: string): void {
  const git = (...args: string[]) => {
    const result = spawnSync('git', ['-c', 'user.name=yealink-cfg tests', '-c', 'user.email=tests@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
      cwd: dir,
      encoding: 'utf8',
    });
    if (result.error) throw new Error(`the test workspace needs git: ${result.error.message}`);
    if (result.status !== 0) throw new Error(`git ${args[0]} failed in ${dir}: ${result.stderr}`);
  };
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'test fixtures');
}
