/**
 * The base version of each file for YL007 and the change code lens: the file's text at the `impact.base` ref
 * (HEAD by default), read with the git executable. Repositories are found once per folder, the ref's commit
 * is looked up again after a short while (a commit moves HEAD), and texts are kept per commit and path, so a
 * keystroke costs no git call. Outside a repository, without git or for a ref that names no commit there is
 * no base, and YL007 falls back to information.
 */
import { realpath, stat } from 'node:fs/promises';
import { dirname, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bytesToText, gitRunner, GitError, GitRevisions, type BaseVersion, type GitRunner } from '../../engine/src/impactService';

/** How long a ref's commit is trusted before git is asked again; also "not a repository" and "no git". */
const COMMIT_TTL_MS = 2000;
/**
 * A folder in no repository is asked again after 2 s, then after twice as long each time up to a minute:
 * outside git, every edit would otherwise start git every 2 s. A save asks at once (`forget`), so a
 * `git init` shows at the next save.
 */
const MISSING_RETRY_MS = 2000;
const MISSING_RETRY_MAX_MS = 60_000;

interface RepositoryLookup {
  found: Promise<GitRevisions | undefined>;
  at: number;
  missing?: boolean;
  /** Lookups of this folder in a row that found no repository before this one. */
  readonly misses: number;
}

function retryAfter(misses: number): number {
  return Math.min(MISSING_RETRY_MAX_MS, MISSING_RETRY_MS * 2 ** misses);
}
/** Base texts kept; the oldest go first. */
const MAX_TEXTS = 2000;

export class BaseVersions {
  private readonly repositories = new Map<string, RepositoryLookup>();
  private readonly commits = new Map<string, { commit: Promise<string | undefined>; at: number }>();
  private readonly texts = new Map<string, Promise<string | undefined>>();
  /** Why the last lookup found no base (the server logs each reason once). */
  lastProblem: string | undefined;

  constructor(
    private ref: string,
    private readonly run: GitRunner = gitRunner(),
    private readonly now: () => number = Date.now,
  ) {}

  /** A new base ref (the setting changed): every cached answer goes. */
  setRef(ref: string): void {
    if (ref === this.ref) return;
    this.ref = ref;
    this.forget();
  }

  get currentRef(): string {
    return this.ref;
  }

  /** Drops cached repositories and commits (texts are per commit and stay right). */
  forget(): void {
    this.repositories.clear();
    this.commits.clear();
  }

  /** The repository holding a folder; undefined outside one or without git (asked again after a while: `git init`). */
  repository(folder: string): Promise<GitRevisions | undefined> {
    const cached = this.repositories.get(folder);
    if (cached && !(cached.missing && this.now() - cached.at >= retryAfter(cached.misses))) return cached.found;
    const entry: RepositoryLookup = { found: Promise.resolve(undefined), at: this.now(), misses: cached?.missing ? cached.misses + 1 : 0 };
    // A folder that is not on disk (a document not saved yet, a renamed folder) is in no repository: git is not
    // started for it, and the reason logged is that one, not a failed start.
    const onDisk = stat(folder).then((info) => info.isDirectory(), () => false);
    entry.found = onDisk.then((exists) => {
      if (!exists) throw new GitError('not-a-repository', `${folder} is not a folder on disk, so no git repository holds it`);
      return GitRevisions.open(folder, this.run);
    }).then(
      (git) => git,
      (error: unknown) => {
        entry.missing = true;
        return this.failed(error);
      },
    );
    this.repositories.set(folder, entry);
    return entry.found;
  }

  /** The base of a document; undefined when there is none (not a local file, not in git, bad ref, no git). */
  async baseFor(uri: string): Promise<BaseVersion | undefined> {
    if (!uri.startsWith('file:')) return undefined;
    const path = fileURLToPath(uri);
    const git = await this.repository(dirname(path));
    if (!git) return undefined;
    const commit = await this.commitOf(git);
    if (!commit) return undefined;
    const file = relative(await realpath(git.root), await realpath(path).catch(() => path)).split(sep).join('/');
    const key = `${commit}:${file}`;
    let text = this.texts.get(key);
    if (!text) {
      text = git.readAt(commit, [file]).then(
        (found) => {
          const bytes = found.get(file);
          return bytes === undefined ? undefined : bytesToText(bytes);
        },
        (error: unknown) => this.failed(error),
      );
      if (this.texts.size >= MAX_TEXTS) this.texts.delete(this.texts.keys().next().value!);
      this.texts.set(key, text);
    }
    return { ref: this.ref, text: await text };
  }

  private commitOf(git: GitRevisions): Promise<string | undefined> {
    const key = `${git.root}\0${this.ref}`;
    const cached = this.commits.get(key);
    if (cached && this.now() - cached.at < COMMIT_TTL_MS) return cached.commit;
    const commit = git.commit(this.ref).then(
      (sha) => {
        this.lastProblem = undefined;
        return sha;
      },
      (error: unknown) => this.failed(error),
    );
    this.commits.set(key, { commit, at: this.now() });
    return commit;
  }

  private failed(error: unknown): undefined {
    if (!(error instanceof GitError)) throw error;
    this.lastProblem = error.message;
    return undefined;
  }
}
