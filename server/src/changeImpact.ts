/**
 * The change-impact report for a workspace folder against the base ref: the same gathering and engine as
 * `yealink-cfg impact`, with the editor's unsaved text in place of the file on disk (files through the file facade).
 */
import { realpath } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { nodeFileService } from '../../engine/src/fileService';
import { computeImpact, GitError, GitRevisions, impactInputs, impactLines, workingFileReader, type GitRunner } from '../../engine/src/impactService';
import type { ChangeImpactResult } from '../../engine/src/protocol';

export interface ChangeImpactInputs {
  readonly folder: string;
  readonly ref: string;
  readonly model?: string;
  /** Unsaved editor texts by file path. */
  readonly openTexts: ReadonlyMap<string, string>;
  readonly run: GitRunner;
}

export async function changeImpact({ folder, ref, model, openTexts, run }: ChangeImpactInputs): Promise<ChangeImpactResult> {
  const path = fileURLToPath(folder);
  try {
    const git = await GitRevisions.open(path, run);
    const commit = await git.commit(ref);
    const root = await realpath(git.root);
    const scope = relative(root, await realpath(path)).split(sep).join('/');
    const inputs = await impactInputs(git, commit, scope === '' ? [] : [scope], workingFileReader(nodeFileService(), root, openTexts));
    const report = computeImpact(inputs, { since: ref, model });
    return { ok: true, root: pathToFileURL(root).href, report, lines: impactLines(report) };
  } catch (error) {
    if (error instanceof GitError) return { ok: false, message: error.message };
    throw error;
  }
}
