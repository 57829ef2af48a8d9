/**
 * Diagnostics for the Yealink files of the workspace that are not open in the editor, so the Problems
 * panel covers the whole fleet. The client says which files exist and when they change; this reads them
 * through the file facade in short batches (a few milliseconds each) that hand the thread back to editor
 * requests in between, reports its progress, and leaves non-Yealink `.cfg` files alone. Each file read also
 * leaves a small index of its keys behind, for Go to Symbol in Workspace.
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { FileHostError, isYealinkFile, nodeFileService, YEALINK_SNIFF_LENGTH, type ConfigText, type FileService } from '../../engine/src/fileService';
import type { BaseVersion } from '../../engine/src/impactService';
import type { SettingsIndex, YealinkLanguageService } from '../../engine/src/languageService';
import { MAX_DIAGNOSTICS_PER_FILE } from '../../engine/src/protocol';

export interface WorkspaceFilesHost {
  readonly service: YealinkLanguageService;
  /** The file's base version (git), so YL007 follows the change; absent or undefined: no base. */
  baseFor?(uri: string): Promise<BaseVersion | undefined>;
  /** True while the editor has the document open: its live text wins over the file on disk. */
  isOpen(uri: string): boolean;
  publish(uri: string, diagnostics: Diagnostic[]): void;
  /** Starts showing the progress of a scan (the status bar); called once per scan of SCAN_PROGRESS_MIN_FILES or more. */
  startProgress?(): ScanProgress;
}

/** Where a running scan reports how far it is. */
export interface ScanProgress {
  report(done: number, total: number): void;
  done(): void;
}

/** A batch of files is checked for about this long before editor requests get their turn. */
export const SCAN_BATCH_MS = 8;
/** Smaller scans (a file saved outside the editor) finish before any progress would be seen. */
export const SCAN_PROGRESS_MIN_FILES = 20;
/** Progress reports at most this often. */
const PROGRESS_EVERY_MS = 250;

export class WorkspaceFiles {
  private readonly tracked = new Set<string>();
  /** Files for which diagnostics from disk are showing, so they can be cleared again. */
  private readonly published = new Set<string>();
  private readonly queue = new Set<string>();
  /** The keys of every Yealink file read from disk, by URI. */
  private readonly indexes = new Map<string, SettingsIndex>();
  private readonly layouts = new SharedLayouts();
  private running = false;

  constructor(
    private readonly host: WorkspaceFilesHost,
    private readonly files: FileService = nodeFileService(),
  ) {}

  /** The key index of each workspace file as last read from disk (an open document's live text is newer). */
  settingsIndexes(): IterableIterator<[string, SettingsIndex]> {
    return this.indexes.entries();
  }

  /** Replaces the set of workspace files; files no longer in it lose their diagnostics. */
  setFiles(uris: readonly string[]): void {
    const next = new Set(uris.filter((uri) => uri.startsWith('file:')));
    for (const uri of this.tracked) {
      if (!next.has(uri)) {
        this.tracked.delete(uri);
        this.clear(uri);
      }
    }
    for (const uri of next) {
      if (!this.tracked.has(uri)) {
        this.tracked.add(uri);
        this.enqueue(uri);
      }
    }
  }

  changed(uri: string): void {
    if (!uri.startsWith('file:')) return;
    this.tracked.add(uri);
    this.enqueue(uri);
  }

  deleted(uri: string): void {
    this.tracked.delete(uri);
    this.queue.delete(uri);
    this.clear(uri);
  }

  /** After settings change: every file again. */
  revalidateAll(): void {
    this.tracked.forEach((uri) => this.enqueue(uri));
  }

  /** The editor closed a document: if it is a workspace file, show its diagnostics from disk again. */
  closed(uri: string): boolean {
    if (!this.tracked.has(uri)) return false;
    this.enqueue(uri);
    return true;
  }

  private enqueue(uri: string): void {
    this.queue.add(uri);
    if (this.running) return;
    this.running = true;
    setImmediate(() => void this.drain());
  }

