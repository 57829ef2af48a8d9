/**
 * Gathers what the impact engine compares: every Yealink file under some paths, as it is in the working tree
 * and as it was at a git commit. Git lists both sides (tracked, untracked-but-not-ignored, and the commit's
 * tree); the face reads the working files, so the CLI and the language server share the gathering.
 */
import type { GitRevisions } from './gitRevisions';
import { join } from 'node:path';
import { FileHostError } from './fileHost';
import { isYealinkFile } from './fileKind';
import type { FileService } from './fileService';
import { readText } from './plainText';
import type { ImpactInput } from './impact/phoneImpact';

/** Reads a working-tree file by its path relative to the repository root; undefined when it is not there. */
export type ReadWorkingFile = (file: string) => Promise<Buffer | undefined>;

/** A ReadWorkingFile over the file facade (size-capped, regular files only); other read failures are thrown. */
export function workingFileReader(files: FileService, root: string, openTexts: ReadonlyMap<string, string> = new Map()): ReadWorkingFile {
  return async (file) => {
    const path = join(root, ...file.split('/'));
    const open = openTexts.get(path);
    if (open !== undefined) return Buffer.from(open, 'utf8');
    try {
      return (await files.readConfig(path)).bytes;
    } catch (error) {
      if (error instanceof FileHostError && error.code === 'not-found') return undefined;
      throw error;
    }
  };
}

/**
 * Text of a file's bytes, decoded as the rest of the tools decode configurations (UTF-8, UTF-16, Windows-1252),
 * keeping a byte-order mark so adding one still shows as a change; bytes that are not text (encrypted) are
 * read one character per byte, so two different versions never read alike.
 */
export function bytesToText(bytes: Buffer): string {
  const verdict = readText(bytes);
  if (verdict.ok) return `${verdict.bom ? '\uFEFF' : ''}${verdict.text}`;
  return bytes.length === 0 ? '' : bytes.toString('latin1');
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
