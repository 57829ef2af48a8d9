/**
 * Where the CLI takes an AES key from. `--key <key>` puts the key on the command line, where other local
 * users (`ps`) and the shell history can see it; `--key-file <path>`, `--key-env NAME` and `--key -`
 * (standard input) do not. Messages name the source, never the key.
 */
import { resolve } from 'node:path';
import { checkKey, type FileService } from '../../engine/src/fileService';
import { UsageError, type CliIO } from './io';

export const KEY_USAGE = `  --key <key>            16 or 32 characters from 0-9 A-Z a-z # $ % * + , - . : = ? @ [ ] ^ _ { } ~
                         (visible to other local users; prefer one of the next three)
  --key -                read the key from standard input
  --key-file <path>      read the key from the first line of a file
  --key-env <NAME>       read the key from the environment variable NAME`;

export const KEY_OPTIONS = {
  key: { type: 'string', multiple: true },
  'key-file': { type: 'string', multiple: true },
  'key-env': { type: 'string', multiple: true },
} as const;

export interface KeyValues {
  readonly key?: readonly string[];
  readonly 'key-file'?: readonly string[];
  readonly 'key-env'?: readonly string[];
}

function firstLine(text: string): string {
  return text.split(/\r?\n/, 1)[0] ?? '';
}

/** Every key given, in the order of the options (`--key`, `--key-file`, `--key-env`), each checked. */
export async function readKeys(command: string, values: KeyValues, io: CliIO, files: FileService): Promise<string[]> {
  const keys: { key: string; source: string }[] = [];
  for (const value of values.key ?? []) {
    if (value === '-') {
      if (!io.readStdin) throw new UsageError(`${command}: --key - needs standard input`);
      keys.push({ key: firstLine(await io.readStdin()), source: 'standard input' });
    } else {
      keys.push({ key: value, source: '--key' });
    }
  }
  for (const path of values['key-file'] ?? []) {
    let text: string;
    try {
      text = (await files.host.read(resolve(io.cwd, path), { maxBytes: 4096 })).toString('utf8');
    } catch (error) {
      throw new UsageError(`${command}: cannot read the key file ${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
    keys.push({ key: firstLine(text).trim(), source: `the key file ${path}` });
  }
  for (const name of values['key-env'] ?? []) {
    const value = io.env?.[name];
    if (value === undefined || value === '') throw new UsageError(`${command}: the environment variable ${name} is not set`);
    keys.push({ key: value.trim(), source: `the environment variable ${name}` });
  }
  for (const { key, source } of keys) {
    const check = checkKey(key);
    if (!check.ok) throw new UsageError(`${command}: invalid key from ${source}: ${check.reason}`);
  }
  return keys.map((k) => k.key);
}

/** At most one key (encrypt, decrypt): undefined when none was given. */
export async function readOneKey(command: string, values: KeyValues, io: CliIO, files: FileService): Promise<string | undefined> {
  const count = (values.key?.length ?? 0) + (values['key-file']?.length ?? 0) + (values['key-env']?.length ?? 0);
  if (count > 1) throw new UsageError(`${command}: give one key (--key, --key-file or --key-env), not ${count}`);
  return (await readKeys(command, values, io, files))[0];
}
