/**
 * A file host in memory, for tests of the file facade: POSIX paths, folders implied by the files in them,
 * and the awkward things a disk can hold (FIFOs, devices, unreadable folders, a full disk) on demand.
 */
import { posix } from 'node:path';
import { FileHostError, formatBytes, type DirEntry, type FileHost, type FileStat, type ReadOptions, type WriteOptions } from './fileHost';

interface Node {
  kind: 'file' | 'other';
  data: Buffer;
  mode: number;
}

export interface MemoryFileHost extends FileHost {
  /** Every file's text, by path (for assertions). */
  readonly files: ReadonlyMap<string, Node>;
  /** A FIFO or device at `path`. */
  addSpecial(path: string): void;
  /** Listing `folder` fails with "permission denied". */
  denyFolder(folder: string): void;
  /** After `skip` more successful writes, the next `count` writes fail as if the disk were full. */
  failWrites(count: number, skip?: number): void;
  /** Paths ever written (temporary files included), in order. */
  readonly writeLog: readonly string[];
}

export function createMemoryFileHost(initial: Readonly<Record<string, string | Buffer>> = {}): MemoryFileHost {
  const files = new Map<string, Node>();
  const denied = new Set<string>();
  const writeLog: string[] = [];
  let failing = 0;
  let skipping = 0;
  const norm = (path: string) => posix.resolve('/', path);
  const isFolder = (path: string) => {
    const prefix = path === '/' ? '/' : `${path}/`;
    for (const key of files.keys()) if (key.startsWith(prefix)) return true;
    return false;
  };
  for (const [path, content] of Object.entries(initial)) {
    files.set(norm(path), { kind: 'file', data: Buffer.from(content), mode: 0o644 });
  }

  const host: MemoryFileHost = {
    files,
    writeLog,
    addSpecial(path) {
      files.set(norm(path), { kind: 'other', data: Buffer.alloc(0), mode: 0o644 });
    },
    denyFolder(folder) {
      denied.add(norm(folder));
    },
    failWrites(count, skip = 0) {
      failing = count;
      skipping = skip;
    },

    async read(path: string, options: ReadOptions = {}): Promise<Buffer> {
      const at = norm(path);
      const node = files.get(at);
      if (!node) {
        if (isFolder(at)) throw new FileHostError('not-a-file', at, `this is a folder, not a file`);
        throw new FileHostError('not-found', at, `no such file or folder`);
      }
      if (node.kind !== 'file') throw new FileHostError('not-a-file', at, `not a regular file (a FIFO, socket or device); not read`);
      if (options.maxBytes !== undefined && node.data.length > options.maxBytes) {
        throw new FileHostError('too-large', at, `${formatBytes(node.data.length)}, over the ${formatBytes(options.maxBytes)} limit; not read`);
      }
      return Buffer.from(node.data);
    },

    async stat(path: string): Promise<FileStat | undefined> {
      const at = norm(path);
      const node = files.get(at);
      if (node) return { kind: node.kind, size: node.data.length, mode: node.mode };
      return isFolder(at) ? { kind: 'directory', size: 0, mode: 0o755 } : undefined;
    },

    async list(path: string): Promise<DirEntry[]> {
      const at = norm(path);
      if (denied.has(at)) throw new FileHostError('denied', at, `permission denied`);
      if (!isFolder(at)) throw new FileHostError('not-found', at, `no such file or folder`);
      const prefix = at === '/' ? '/' : `${at}/`;
      const entries = new Map<string, DirEntry>();
      for (const [key, node] of files) {
        if (!key.startsWith(prefix)) continue;
        const rest = key.slice(prefix.length);
        const slash = rest.indexOf('/');
        const name = slash < 0 ? rest : rest.slice(0, slash);
        entries.set(name, { name, kind: slash >= 0 ? 'directory' : node.kind });
      }
      return [...entries.values()];
    },

    exists(path: string): boolean {
      const at = norm(path);
      return files.has(at) || isFolder(at);
    },

    async writeAtomic(path: string, data: Buffer | string, options: WriteOptions = {}): Promise<void> {
      const at = norm(path);
      if (!options.mkdir && posix.dirname(at) !== '/' && !isFolder(posix.dirname(at))) {
        throw new FileHostError('not-found', at, `no such file or folder`);
      }
      const existing = files.get(at);
      if (existing && !options.overwrite) throw new FileHostError('exists', at, 'already exists');
      writeLog.push(at);
      if (skipping > 0) skipping--;
      else if (failing > 0) {
        failing--;
        throw new FileHostError('io', at, `no space left on the device`);
      }
      const mode = existing?.kind === 'file' ? existing.mode : (options.mode ?? 0o644);
      files.set(at, { kind: 'file', data: Buffer.from(data), mode });
    },

    async remove(path: string): Promise<void> {
      files.delete(norm(path));
    },
  };
  return host;
}
