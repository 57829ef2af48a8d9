/**
 * `yealink-cfg impact`: what a change does to the fleet before it is pushed. Compares the Yealink files under
 * the paths in the working tree with the same files at a git ref: which files phones re-download, which
 * settings change, which phones change and which reboot.
 */
import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { nodeFileService } from '../../../engine/src/fileService';
import { computeImpact, gitRunner, GitError, GitRevisions, impactInputs, renderImpactText, workingFileReader, type GitRunner } from '../../../engine/src/impactService';
import { parseCommandArgs, UsageError, type CliCommand } from '../io';

export const usage = `yealink-cfg impact [<path>...] [--since <git-ref>] [--format text|json] [--model <model>]

  Compares every Yealink file under the paths (default: the current folder) with the same file at
  the ref (default HEAD): changed files and settings, phones whose configuration changes, reboots.
  --since <git-ref>   the version to compare with: a branch, tag or commit (default HEAD)
  --format text|json  a short report (default) or the JSON report
  --model <model>     the model of phones whose <mac>.cfg does not name one ("# yealink: model=T46S")
  Exit status: 0 with a report; 2 outside a git repository, for a ref that is not a commit, or without git.`;

/** The git runner; tests hand one with a PATH that has no git. */
export function impactCommand(run: GitRunner = gitRunner()): CliCommand {
  return async (args, io) => {
    const { values, positionals } = parseCommandArgs('impact', args, {
      since: { type: 'string', default: 'HEAD' },
      format: { type: 'string', default: 'text' },
      model: { type: 'string' },
    });
    if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`impact: --format is text or json, not "${values.format}"`);
    try {
      const git = await GitRevisions.open(io.cwd, run);
      const commit = await git.commit(values.since);
      const root = await realpath(git.root);
      const paths: string[] = [];
      for (const path of positionals.length > 0 ? positionals : ['.']) {
        const absolute = resolve(io.cwd, path);
        const real = await realpath(absolute).catch(() => absolute);
        const inRepo = relative(root, real);
        if (inRepo.startsWith('..') || isAbsolute(inRepo)) {
          io.stderr(`impact: ${path} is outside the repository ${git.root}\n`);
          return 2;
        }
        paths.push(inRepo === '' ? '.' : inRepo.split(sep).join('/'));
      }
      const inputs = await impactInputs(git, commit, paths, workingFileReader(nodeFileService(), root));
      const report = computeImpact(inputs, { since: values.since, model: values.model });
      io.stdout(values.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderImpactText(report));
      return 0;
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
      io.stderr(`impact: ${error.message}\n`);
      return 2;
    }
  };
}

export const command: CliCommand = impactCommand();
