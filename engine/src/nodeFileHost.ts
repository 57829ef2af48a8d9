/**
 * The file host on Node (CLI, language server, VS Code client): the only engine module that touches
 * `node:fs`. Reads take regular files only, with a size cap checked on the open handle, so a `*.cfg`
 * symlink to `/dev/zero` or a FIFO is refused instead of eating memory or hanging. Writes are atomic: a
 * temporary file in the same folder, flushed, then renamed (or hard-linked, which claims a new name
 * without racing another writer); the temporary file is removed on every failure.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, openSync, promises as nodeFs, readSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { FileHostError, formatBytes, type DirEntry, type FileHost, type FileHostErrorCode, type FileStat, type ReadOptions, type WriteOptions } from './fileHost';

type Fs = typeof nodeFs;

function codeOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** A node:fs error as a FileHostError with plain words. */
export function hostError(error: unknown, path: string): FileHostError {
  if (error instanceof FileHostError) return error;
  const code = codeOf(error);
  const map: Record<string, [FileHostErrorCode, string]> = {
    ENOENT: ['not-found', 'no such file or folder'],
    ENOTDIR: ['not-found', 'a part of the path is not a folder'],
    EACCES: ['denied', 'permission denied'],
    EPERM: ['denied', 'operation not permitted'],
    EISDIR: ['not-a-file', 'this is a folder, not a file'],
    EEXIST: ['exists', 'already exists'],
    ENOSPC: ['io', 'no space left on the device'],
    EDQUOT: ['io', 'disk quota exceeded'],
    EROFS: ['denied', 'read-only file system'],
  };
  const [kind, words] = (code !== undefined ? map[code] : undefined) ?? ['io', error instanceof Error ? error.message : String(error)];
  return new FileHostError(kind, path, words);
}

/** How a host reads. */
export interface NodeFileHostOptions {
  /**
   * Read with blocking calls instead of round trips through libuv's thread pool. For a process that does
   * nothing else while it reads, such as the CLI's lint and its workers: a fleet lint reads thousands of
   * small files, and four pool round trips per file cost more than the read itself. Never in the editor.
   */
  readonly blockingReads?: boolean;
}

// O_NONBLOCK: opening a FIFO must not wait for a writer; regular files ignore the flag.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** The four steps of a read, on a handle (through the thread pool) or a descriptor (blocking). */
interface ReadSteps<File> {
  open(path: string): Promise<File> | File;
  stat(file: File): Promise<Stats> | Stats;
  read(file: File, buffer: Buffer, offset: number, length: number): Promise<number> | number;
  close(file: File): Promise<void> | void;
}

function handleSteps(fs: Fs): ReadSteps<nodeFs.FileHandle> {
  return {
    open: (path) => fs.open(path, READ_FLAGS),
    stat: (handle) => handle.stat(),
    read: async (handle, buffer, offset, length) => (await handle.read(buffer, offset, length, null)).bytesRead,
    close: (handle) => handle.close(),
  };
}

const DESCRIPTOR_STEPS: ReadSteps<number> = {
  open: (path) => openSync(path, READ_FLAGS),
  stat: (fd) => fstatSync(fd),
  read: (fd, buffer, offset, length) => readSync(fd, buffer, offset, length, null),
  close: (fd) => closeSync(fd),
};

/** A regular file's bytes, refused past `maxBytes` (checked on the open file, and again while reading). */
async function readCapped<File>(steps: ReadSteps<File>, path: string, options: ReadOptions): Promise<Buffer> {
  let file: File;
  try {
    file = await steps.open(path);
  } catch (error) {
    throw hostError(error, path);
  }
  try {
    const info = await steps.stat(file);
    if (info.isDirectory()) throw new FileHostError('not-a-file', path, `this is a folder, not a file`);
    if (!info.isFile()) throw new FileHostError('not-a-file', path, `not a regular file (a FIFO, socket or device); not read`);
    const limit = options.maxBytes ?? Number.MAX_SAFE_INTEGER;
    if (info.size > limit) throw tooLarge(path, info.size, limit);
    // Read at most one byte past the cap: a file that grows while being read is still bounded. One buffer
    // of the stated size plus that byte; a regular file's short read means its end, so a file that did not
    // change is read with one call (a fleet lint reads thousands of files).
    const want = Math.min(info.size, limit) + 1;
    let buffer = Buffer.alloc(want);
    let total = 0;
    for (;;) {
      if (total === buffer.length) buffer = Buffer.concat([buffer, Buffer.alloc(Math.min(buffer.length, 1 << 20))]);
      const room = buffer.length - total;
      const bytesRead = await steps.read(file, buffer, total, room);
      total += bytesRead;
      if (total > limit) throw tooLarge(path, total, limit);
      if (bytesRead < room) break;
    }
    return buffer.subarray(0, total);
  } catch (error) {
    throw hostError(error, path);
  } finally {
    await steps.close(file);
  }
}

