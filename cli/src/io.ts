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
