/** Test helpers for CLI commands: a CliIO that records output, and temporary working folders. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CliIO } from './io';

export interface FakeIO extends CliIO {
  out: string;
  err: string;
  /** What writeBytes wrote, byte for byte. */
  bytes: Buffer;
  env: Record<string, string | undefined>;
  stdin: string | undefined;
}

export function fakeIO(cwd: string): FakeIO {
  const io: FakeIO = {
    cwd,
    out: '',
    err: '',
    bytes: Buffer.alloc(0),
    env: {},
    stdin: undefined,
    async readStdin() {
      if (io.stdin === undefined) throw new Error('no standard input in this test');
      return io.stdin;
    },
    writeBytes(data) {
      io.bytes = Buffer.concat([io.bytes, data]);
      io.out += data.toString('utf8');
    },
    stdout(text) {
      io.out += text;
    },
    stderr(text) {
      io.err += text;
    },
  };
  return io;
}

/** Runs `body` in a fresh temporary folder, removed afterwards. */
export function inTempDir(body: (dir: string) => Promise<void>): () => Promise<void> {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yl-cli-'));
    try {
      await body(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

/** Creates a temporary folder holding the given files (paths relative to it). */
export function scratchFolder(files: Readonly<Record<string, string | Buffer>>): string {
  const root = mkdtempSync(join(tmpdir(), 'yl-cli-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}
