/**
 * `npm run catalog:snapshots -- <mirrors folder> <snapshot folder>`: copies every pinned source file
 * (./catalog-import-sources.ts) out of local git mirrors with `git show COMMIT:PATH`, into
 * `<snapshot folder>/<owner>/<repo>/<commit>/<path>`, the layout `npm run catalog:import` reads.
 *
 * A mirror of `owner/repo` is looked for as `<mirrors>/owner+repo/repo`, `<mirrors>/owner+repo`,
 * `<mirrors>/owner/repo.git` or `<mirrors>/owner/repo` (bare or not). Get one with
 * `git clone --mirror https://github.com/owner/repo <mirrors>/owner/repo.git`.
 * The snapshot folder must be outside this repository: these files are read, never committed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { PINNED_FILES, snapshotPath } from './catalog-import-sources';

function gitDirFor(mirrors: string, repo: string): string | undefined {
  const [owner, name] = repo.split('/');
  const candidates = [
    join(mirrors, `${owner}+${name}`, 'repo'),
    join(mirrors, `${owner}+${name}`),
    join(mirrors, owner, `${name}.git`),
    join(mirrors, owner, name, '.git'),
    join(mirrors, owner, name),
  ];
  return candidates.find((dir) => existsSync(join(dir, 'HEAD')) || existsSync(join(dir, 'objects')));
}

export function extractSnapshots(mirrors: string, out: string): { written: number; missing: string[] } {
  const repoRoot = resolve(__dirname, '..', '..');
  const target = resolve(out);
  if (!relative(repoRoot, target).startsWith('..')) {
    throw new Error(`the snapshot folder ${target} is inside the repository; choose a folder outside it so fetched files are never committed`);
  }
  let written = 0;
  const missing: string[] = [];
  for (const file of PINNED_FILES) {
    const gitDir = gitDirFor(mirrors, file.repo);
    if (!gitDir) {
      missing.push(`${file.repo}: no mirror under ${mirrors}`);
      continue;
    }
    let content: Buffer;
    try {
      content = execFileSync('git', [`--git-dir=${gitDir}`, 'show', `${file.commit}:${file.path}`], { maxBuffer: 64 * 1024 * 1024 });
    } catch {
      missing.push(`${file.repo}@${file.commit}:${file.path}: not in the mirror`);
      continue;
    }
    const path = join(target, snapshotPath(file));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    written++;
  }
  return { written, missing };
}

if (require.main === module) {
  const [mirrors, out] = process.argv.slice(2);
  if (!mirrors || !out) {
    console.error('usage: npm run catalog:snapshots -- <mirrors folder> <snapshot folder outside the repository>');
    process.exit(2);
  }
  try {
    const { written, missing } = extractSnapshots(mirrors, out);
    console.log(`${written} file(s) written to ${resolve(out)}`);
    for (const line of missing) console.error(`missing: ${line}`);
    if (missing.length > 0) process.exitCode = 1;
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
