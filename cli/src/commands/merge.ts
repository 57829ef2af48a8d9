/**
 * `yealink-cfg merge`: the effective configuration of files applied in the given order (a later value
 * wins). A boot file among them contributes its overwrite_mode and its include:config files, in order,
 * confined to the boot file's folder tree. Encrypted inputs are opened by the file facade with the
 * `_Security.enc` beside them and the keys given.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { FileServiceError, mergeToJson, nodeFileService, renderMergeCfg } from '../../../engine/src/fileService';
import { lookupModel } from '../../../engine/src/languageService';
import { parseCommandArgs, UsageError, type CliCommand } from '../io';
import { KEY_OPTIONS, KEY_USAGE, readKeys } from '../keyInput';

export const usage = `yealink-cfg merge <file>... [--format cfg|json] [<key option>]... [--private-key <pem>] [--model <model>]

  Files apply in the given order (Common, then <mac>.cfg, then <mac>-local.cfg); a boot file
  brings its include:config files in its own order and its overwrite_mode. Includes must stay
  inside the boot file's folder tree (no ../, no absolute paths elsewhere).
  --format cfg|json   preview as CFG text with comments (default) or JSON
${KEY_USAGE}
                      (keys are tried on encrypted inputs; a <name>_Security.enc beside a file is used too)
  --private-key <pem> for RSA-mode inputs
  --model <model>     applies only the boot file's [MODEL]include:config lines for this model`;

export const command: CliCommand = async (args, io) => {
  const { values, positionals } = parseCommandArgs('merge', args, {
    format: { type: 'string', default: 'cfg' },
    ...KEY_OPTIONS,
    'private-key': { type: 'string' },
    model: { type: 'string' },
  });
  const files = nodeFileService();
  if (positionals.length === 0) throw new UsageError('merge: give at least one file');
  if (values.format !== 'cfg' && values.format !== 'json') throw new UsageError('merge: --format is cfg or json');
  let model: string | undefined;
  if (values.model !== undefined) {
    const found = lookupModel(values.model);
    if (found.name === undefined) {
      throw new UsageError(`merge: unknown --model "${values.model}"${found.close.length ? `; did you mean ${found.close.join(', ')}?` : ''}`);
    }
    model = found.name;
  }
  const keys = await readKeys('merge', values, io, files);
  const at = (p: string) => resolve(io.cwd, p);
  const shown = (p: string) => {
    const rel = relative(io.cwd, p);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : p;
  };
  let privateKeyPem: string | undefined;
  if (values['private-key'] !== undefined) {
    try {
      privateKeyPem = (await files.host.read(at(values['private-key']), { maxBytes: 1 << 16 })).toString('utf8');
    } catch (error) {
      io.stderr(`merge: cannot read ${values['private-key']}: ${(error as Error).message}\n`);
      return 2;
    }
  }

  let merged;
  try {
    merged = await files.merge(positionals.map(at), { keys: { candidates: keys, privateKeyPem }, model, display: shown });
  } catch (error) {
    if (error instanceof FileServiceError) {
      io.stderr(`merge: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const unreadable = merged.problems.filter((p) => p.kind === 'unreadable' && positionals.some((arg) => at(arg) === p.path));
  if (unreadable.length > 0) {
    for (const problem of unreadable) io.stderr(`merge: cannot read ${shown(problem.path)}: ${problem.message}\n`);
    return 2;
  }
  const skipped = merged.problems.filter((p) => p.kind === 'missing-include' || p.kind === 'outside');
  for (const problem of skipped) io.stderr(`merge: ${shown(problem.path)}: ${problem.message}\n`);
  const failed = merged.problems.filter((p) => !skipped.includes(p));
  if (failed.length > 0) {
    for (const problem of failed) io.stderr(`merge: ${shown(problem.path)}: ${problem.message}\n`);
    return failed.some((p) => p.kind === 'wrong-key') ? 1 : 2;
  }
  for (const note of merged.notes) io.stderr(`merge: ${note}\n`);
  for (const warning of merged.result.warnings) io.stderr(`merge: ${warning}\n`);
  if (values.format === 'json') io.stdout(`${JSON.stringify(mergeToJson(merged.result), null, 2)}\n`);
  else io.stdout(renderMergeCfg(merged.result));
  return 0;
};
