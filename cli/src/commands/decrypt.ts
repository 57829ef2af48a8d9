/**
 * `yealink-cfg decrypt`: decrypt a Yealink-encrypted CFG file (compatibility or RSA mode) through the file
 * facade's openConfig. A wrong key exits 1 with "the key does not decrypt this file" and writes nothing;
 * the right key with unusual text (another encoding, a DOS end-of-file byte ...) decrypts and says so. An
 * existing output is never replaced without --force; a new output is readable by its owner only (0600).
 */
import { resolve } from 'node:path';
import { CryptoError, FileServiceError, nodeFileService, securityFileNameFor, type KeyMaterial } from '../../../engine/src/fileService';
import { parseCommandArgs, UsageError, type CliCommand } from '../io';
import { KEY_OPTIONS, KEY_USAGE, readOneKey } from '../keyInput';

export const usage = `yealink-cfg decrypt <in> [<key option> | --security-file <path> | --private-key <pem>] [--out <file>] [--force]

${KEY_USAGE}
  --security-file <path>  the file's <name>_Security.enc (default: the one beside <in>, if any)
  --private-key <pem>     RSA mode: your PEM private key (unencrypted PKCS#1 or PKCS#8)
  --out <file>            where to write the plain text (default: standard output); a new file is 0600
  --force                 replace an existing --out file (it keeps its mode)`;

export const command: CliCommand = async (args, io) => {
  const { values, positionals } = parseCommandArgs('decrypt', args, {
    ...KEY_OPTIONS,
    'security-file': { type: 'string' },
    'private-key': { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
  });
  const files = nodeFileService();
  if (positionals.length !== 1) throw new UsageError('decrypt: give exactly one input file');
  const key = await readOneKey('decrypt', values, io, files);
  const given = [key, values['security-file'], values['private-key']].filter((v) => v !== undefined).length;
  if (given > 1) throw new UsageError('decrypt: give only one of a key, --security-file, --private-key');
  const at = (p: string) => resolve(io.cwd, p);
  const input = at(positionals[0]);
  const out = values.out !== undefined && values.out !== '-' ? at(values.out) : undefined;
  if (out === input) throw new UsageError('decrypt: --out must not be the input file');

  const readGiven = async (path: string, maxBytes: number): Promise<Buffer | undefined> => {
    try {
      return await files.host.read(at(path), { maxBytes });
    } catch (error) {
      io.stderr(`decrypt: cannot read ${path}: ${(error as Error).message}\n`);
      return undefined;
    }
  };
  const material: { -readonly [K in keyof KeyMaterial]: KeyMaterial[K] } = {};
  if (key !== undefined) material.key = key;
  if (values['security-file'] !== undefined) {
    material.securityFile = await readGiven(values['security-file'], 1024);
    if (!material.securityFile) return 2;
  }
  if (values['private-key'] !== undefined) {
    const pem = await readGiven(values['private-key'], 1 << 16);
    if (!pem) return 2;
    material.privateKeyPem = pem.toString('utf8');
  }
  if (given === 0 && !files.host.exists(securityFileNameFor(input))) {
    throw new UsageError('decrypt: give a key (--key, --key-file, --key-env, --key -), --security-file or --private-key');
  }

  let plain: Buffer;
  try {
    const opened = await files.openConfig(input, { keys: material, securityFileBeside: given === 0 });
    if (opened.via === 'none') {
      io.stderr(`decrypt: ${positionals[0]} is not encrypted (${opened.detection.description}); nothing written\n`);
      return 1;
    }
    if (opened.via === 'security-file' && given === 0) io.stderr(`decrypt: using ${securityFileNameFor(input)}\n`);
    for (const note of opened.notes) io.stderr(`decrypt: ${positionals[0]}: ${note}\n`);
    plain = opened.plain;
  } catch (error) {
    if (error instanceof CryptoError) {
      io.stderr(`decrypt: ${positionals[0]}: ${error.message}\n`);
      return 1;
    }
    io.stderr(`decrypt: ${(error as Error).message}\n`);
    return 2;
  }

  if (out === undefined) {
    if (io.writeBytes) io.writeBytes(plain);
    else io.stdout(plain.toString('utf8'));
    return 0;
  }
  try {
    await files.writeDecrypted(input, out, plain, { overwrite: values.force === true });
  } catch (error) {
    if (error instanceof FileServiceError && error.code === 'exists') {
      io.stderr(`decrypt: ${values.out} exists; not replaced (use --force)\n`);
      return 2;
    }
    io.stderr(`decrypt: cannot write ${values.out}: ${(error as Error).message}\n`);
    return 2;
  }
  io.stdout(`wrote ${out}\n`);
  return 0;
};