  private async drain(): Promise<void> {
    let done = 0;
    let progress: ScanProgress | undefined;
    let reported = 0;
    let sliceStart = performance.now();
    try {
      while (this.queue.size > 0) {
        const [uri] = this.queue;
        this.queue.delete(uri);
        await this.validateFromDisk(uri);
        done++;
        const now = performance.now();
        if (now - sliceStart < SCAN_BATCH_MS) continue;
        if (!progress && done + this.queue.size >= SCAN_PROGRESS_MIN_FILES) progress = this.host.startProgress?.();
        if (progress && now - reported >= PROGRESS_EVERY_MS) {
          progress.report(done, done + this.queue.size);
          reported = now;
        }
        // Let editor requests in between batches of a large workspace.
        await new Promise<void>((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
    } finally {
      progress?.done();
      this.running = false;
    }
  }

  private async validateFromDisk(uri: string): Promise<void> {
    if (this.host.isOpen(uri) || !this.tracked.has(uri)) return;
    let config: ConfigText;
    try {
      // Regular files only, size-capped: a `*.cfg` FIFO or link to /dev/zero must not hang or fill memory.
      config = await this.files.readConfig(fileURLToPath(uri));
    } catch (error) {
      if (error instanceof FileHostError && (error.code === 'too-large' || error.code === 'not-a-file')) {
        // Say why the file is not checked, so it is not mistaken for a clean one.
        this.host.publish(uri, [notChecked(error.code === 'too-large' ? `${error.reason}: no real CFG is near that size` : error.reason)]);
        this.published.add(uri);
      } else {
        this.clear(uri); // gone or unreadable: nothing to report about its content
      }
      return;
    }
    const text = config.text;
    if (this.host.isOpen(uri) || !this.tracked.has(uri)) return;
    if (!isYealinkFile(uri, text.slice(0, YEALINK_SNIFF_LENGTH))) {
      this.clear(uri);
      return;
    }
    const base = await this.host.baseFor?.(uri);
    if (this.host.isOpen(uri) || !this.tracked.has(uri)) return;
    const { service } = this.host;
    const doc = service.analyze(text, uri, { encoding: config.encoding });
    this.setIndex(uri, this.layouts.share(service.indexSettings(doc)));
    this.host.publish(uri, service.diagnostics(doc, uri, MAX_DIAGNOSTICS_PER_FILE, { base }));
    this.published.add(uri);
  }

  private setIndex(uri: string, index: SettingsIndex | undefined): void {
    const previous = this.indexes.get(uri);
    if (previous) this.layouts.release(previous);
    if (index) this.indexes.set(uri, index);
    else this.indexes.delete(uri);
  }

  private clear(uri: string): void {
    this.setIndex(uri, undefined);
    if (!this.published.delete(uri) || this.host.isOpen(uri)) return;
    this.host.publish(uri, []);
  }
}

/** One finding for a workspace file that is not read at all (too large, or not a regular file). */
function notChecked(reason: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Warning,
    source: 'yealink-cfg',
    message: `This file is not checked: ${reason}.`,
  };
}

/**
 * One key index per distinct layout. The MAC files of a fleet are made from a few templates, so thousands of
 * them set the same keys on the same lines; they share one index (a 10,000-file fleet would otherwise keep
 * about 100 MB of identical indexes, and the collector would walk them all the time). Counted, so a layout no
 * file has any more is dropped.
 */
class SharedLayouts {
  private readonly byHash = new Map<number, { index: SettingsIndex; users: number }[]>();

  share(index: SettingsIndex): SettingsIndex {
    const hash = layoutHash(index);
    const bucket = this.byHash.get(hash) ?? [];
    const same = bucket.find((known) => sameLayout(known.index, index));
    if (same) {
      same.users++;
      return same.index;
    }
    bucket.push({ index, users: 1 });
    this.byHash.set(hash, bucket);
    return index;
  }

  release(index: SettingsIndex): void {
    const hash = layoutHash(index);
    const bucket = this.byHash.get(hash);
    const at = bucket?.findIndex((known) => known.index === index) ?? -1;
    if (!bucket || at < 0 || --bucket[at].users > 0) return;
    bucket.splice(at, 1);
    if (bucket.length === 0) this.byHash.delete(hash);
  }
}

function layoutHash(index: SettingsIndex): number {
  let hash = index.keys.length;
  for (let i = 0; i < index.keys.length; i++) {
    const name = index.keys[i].name;
    hash = Math.imul(hash ^ name.length, 31) ^ name.charCodeAt(name.length - 1);
    hash = Math.imul(hash ^ index.lines[i], 31) ^ index.columns[i];
  }
  return hash | 0;
}

function sameLayout(a: SettingsIndex, b: SettingsIndex): boolean {
  if (a.keys.length !== b.keys.length) return false;
  for (let i = 0; i < a.keys.length; i++) {
    if (a.lines[i] !== b.lines[i] || a.columns[i] !== b.columns[i] || a.keys[i].name !== b.keys[i].name) return false;
  }
  return true;
}
