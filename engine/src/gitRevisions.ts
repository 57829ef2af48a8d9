/**
 * Reading another version of the repository through the `git` executable (no shell, no library): the
 * repository root, whether a ref names a commit, the files under some paths at that commit and their bytes.
 * An adapter at the engine's edge like atomicWrite: the CLI and the language server share it, while the impact
 * engine itself only ever sees texts. Failures are a {@link GitError} whose message says which case it is.
 */
import { spawn } from 'node:child_process';

export type GitFailure = 'git-missing' | 'not-a-repository' | 'bad-ref' | 'failed';

export class GitError extends Error {
  constructor(
    readonly failure: GitFailure,
    message: string,
  ) {
    super(message);
    this.name = 'GitError';
  }
}

export interface GitOutput {
  readonly code: number;
  readonly stdout: Buffer;
  readonly stderr: string;
}

/** Runs git with arguments in a folder, optionally feeding stdin. Throws GitError('git-missing') when git cannot start. */
export type GitRunner = (args: readonly string[], cwd: string, input?: string) => Promise<GitOutput>;

/** The real runner. `env` lets tests hide git (a PATH without it). */
export function gitRunner(env: NodeJS.ProcessEnv = process.env): GitRunner {
  return (args, cwd, input) =>
    new Promise((resolve, reject) => {
      const child = spawn('git', [...args], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
      child.on('error', (error: NodeJS.ErrnoException) => {
        reject(
          error.code === 'ENOENT'
            ? new GitError('git-missing', 'git is not installed or not on the PATH; comparing with a git version needs it')
            : new GitError('failed', `git could not start: ${error.message}`),
        );
      });
      child.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8').trim() }));
      // A git that exits before reading its input closes the pipe; its exit status tells what went wrong.
      child.stdin.on('error', () => undefined);
      child.stdin.end(input ?? '');
    });
}

export class GitRevisions {
  private constructor(
    /** The repository's top folder, as git prints it (`/`-separated). */
    readonly root: string,
    private readonly run: GitRunner,
  ) {}

  /** The repository holding `folder`; GitError('not-a-repository') when there is none. */
  static async open(folder: string, run: GitRunner = gitRunner()): Promise<GitRevisions> {
    const result = await run(['rev-parse', '--show-toplevel'], folder);
    if (result.code !== 0) throw new GitError('not-a-repository', `${folder} is not in a git repository`);
    return new GitRevisions(result.stdout.toString('utf8').trim(), run);
  }

  /** The commit a ref names; GitError('bad-ref') when it names none (also for a repository without commits). */
  async commit(ref: string): Promise<string> {
    if (ref.startsWith('-')) throw new GitError('bad-ref', `"${ref}" is not a git ref`);
    const result = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], this.root);
    if (result.code !== 0) {
      throw new GitError('bad-ref', `"${ref}" does not name a commit in ${this.root} (a branch, tag or commit; a new repository has none until its first commit)`);
    }
    return result.stdout.toString('utf8').trim();
  }

  /** Files at a commit under the given paths (relative to the root, `/`-separated; none = everything). */
  async filesAt(commit: string, paths: readonly string[] = []): Promise<string[]> {
    return this.listNames(['ls-tree', '-r', '-z', '--name-only', '--full-tree', commit, '--', ...paths]);
  }

  /** Files in the working tree under the given paths: tracked ones (even if deleted since) and untracked ones not ignored. */
  async workingFiles(paths: readonly string[] = []): Promise<string[]> {
    return this.listNames(['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--full-name', '--', ...(paths.length ? paths : ['.'])]);
  }

  /** The bytes of files at a commit, by path; paths missing there are absent from the map. */
  async readAt(commit: string, files: readonly string[]): Promise<Map<string, Buffer>> {
    const found = new Map<string, Buffer>();
    if (files.length === 0) return found;
    const result = await this.run(['cat-file', '--batch'], this.root, files.map((file) => `${commit}:${file}\n`).join(''));
    if (result.code !== 0) throw new GitError('failed', `git cat-file failed: ${result.stderr}`);
    // Each answer is "<sha> blob <size>\n<bytes>\n", or "<name> missing\n".
    const out = result.stdout;
    let at = 0;
    for (const file of files) {
      const end = out.indexOf(10, at);
      if (end < 0) break;
      const header = out.subarray(at, end).toString('utf8');
      at = end + 1;
      const blob = /^[0-9a-f]+ blob (\d+)$/.exec(header);
      if (!blob) continue;
      const size = Number(blob[1]);
      found.set(file, out.subarray(at, at + size));
      at += size + 1;
    }
    return found;
  }

  private async listNames(args: readonly string[]): Promise<string[]> {
    const result = await this.run(args, this.root);
    if (result.code !== 0) throw new GitError('failed', `git ${args[0]} failed: ${result.stderr}`);
    return result.stdout
      .toString('utf8')
      .split('\0')
      .filter((name) => name !== '');
  }
}
