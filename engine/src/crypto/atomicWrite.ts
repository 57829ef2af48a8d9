/**
 * Atomic file writes: the data goes to a temporary file in the same folder, is flushed, then takes the
 * final name in one step, so a reader never sees half a file. Without `overwrite`, an existing file is never
 * replaced (a hard link claims the name atomically; where links are not supported, a checked rename).
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class FileExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} already exists`);
    this.name = 'FileExistsError';
  }
}

export interface AtomicWriteOptions {
  /** Replace an existing file (the user chose to). Default false. */
  readonly overwrite?: boolean;
  /** File mode for a new file, e.g. 0o600 for files holding keys. */
  readonly mode?: number;
  /** Create the parent folder when missing. Default false. */
  readonly mkdir?: boolean;
}

export async function writeFileAtomic(path: string, data: Buffer | string, options: AtomicWriteOptions = {}): Promise<void> {
  const dir = dirname(path);
  if (options.mkdir) await fs.mkdir(dir, { recursive: true });
  if (!options.overwrite && (await pathExists(path))) throw new FileExistsError(path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(temp, 'wx', options.mode ?? 0o666);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    if (options.overwrite) {
      await fs.rename(temp, path);
      return;
    }
    try {
      await fs.link(temp, path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new FileExistsError(path);
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS' && code !== 'EXDEV') throw error;
      // File systems without hard links: last check, then rename.
      if (await pathExists(path)) throw new FileExistsError(path);
      await fs.rename(temp, path);
    }
  } finally {
    await fs.rm(temp, { force: true });
  }
}

/** True when something (a file, folder or link) stands at `path`. */
export async function pathExists(path: string): Promise<boolean> {
  try {
    await fs.lstat(path);
    return true;
  } catch {
    return false;
  }
}
