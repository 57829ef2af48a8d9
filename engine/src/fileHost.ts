/**
 * What the engine may do with files, as one small interface the face injects (the idea of taplo's
 * `Environment`): the engine decides, the host only reads, lists and writes. `nodeFileHost.ts` is the
 * host for the CLI, the server and the client; `memoryFileHost.ts` is the host for tests.
 */

export type EntryKind = 'file' | 'directory' | 'symlink' | 'other';

export interface FileStat {
  /** After following symbolic links: 'other' is a FIFO, socket or device. */
  readonly kind: Exclude<EntryKind, 'symlink'>;
  readonly size: number;
  /** Permission bits (0o644 ...). */
  readonly mode: number;
}

export interface DirEntry {
  readonly name: string;
  /** The entry itself, without following a symbolic link. */
  readonly kind: EntryKind;
}

export interface WriteOptions {
  /** Replace an existing file (the user said so). Default false: an existing file is never replaced. */
  readonly overwrite?: boolean;
  /** Mode of a new file, e.g. 0o600 for keys and decrypted text. A replaced file keeps its own mode. */
  readonly mode?: number;
  /** Create missing parent folders. */
  readonly mkdir?: boolean;
}

export interface ReadOptions {
  /** Refuse files larger than this many bytes (FileHostError 'too-large'). */
  readonly maxBytes?: number;
}

export type FileHostErrorCode =
  /** Nothing at the path. */
  | 'not-found'
  /** The path exists but may not be read or written. */
  | 'denied'
  /** A FIFO, device, socket or folder where a regular file was needed. */
  | 'not-a-file'
  | 'too-large'
  /** A write without `overwrite` found a file already there. */
  | 'exists'
  /** Anything else (full disk, I/O error ...): `message` says what. */
  | 'io';

export class FileHostError extends Error {
  constructor(
    readonly code: FileHostErrorCode,
    readonly path: string,
    /** What is wrong, without the path ("permission denied"). */
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'FileHostError';
  }
}

export interface FileHost {
  /** A regular file's bytes (symbolic links followed). Throws FileHostError. */
  read(path: string, options?: ReadOptions): Promise<Buffer>;
  /** What stands at `path` (links followed), or undefined when nothing does. */
  stat(path: string): Promise<FileStat | undefined>;
  /** A folder's entries. Throws FileHostError ('denied', 'not-found' ...). */
  list(path: string): Promise<DirEntry[]>;
  /**
   * Whether anything (file, folder, link) stands at `path`. Synchronous because validation, which asks it
   * for boot-file includes, is synchronous.
   */
  exists(path: string): boolean;
  /**
   * Writes through a temporary file in the same folder that takes the final name in one step; the
   * temporary file is removed on every failure. Throws FileHostError ('exists' without `overwrite`).
   */
  writeAtomic(path: string, data: Buffer | string, options?: WriteOptions): Promise<void>;
  /** Removes a file this batch wrote, to undo a batch that failed half-way. Missing files are fine. */
  remove(path: string): Promise<void>;
  /**
   * The absolute path with every symbolic link on it resolved (the file's and its folders'), so a link
   * inside a folder tree that points elsewhere can be told apart. Throws FileHostError ('not-found' ...).
   */
  realPath(path: string): Promise<string>;
}

/**
 * The disk as `disk` sees it, except that a file an editor holds reads as the editor's text (`editorText`
 * answers undefined for any other file), so the merge shows what the user sees, saved or not.
 */
export function withEditorText(disk: FileHost, editorText: (path: string) => string | undefined): FileHost {
  return {
    read: async (path, options) => {
      const text = editorText(path);
      return text !== undefined ? Buffer.from(text, 'utf8') : disk.read(path, options);
    },
    stat: (path) => disk.stat(path),
    list: (path) => disk.list(path),
    exists: (path) => disk.exists(path),
    writeAtomic: (path, data, options) => disk.writeAtomic(path, data, options),
    remove: (path) => disk.remove(path),
    realPath: (path) => disk.realPath(path),
  };
}

/** A size in words: 512 bytes, 4 KB, 50 MB. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KB`;
  return `${bytes} bytes`;
}

/** Short words for a host error, for messages ("permission denied", "not a regular file" ...). */
export function describeHostError(error: unknown): string {
  if (error instanceof FileHostError) return error.message;
  return error instanceof Error ? error.message : String(error);
}
