import { parseArgs, type ParseArgsConfig } from 'node:util';

/** What a CLI command may touch: its output streams and the working folder. Tests pass fakes. */
export interface CliIO {
  readonly cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** A command: parses its own arguments and returns the process exit code (0 ok, 1 findings/failure, 2 usage or I/O). */
export type CliCommand = (args: readonly string[], io: CliIO) => Promise<number>;

/** Thrown for bad arguments; the dispatcher prints the message and usage and exits 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs with positionals allowed, turning its errors into UsageError for `command`. */
export function parseCommandArgs<O extends Options>(command: string, args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new UsageError(`${command}: ${(error as Error).message}`);
  }
}
