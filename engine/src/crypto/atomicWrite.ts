/**
 * A single atomic write outside a FileService job (the server's project-file quick fix). It delegates to the
 * Node file host, so the temporary file is removed on every failure and a replaced file keeps its mode.
 */
import { FileHostError } from '../fileHost';
import { createNodeFileHost } from '../nodeFileHost';

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

const host = createNodeFileHost();

export async function writeFileAtomic(path: string, data: Buffer | string, options: AtomicWriteOptions = {}): Promise<void> {
  try {
    await host.writeAtomic(path, data, options);
  } catch (error) {
    if (error instanceof FileHostError && error.code === 'exists') throw new FileExistsError(path);
    throw error;
  }
}

/** True when something (a file, folder or link) stands at `path`. */
export async function pathExists(path: string): Promise<boolean> {
  return host.exists(path);
}
