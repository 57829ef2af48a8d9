/** Test helper: a fake CliIO over a temporary working folder. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIO } from '../io';

export interface FakeIO extends CliIO {
  out: string;
  err: string;
}

export function fakeIO(cwd: string): FakeIO {
  const io: FakeIO = {
    cwd,
    out: '',
    err: '',
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
