/**
 * Gathers what the impact engine compares: every Yealink file under some paths, as it is in the working tree
 * and as it was at a git commit. Git lists both sides (tracked, untracked-but-not-ignored, and the commit's
 * tree); the face reads the working files, so the CLI and the language server share the gathering.
 */
import type { GitRevisions } from './gitRevisions';
import { isYealinkFile } from './fileKind';
import type { ImpactInput } from './impact/phoneImpact';

/** Reads a working-tree file by its path relative to the repository root; undefined when it is not there. */
export type ReadWorkingFile = (file: string) => Promise<Buffer | undefined>;

/** Text of a file's bytes: UTF-8 when they are UTF-8, else one character per byte so no two versions read alike. */
export function bytesToText(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return Buffer.from(text, 'utf8').equals(bytes) ? text : bytes.toString('latin1');
}

function firstLine(text: string): string {
  const end = text.search(/\r|\n/);
  return end < 0 ? text : text.slice(0, end);
}

/** Yealink files under `paths` (relative to the root, `/`-separated; none = the whole repository), on both sides. */
export async function impactInputs(git: GitRevisions, commit: string, paths: readonly string[], readWorking: ReadWorkingFile): Promise<ImpactInput[]> {
  const candidate = (file: string) => /\.(cfg|boot)$/i.test(file);
  const [then, now] = await Promise.all([git.filesAt(commit, paths), git.workingFiles(paths)]);
  const oldFiles = then.filter(candidate);
  const oldBytes = await git.readAt(commit, oldFiles);
  const inputs = new Map<string, { before?: string; after?: string }>();
  for (const file of oldFiles) {
    const bytes = oldBytes.get(file);
    if (bytes !== undefined) inputs.set(file, { before: bytesToText(bytes) });
  }
  for (const file of new Set(now.filter(candidate))) {
    const bytes = await readWorking(file);
    if (bytes === undefined) continue; // tracked but deleted in the working tree
    const entry = inputs.get(file) ?? {};
    entry.after = bytesToText(bytes);
    inputs.set(file, entry);
  }
  return [...inputs]
    .filter(([file, sides]) => [sides.before, sides.after].some((text) => text !== undefined && isYealinkFile(file, firstLine(text))))
    .map(([file, sides]) => ({ file, ...sides }));
}
