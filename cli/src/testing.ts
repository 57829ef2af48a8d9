/** A CliIO that records output, and a scratch folder, for command tests. */
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CliIO } from './io';

export interface RecordingIO extends CliIO {
  readonly out: string[];
  readonly err: string[];
}

export function recordingIO(cwd: string): RecordingIO {
  const out: string[] = [];
  const err: string[] = [];
  return { cwd, out, err, stdout: (text) => void out.push(text), stderr: (text) => void err.push(text) };
}

/** Creates a temp folder holding the given files (paths relative to it). */
export function scratchFolder(files: Readonly<Record<string, string | Buffer>>): string {
  const root = mkdtempSync(join(tmpdir(), 'yealink-cfg-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}
