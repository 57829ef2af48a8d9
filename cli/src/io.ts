import { parseArgs, type ParseArgsConfig } from 'node:util';

/** What a CLI command may touch: its output streams, the working folder, the environment and stdin. Tests pass fakes. */
export interface CliIO {
  readonly cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Writes data to standard output byte for byte, unescaped (decrypted files). Default: stdout as UTF-8. */
  writeBytes?(data: Buffer): void;
  /** Environment variables (for `--key-env NAME`); default: none. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** All of standard input (for `--key -`); undefined when the face has none. */
  readStdin?(): Promise<string>;
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

/**
 * Makes control characters visible (`\u001b`), so a hostile file name or CFG value cannot move the cursor,
 * recolour or rewrite the terminal. Line feeds, tabs and CR LF pairs stay. The form is also a valid JSON
 * string escape, so JSON output stays JSON.
 */
export function escapeControls(text: string): string {
  // Nearly all output has nothing to escape: one search, and the text goes out as it is.
  if (!CONTROL_TEST.test(text)) return text;
  return text.replace(CONTROLS, (ch, offset: number) =>
    ch === '\r' && text.charCodeAt(offset + 1) === 10 ? ch : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** What escapeControls escapes (line feeds and tabs stay; CR stays before LF). */
const CONTROL_CLASS = '[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]';
const CONTROLS = new RegExp(CONTROL_CLASS, 'g');
/** The same class for a yes/no search: a regex with the g flag keeps a position between calls. */
const CONTROL_TEST = new RegExp(CONTROL_CLASS);

/** The same io, with every text it prints passed through escapeControls. */
export function escapedIO(io: CliIO): CliIO {
  return {
    cwd: io.cwd,
    env: io.env,
    readStdin: io.readStdin?.bind(io),
    writeBytes: (data) => (io.writeBytes ? io.writeBytes(data) : io.stdout(data.toString('utf8'))),
    stdout: (text) => io.stdout(escapeControls(text)),
    stderr: (text) => io.stderr(escapeControls(text)),
  };
}

/** A writable stream as far as the guard needs it. */
export interface GuardedStream {
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
}

/**
 * Handles write errors on standard output: a closed pipe (`yealink-cfg lint | head`) ends the process
 * quietly with the code it would have had; any other write error (a full disk) says so and exits 2, so it
 * is never mistaken for "findings" (1).
 */
export function guardStdout(stream: GuardedStream, exit: (code: number) => void, stderr: (text: string) => void, currentCode: () => number): void {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') {
      exit(currentCode());
      return;
    }
    try {
      stderr(`yealink-cfg: cannot write the output: ${error.code ?? error.message}\n`);
    } finally {
      exit(2);
    }
  });
}