export function createNodeFileHost(fs: Fs = nodeFs, options: NodeFileHostOptions = {}): FileHost {
  const steps: ReadSteps<nodeFs.FileHandle> | ReadSteps<number> = options.blockingReads ? DESCRIPTOR_STEPS : handleSteps(fs);
  return {
    read(path: string, readOptions: ReadOptions = {}): Promise<Buffer> {
      return readCapped(steps as ReadSteps<unknown>, path, readOptions);
    },

    async stat(path: string): Promise<FileStat | undefined> {
      try {
        const info = await fs.stat(path);
        return { kind: info.isFile() ? 'file' : info.isDirectory() ? 'directory' : 'other', size: info.size, mode: info.mode & 0o7777 };
      } catch (error) {
        if (codeOf(error) === 'ENOENT' || codeOf(error) === 'ENOTDIR') return undefined;
        throw hostError(error, path);
      }
    },

    async list(path: string): Promise<DirEntry[]> {
      try {
        const entries = await fs.readdir(path, { withFileTypes: true });
        return entries.map((entry) => ({
          name: entry.name,
          kind: entry.isFile() ? 'file' : entry.isDirectory() ? 'directory' : entry.isSymbolicLink() ? 'symlink' : 'other',
        }));
      } catch (error) {
        throw hostError(error, path);
      }
    },

    exists(path: string): boolean {
      try {
        lstatSync(path);
        return true;
      } catch {
        return false;
      }
    },

    writeAtomic: (path, data, options) => writeAtomic(fs, path, data, options),

    async realPath(path: string): Promise<string> {
      try {
        return await fs.realpath(path);
      } catch (error) {
        throw hostError(error, path);
      }
    },

    async remove(path: string): Promise<void> {
      try {
        await fs.rm(path, { force: true });
      } catch (error) {
        throw hostError(error, path);
      }
    },
  };
}

function tooLarge(path: string, size: number, limit: number): FileHostError {
  return new FileHostError('too-large', path, `${formatBytes(size)}, over the ${formatBytes(limit)} limit; not read`);
}

async function writeAtomic(fs: Fs, path: string, data: Buffer | string, options: WriteOptions = {}): Promise<void> {
  const dir = dirname(path);
  const exists = () => fs.lstat(path).then(() => true, () => false);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    if (options.mkdir) await fs.mkdir(dir, { recursive: true });
    let mode = options.mode ?? 0o666;
    let keepMode = false;
    if (options.overwrite) {
      const replaced = await fs.stat(path).catch(() => undefined);
      if (replaced?.isFile()) {
        mode = replaced.mode & 0o7777;
        keepMode = true;
      }
    } else if (await exists()) {
      throw new FileHostError('exists', path, 'already exists');
    }
    const handle = await fs.open(temp, 'wx', mode);
    created = true;
    try {
      // The umask narrows a new file's mode; a replaced file keeps exactly the mode it had.
      if (keepMode) await handle.chmod(mode);
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.overwrite) {
      await fs.rename(temp, path);
      created = false;
      return;
    }
    try {
      await fs.link(temp, path);
    } catch (error) {
      const code = codeOf(error);
      if (code === 'EEXIST') throw new FileHostError('exists', path, 'already exists');
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS' && code !== 'EXDEV') throw error;
      // File systems without hard links: a last check, then rename.
      if (await exists()) throw new FileHostError('exists', path, 'already exists');
      await fs.rename(temp, path);
      created = false;
    }
  } catch (error) {
    throw hostError(error, path);
  } finally {
    if (created) await fs.rm(temp, { force: true }).catch(() => undefined);
  }
}
