/**
 * `yealink-cfg encrypt`: encrypt CFG files the way Yealink's Configuration Encryption Tool does
 * (compatibility mode, or RSA mode with a user's public key). The whole batch is planned and checked
 * first (engine/src/fileService.ts), then written all or nothing. Sources are never touched; existing
 * outputs are never replaced without --force.
 */
import { resolve } from 'node:path';
import { FileServiceError, generateKey, nodeFileService, type EncryptMode, type EncryptRequest } from '../../../engine/src/fileService';
import { parseCommandArgs, UsageError, type CliCommand } from '../io';
import { KEY_OPTIONS, KEY_USAGE, readOneKey } from '../keyInput';

export const usage = `yealink-cfg encrypt <in> (--key <key> | --key-file <path> | --key-env <NAME> | --key -) --out <file> [--security-file <path>]
yealink-cfg encrypt <in>... (<key option> | --generate-key [--length 16|32]) --out-dir <dir>
    [--security-files] [--aeskey-txt <path>] [--rsa-public-key <pem>] [--force]

${KEY_USAGE}
  --generate-key         make a random key (printed once on stdout; keep it)
  --length 16|32         length of the generated key (default 16; 32 with --rsa-public-key)
  --out <file>           output file (one input)
  --out-dir <dir>        output folder: same file names as the inputs (two inputs with one name are refused)
  --security-file <path> also write the key as a Yealink _Security.enc file (one input)
  --security-files       write <name>_Security.enc beside each output
  --aeskey-txt <path>    write "file:key" lines (plain keys: keep this file private; written 0600)
  --rsa-public-key <pem> RSA mode (#!encrypt:1.0.0.0, AES-256) with your public key
  --force                replace existing output files (never a source; a replaced file keeps its mode)`;

export const command: CliCommand = async (args, io) => {
  const { values, positionals } = parseCommandArgs('encrypt', args, {
    ...KEY_OPTIONS,
    'generate-key': { type: 'boolean' },
    length: { type: 'string' },
    out: { type: 'string' },
    'out-dir': { type: 'string' },
    'security-file': { type: 'string' },
    'security-files': { type: 'boolean' },
    'aeskey-txt': { type: 'string' },
    'rsa-public-key': { type: 'string' },
    force: { type: 'boolean' },
  });
  const files = nodeFileService();
  if (positionals.length === 0) throw new UsageError('encrypt: give at least one input file');
  const keyGiven = values.key !== undefined || values['key-file'] !== undefined || values['key-env'] !== undefined;
  if (keyGiven && values['generate-key']) throw new UsageError('encrypt: give a key or --generate-key, not both');
  if (!keyGiven && !values['generate-key']) throw new UsageError('encrypt: give --key, --key-file, --key-env, --key - or --generate-key');
  if ((values.out === undefined) === (values['out-dir'] === undefined)) throw new UsageError('encrypt: give either --out <file> or --out-dir <dir>');
  if (values.out !== undefined && positionals.length > 1) throw new UsageError('encrypt: several inputs need --out-dir');
  if (values['security-file'] !== undefined && positionals.length > 1) {
    throw new UsageError('encrypt: --security-file names one file; with several inputs use --security-files');
  }
  if (values.length !== undefined && !values['generate-key']) throw new UsageError('encrypt: --length goes with --generate-key');
  const rsa = values['rsa-public-key'] !== undefined;
  const length = values.length === undefined ? (rsa ? 32 : 16) : Number(values.length);
  if (length !== 16 && length !== 32) throw new UsageError('encrypt: --length is 16 or 32');
  const key = (await readOneKey('encrypt', values, io, files)) ?? generateKey(length);
  if (rsa && key.length !== 32) throw new UsageError('encrypt: RSA mode uses AES-256: the key must have 32 characters');

  const at = (p: string) => resolve(io.cwd, p);
  let mode: EncryptMode = { mode: 'compat' };
  if (rsa) {
    try {
      mode = { mode: 'rsa', publicKeyPem: (await files.host.read(at(values['rsa-public-key']!), { maxBytes: 1 << 16 })).toString('utf8') };
    } catch (error) {
      io.stderr(`encrypt: cannot read ${values['rsa-public-key']}: ${(error as Error).message}\n`);
      return 2;
    }
  }
  const request: EncryptRequest = {
    sources: positionals.map(at),
    key,
    mode,
    output: values.out !== undefined ? { file: at(values.out) } : { folder: at(values['out-dir']!) },
    securityFiles: values['security-files'] === true,
    securityFile: values['security-file'] !== undefined ? at(values['security-file']) : undefined,
    aesKeyTxt: values['aeskey-txt'] !== undefined ? at(values['aeskey-txt']) : undefined,
  };
  let written: string[];
  try {
    const plan = await files.planEncrypt(request);
    if (plan.existing.length > 0 && !values.force) {
      io.stderr(`encrypt: not replacing existing file${plan.existing.length > 1 ? 's' : ''} (use --force): ${plan.existing.join(', ')}\n`);
      return 2;
    }
    written = await files.writeEncrypt(plan, { overwrite: values.force === true, mkdir: values['out-dir'] !== undefined });
  } catch (error) {
    if (error instanceof FileServiceError && error.code === 'source') {
      io.stderr(`encrypt: ${error.message}\n`);
      return 1;
    }
    io.stderr(`encrypt: ${(error as Error).message}\n`);
    return 2;
  }
  for (const path of written) io.stdout(`wrote ${path}\n`);
  if (values['generate-key']) {
    io.stdout(`key: ${key}\n`);
    if (values['security-file'] === undefined && !values['security-files'] && values['aeskey-txt'] === undefined) {
      io.stderr('encrypt: the generated key is shown only once above; store it safely (phones need it to read the files)\n');
    }
  }
  if (values['aeskey-txt'] !== undefined) io.stderr(`encrypt: ${values['aeskey-txt']} holds plain keys; keep it off the provisioning server\n`);
  return 0;
};
