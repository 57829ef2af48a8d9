/**
 * `yealink-cfg encrypt`: encrypt CFG files the way Yealink's Configuration Encryption Tool does
 * (compatibility mode, or RSA mode with a user's public key). Sources are never touched; existing outputs
 * are never replaced without --force.
 */
import { promises as fs } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { FileExistsError, writeFileAtomic, pathExists } from '../../../engine/src/crypto/atomicWrite';
import { CryptoError } from '../../../engine/src/crypto/errors';
import { aesKeyTxt, encryptFile, type EncryptMode } from '../../../engine/src/crypto/fileCrypto';
import { checkKey, generateKey } from '../../../engine/src/crypto/keys';
import { encodeSecurityFile, securityFileNameFor } from '../../../engine/src/crypto/securityFile';
import { parseCommandArgs, UsageError, type CliCommand } from '../io';

export const usage = `yealink-cfg encrypt <in> --key <key> --out <file> [--security-file <path>]
yealink-cfg encrypt <in>... (--key <key> | --generate-key [--length 16|32]) --out-dir <dir>
    [--security-files] [--aeskey-txt <path>] [--rsa-public-key <pem>] [--force]

  --key <key>            16 or 32 characters from 0-9 A-Z a-z # $ % * + , - . : = ? @ [ ] ^ _ { } ~
  --generate-key         make a random key (printed once on stdout; keep it)
  --length 16|32         length of the generated key (default 16; 32 with --rsa-public-key)
  --out <file>           output file (one input)
  --out-dir <dir>        output folder: same file names as the inputs
  --security-file <path> also write the key as a Yealink _Security.enc file (one input)
  --security-files       write <name>_Security.enc beside each output
  --aeskey-txt <path>    write "file:key" lines (plain keys: keep this file private)
  --rsa-public-key <pem> RSA mode (#!encrypt:1.0.0.0, AES-256) with your public key
  --force                replace existing output files`;

interface Planned {
  readonly path: string;
  readonly data: Buffer;
  readonly mode?: number;
}

export const command: CliCommand = async (args, io) => {
  const parsed = parseCommandArgs('encrypt', args, {
      key: { type: 'string' },
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
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError('encrypt: give at least one input file');
  if (values.key !== undefined && values['generate-key']) throw new UsageError('encrypt: give --key or --generate-key, not both');
  if (values.key === undefined && !values['generate-key']) throw new UsageError('encrypt: give --key <key> or --generate-key');
  if ((values.out === undefined) === (values['out-dir'] === undefined)) throw new UsageError('encrypt: give either --out <file> or --out-dir <dir>');
  if (values.out !== undefined && positionals.length > 1) throw new UsageError('encrypt: several inputs need --out-dir');
  if (values['security-file'] !== undefined && positionals.length > 1) {
    throw new UsageError('encrypt: --security-file names one file; with several inputs use --security-files');
  }
  if (values.length !== undefined && !values['generate-key']) throw new UsageError('encrypt: --length goes with --generate-key');
  const rsa = values['rsa-public-key'] !== undefined;
  const length = values.length === undefined ? (rsa ? 32 : 16) : Number(values.length);
  if (length !== 16 && length !== 32) throw new UsageError('encrypt: --length is 16 or 32');

  let key: string;
  if (values.key !== undefined) {
    const check = checkKey(values.key);
    if (!check.ok) throw new UsageError(`encrypt: invalid --key: ${check.reason}`);
    key = values.key;
  } else {
    key = generateKey(length);
  }
  if (rsa && key.length !== 32) throw new UsageError('encrypt: RSA mode uses AES-256: the key must have 32 characters');

  const at = (p: string) => resolve(io.cwd, p);
  let mode: EncryptMode = { mode: 'compat' };
  if (rsa) {
    try {
      mode = { mode: 'rsa', publicKeyPem: await fs.readFile(at(values['rsa-public-key']!), 'utf8') };
    } catch (error) {
      io.stderr(`encrypt: cannot read ${values['rsa-public-key']}: ${(error as Error).message}\n`);
      return 2;
    }
  }

  // Build everything in memory first: either all outputs are written or none.
  const planned: Planned[] = [];
  const keyLines: { file: string; key: string }[] = [];
  for (const input of positionals) {
    const source = at(input);
    const target = values.out !== undefined ? at(values.out) : join(at(values['out-dir']!), basename(source));
    if (target === source) {
      io.stderr(`encrypt: the output would replace the source ${input}; choose another --out or --out-dir\n`);
      return 2;
    }
    let plain: Buffer;
    try {
      plain = await fs.readFile(source);
    } catch (error) {
      io.stderr(`encrypt: cannot read ${input}: ${(error as Error).message}\n`);
      return 2;
    }
    try {
      planned.push({ path: target, data: encryptFile(plain, key, mode) });
    } catch (error) {
      if (error instanceof CryptoError) {
        io.stderr(`encrypt: ${input}: ${error.message}\n`);
        return 1;
      }
      throw error;
    }
    if (values['security-files']) planned.push({ path: securityFileNameFor(target), data: encodeSecurityFile(key) });
    keyLines.push({ file: basename(target), key });
  }
  if (values['security-file'] !== undefined) planned.push({ path: at(values['security-file']), data: encodeSecurityFile(key) });
  if (values['aeskey-txt'] !== undefined) planned.push({ path: at(values['aeskey-txt']), data: Buffer.from(aesKeyTxt(keyLines)), mode: 0o600 });

  const force = values.force === true;
  if (!force) {
    const existing: string[] = [];
    for (const p of planned) if (await pathExists(p.path)) existing.push(p.path);
    if (existing.length > 0) {
      io.stderr(`encrypt: not replacing existing file${existing.length > 1 ? 's' : ''} (use --force): ${existing.join(', ')}\n`);
      return 2;
    }
  }
  try {
    for (const p of planned) await writeFileAtomic(p.path, p.data, { overwrite: force, mode: p.mode, mkdir: values['out-dir'] !== undefined });
  } catch (error) {
    io.stderr(`encrypt: ${error instanceof FileExistsError ? `${error.path} appeared meanwhile; not replaced` : (error as Error).message}\n`);
    return 2;
  }
  for (const p of planned) io.stdout(`wrote ${p.path}\n`);
  if (values['generate-key']) {
    io.stdout(`key: ${key}\n`);
    if (values['security-file'] === undefined && !values['security-files'] && values['aeskey-txt'] === undefined) {
      io.stderr('encrypt: the generated key is shown only once above; store it safely (phones need it to read the files)\n');
    }
  }
  if (values['aeskey-txt'] !== undefined) io.stderr(`encrypt: ${values['aeskey-txt']} holds plain keys; keep it off the provisioning server\n`);
  return 0;
};
