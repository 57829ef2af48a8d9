/**
 * A file host in memory, for tests of the file facade: POSIX paths, folders implied by the files in them,
 * and the awkward things a disk can hold (FIFOs, devices, symbolic links, unreadable folders, a full disk)
 * on demand.
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
  /** A symbolic link at `path` to `target` (absolute, or relative to the link's folder), as `ln -s` makes. */
  addSymlink(path: string, target: string): void;
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
  /** Link path to its target, absolute. */
  const links = new Map<string, string>();
  const writeLog: string[] = [];
  let failing = 0;
  let skipping = 0;
  const norm = (path: string) => posix.resolve('/', path);
  const isFolder = (path: string) => {
    const prefix = path === '/' ? '/' : `${path}/`;
    for (const key of files.keys()) if (key.startsWith(prefix)) return true;
    for (const key of links.keys()) if (key.startsWith(prefix)) return true;
    return false;
  };
  /** `path` with every link on it replaced by its target, component by component, as the kernel does. */
  const follow = (path: string): string => {
    let rest = norm(path).split('/').filter(Boolean);
    let current = '/';
    for (let hops = 0; rest.length > 0; ) {
      const next = posix.join(current, rest[0]);
      const target = links.get(next);
      if (target === undefined) {
        current = next;
        rest = rest.slice(1);
      } else if (++hops > 40) {
        throw new FileHostError('io', path, 'too many levels of symbolic links');
      } else {
        rest = [...target.split('/').filter(Boolean), ...rest.slice(1)];
        current = '/';
      }
    }
    return current;
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
    addSymlink(path, target) {
      const at = norm(path);
      links.set(at, posix.resolve(posix.dirname(at), target));
    },
    denyFolder(folder) {
      denied.add(norm(folder));
    },
    failWrites(count, skip = 0) {
      failing = count;
      skipping = skip;
    },

    async read(path: string, options: ReadOptions = {}): Promise<Buffer> {
      const at = follow(path);
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
      const at = follow(path);
      const node = files.get(at);
      if (node) return { kind: node.kind, size: node.data.length, mode: node.mode };
      return isFolder(at) ? { kind: 'directory', size: 0, mode: 0o755 } : undefined;
    },

    async list(path: string): Promise<DirEntry[]> {
      const at = follow(path);
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
      for (const key of links.keys()) {
        if (!key.startsWith(prefix)) continue;
        const rest = key.slice(prefix.length);
        const slash = rest.indexOf('/');
        const name = slash < 0 ? rest : rest.slice(0, slash);
        entries.set(name, { name, kind: slash >= 0 ? 'directory' : 'symlink' });
      }
      return [...entries.values()];
    },

    exists(path: string): boolean {
      if (links.has(norm(path))) return true;
      try {
        const at = follow(path);
        return files.has(at) || isFolder(at);
      } catch {
        return false; // a loop of links
      }
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

    async realPath(path: string): Promise<string> {
      const at = follow(path);
      if (!files.has(at) && !isFolder(at)) throw new FileHostError('not-found', norm(path), 'no such file or folder');
      return at;
    },
  };
  return host;
}
