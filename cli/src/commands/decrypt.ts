/**
 * `yealink-cfg decrypt`: decrypt a Yealink-encrypted CFG file (compatibility or RSA mode). A wrong key
 * exits 1 with "the key does not decrypt this file" and writes nothing; an existing output is never
 * replaced without --force.
 */
import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import { FileExistsError, writeFileAtomic } from '../../../engine/src/crypto/atomicWrite';
import { CryptoError } from '../../../engine/src/crypto/errors';
import { decryptFile, type KeyMaterial } from '../../../engine/src/crypto/fileCrypto';
import { checkKey } from '../../../engine/src/crypto/keys';
import { securityFileNameFor } from '../../../engine/src/crypto/securityFile';
import { parseCommandArgs, UsageError, type CliCommand } from '../io';

export const usage = `yealink-cfg decrypt <in> (--key <key> | --security-file <path> | --private-key <pem>) [--out <file>] [--force]

  --key <key>             the file's 16- or 32-character AES key
  --security-file <path>  the file's <name>_Security.enc (default: the one beside <in>, if any)
  --private-key <pem>     RSA mode: your PEM private key (unencrypted PKCS#1 or PKCS#8)
  --out <file>            where to write the plain text (default: standard output)
  --force                 replace an existing --out file`;

export const command: CliCommand = async (args, io) => {
  const parsed = parseCommandArgs('decrypt', args, {
      key: { type: 'string' },
      'security-file': { type: 'string' },
      'private-key': { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
    });
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError('decrypt: give exactly one input file');
  const given = [values.key, values['security-file'], values['private-key']].filter((v) => v !== undefined).length;
  if (given > 1) throw new UsageError('decrypt: give only one of --key, --security-file, --private-key');
  if (values.key !== undefined) {
    const check = checkKey(values.key);
    if (!check.ok) throw new UsageError(`decrypt: invalid --key: ${check.reason}`);
  }
  const at = (p: string) => resolve(io.cwd, p);
  const input = at(positionals[0]);
  const out = values.out !== undefined && values.out !== '-' ? at(values.out) : undefined;
  if (out === input) throw new UsageError('decrypt: --out must not be the input file');

  const read = async (path: string, what: string): Promise<Buffer | undefined> => {
    try {
      return await fs.readFile(path);
    } catch (error) {
      io.stderr(`decrypt: cannot read ${what}: ${(error as Error).message}\n`);
      return undefined;
    }
  };
  const material: { -readonly [K in keyof KeyMaterial]: KeyMaterial[K] } = {};
  if (values.key !== undefined) material.key = values.key;
  if (values['security-file'] !== undefined) {
    material.securityFile = await read(at(values['security-file']), values['security-file']);
    if (!material.securityFile) return 2;
  }
  if (values['private-key'] !== undefined) {
    const pem = await read(at(values['private-key']), values['private-key']);
    if (!pem) return 2;
    material.privateKeyPem = pem.toString('utf8');
  }
  if (given === 0) {
    const beside = securityFileNameFor(input);
    try {
      material.securityFile = await fs.readFile(beside);
      io.stderr(`decrypt: using ${beside}\n`);
    } catch {
      throw new UsageError('decrypt: give --key, --security-file or --private-key');
    }
  }

  const bytes = await read(input, positionals[0]);
  if (!bytes) return 2;

  let plain: Buffer;
  try {
    const result = decryptFile(bytes, material);
    if (result.via === 'none') {
      io.stderr(`decrypt: ${positionals[0]} is not encrypted (${result.detection.description}); nothing written\n`);
      return 1;
    }
    plain = result.plain;
  } catch (error) {
    if (error instanceof CryptoError) {
      io.stderr(`decrypt: ${positionals[0]}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }

  if (out === undefined) {
    io.stdout(plain.toString('utf8'));
    return 0;
  }
  try {
    await writeFileAtomic(out, plain, { overwrite: values.force === true });
  } catch (error) {
    if (error instanceof FileExistsError) {
      io.stderr(`decrypt: ${values.out} exists; not replaced (use --force)\n`);
      return 2;
    }
    io.stderr(`decrypt: cannot write ${values.out}: ${(error as Error).message}\n`);
    return 2;
  }
  io.stdout(`wrote ${out}\n`);
  return 0;
};
