/**
 * `yealink-cfg merge`: the effective configuration of files applied in the given order (a later value
 * wins). A boot file among them contributes its overwrite_mode and its include:config files, in order.
 * Encrypted inputs are decrypted first with the `_Security.enc` beside them, --key or --private-key.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { CryptoError } from '../../../engine/src/crypto/errors';
import { decryptFile } from '../../../engine/src/crypto/fileCrypto';
import { checkKey } from '../../../engine/src/crypto/keys';
import { securityFileNameFor } from '../../../engine/src/crypto/securityFile';
import { classifyFile, isBootKind } from '../../../engine/src/fileKind';
import { merge, type MergeInput } from '../../../engine/src/merge/merge';
import { bootIncludes } from '../../../engine/src/merge/partners';
import { mergeToJson, renderMergeCfg } from '../../../engine/src/merge/render';
import { parseCommandArgs, UsageError, type CliCommand } from '../io';

export const usage = `yealink-cfg merge <file>... [--format cfg|json] [--key <key>]... [--private-key <pem>] [--model <model>]

  Files apply in the given order (Common, then <mac>.cfg, then <mac>-local.cfg); a boot file
  brings its include:config files in its own order and its overwrite_mode.
  --format cfg|json   preview as CFG text with comments (default) or JSON
  --key <key>         key(s) to try on encrypted inputs (a <name>_Security.enc beside a file is used too)
  --private-key <pem> for RSA-mode inputs
  --model <model>     applies only the boot file's [MODEL]include:config lines for this model`;

export const command: CliCommand = async (args, io) => {
  const parsed = parseCommandArgs('merge', args, {
      format: { type: 'string', default: 'cfg' },
      key: { type: 'string', multiple: true },
      'private-key': { type: 'string' },
      model: { type: 'string' },
    });
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError('merge: give at least one file');
  if (values.format !== 'cfg' && values.format !== 'json') throw new UsageError('merge: --format is cfg or json');
  for (const key of values.key ?? []) {
    const check = checkKey(key);
    if (!check.ok) throw new UsageError(`merge: invalid --key: ${check.reason}`);
  }
  const at = (p: string) => resolve(io.cwd, p);
  const shown = (p: string) => {
    const rel = relative(io.cwd, p);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : p;
  };
  let privateKeyPem: string | undefined;
  if (values['private-key'] !== undefined) {
    try {
      privateKeyPem = readFileSync(at(values['private-key']), 'utf8');
    } catch (error) {
      io.stderr(`merge: cannot read ${values['private-key']}: ${(error as Error).message}\n`);
      return 2;
    }
  }

  const texts = new Map<string, string>();
  const problems: string[] = [];
  const readText = (path: string): string | undefined => {
    if (texts.has(path)) return texts.get(path);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      return undefined;
    }
    let securityFile: Buffer | undefined;
    try {
      securityFile = readFileSync(securityFileNameFor(path));
    } catch {
      securityFile = undefined;
    }
    try {
      const result = decryptFile(bytes, { securityFile, candidates: values.key ?? [], privateKeyPem });
      const text = result.plain.toString('utf8');
      texts.set(path, text);
      return text;
    } catch (error) {
      if (!(error instanceof CryptoError)) throw error;
      problems.push(`${shown(path)}: ${error.message}`);
      texts.set(path, '');
      return '';
    }
  };

  // Expand boot files into boot + includes; skip a file already in the list.
  const order: string[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    if (!seen.has(path)) {
      seen.add(path);
      order.push(path);
    }
  };
  for (const arg of positionals) {
    const path = at(arg);
    if (readText(path) === undefined) {
      io.stderr(`merge: cannot read ${arg}\n`);
      return 2;
    }
    add(path);
    if (isBootKind(classifyFile(path).kind)) {
      for (const inc of bootIncludes(path, { readText, model: values.model })) {
        if (!inc.applied) continue;
        if (inc.resolved) add(inc.resolved);
        else io.stderr(`merge: ${arg}: include ${inc.path} not found; skipped\n`);
      }
    }
  }
  if (problems.length > 0) {
    for (const problem of problems) io.stderr(`merge: ${problem}\n`);
    return problems.some((p) => p.includes('does not decrypt')) ? 1 : 2;
  }

  const inputs: MergeInput[] = order.map((path) => ({ file: shown(path), text: texts.get(path) ?? '' }));
  const result = merge(inputs);
  for (const warning of result.warnings) io.stderr(`merge: ${warning}\n`);
  if (values.format === 'json') io.stdout(`${JSON.stringify(mergeToJson(result), null, 2)}\n`);
  else io.stdout(renderMergeCfg(result));
  return 0;
};

