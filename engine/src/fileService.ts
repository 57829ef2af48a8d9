/**
 * The engine's file facade: every job that reads or writes configuration files, over one injected
 * FileHost (fileHost.ts). The CLI, the server and the client call this instead of reading files, trying
 * keys or planning outputs themselves, so each job is written once:
 *
 * - openConfig: plain text, AES or RSA, with the `_Security.enc` beside the file, given and stored keys,
 *   then a key-source callback that may ask the user;
 * - planEncrypt / writeEncrypt: the whole plan checked before anything is written, then written all or
 *   nothing;
 * - planMerge / merge: the partner files of a merge, with boot-file includes confined to the boot file's
 *   folder tree;
 * - collectFleetFiles: the Yealink files under folders, regular files only, with a size cap, unreadable
 *   folders reported while the walk goes on.
 */
import { basename, dirname, isAbsolute, join, normalize, resolve } from 'node:path';
import { CryptoError, WRONG_KEY_MESSAGE } from './crypto/errors';
import { detectAndRead, type Detection } from './crypto/detect';
import { aesKeyTxt, assertEncryptable, decryptFile, encryptFile, type Decrypted, type EncryptMode, type KeyMaterial } from './crypto/fileCrypto';
import { assertValidKey } from './crypto/keys';
import { encodeSecurityFile, securityFileNameFor } from './crypto/securityFile';
import { FileHostError, formatBytes, type FileHost } from './fileHost';
import { classifyFile, isBootKind, isYealinkFile, YEALINK_SNIFF_LENGTH } from './fileKind';
import { merge as mergeTexts, type MergeInput, type MergeOptions, type MergeResult } from './merge/merge';
import { insideFolder } from './includes';
import { bootIncludes, planMerge as planPartners, type MergePlan, type PartnerSlot } from './merge/partners';
import { readText, type TextEncoding } from './plainText';

import { createNodeFileHost, type NodeFileHostOptions } from './nodeFileHost';

// What the faces need besides the FileService itself, so they import the engine only through its facades.
export type { FileHost } from './fileHost';
export { FileHostError, withEditorText } from './fileHost';
export { writeFileAtomic } from './crypto/atomicWrite';
export { createMemoryFileHost } from './memoryFileHost';
export type { KeyMaterial, EncryptMode } from './crypto/fileCrypto';
export { CryptoError } from './crypto/errors';
export { checkKey, generateKey, KEY_SPECIALS } from './crypto/keys';
export { securityFileNameFor } from './crypto/securityFile';
export { mergeToJson, renderMergeCfg } from './merge/render';
export { renderPreview, type PreviewView } from './merge/preview';
export type { MergeInput, MergeResult } from './merge/merge';
export type { Ambiguity, MergePlan, PartnerSlot } from './merge/partners';
// The preview's "add the include line" offer; the plan itself comes from FileService.planMerge (the server).
export { includeLineFor } from './merge/partners';
export type { Detection } from './crypto/detect';
export { isYealinkFile, YEALINK_SNIFF_LENGTH } from './fileKind';

/** The file service on the local disk (CLI, language server, VS Code client). */
export function nodeFileService(options: NodeFileHostOptions = {}): FileService {
  return new FileService(createNodeFileHost(undefined, options));
}

/** No real CFG is anywhere near this size; larger files are refused rather than read into memory. */
export const MAX_CONFIG_BYTES = 50 * 1024 * 1024;

/** What went wrong in a facade job; `code` lets faces choose exit codes and wording. */
export class FileServiceError extends Error {
  constructor(
    readonly code: 'plan' | 'source' | 'exists' | 'cancelled' | 'io',
    message: string,
    /** Paths the message is about (existing outputs, colliding paths). */
    readonly paths: readonly string[] = [],
  ) {
    super(message);
    this.name = 'FileServiceError';
  }
}

// ------------------------------------------------------------------ reading

/** A configuration file's bytes and their text, without decrypting anything. */
export interface ConfigText {
  readonly path: string;
  readonly bytes: Buffer;
  /** The text in its own encoding; for binary or encrypted bytes, a UTF-8 reading (the parser reports those). */
  readonly text: string;
  /** Set when the bytes are text. */
  readonly encoding?: TextEncoding;
  readonly detection: Detection;
}

/** An opened (decrypted when needed) configuration. */
export interface OpenedConfig extends ConfigText {
  readonly plain: Buffer;
  readonly via: Decrypted['via'];
  /** Right key, unusual text; a damaged `_Security.enc` beside the file that other keys got past. */
  readonly notes: readonly string[];
  /** The key material that opened an encrypted file, so a preview can reuse it (kept in memory only). */
  readonly material?: KeyMaterial;
}

/** What the key-source callback is asked for. It returns key material, or undefined to give up. */
export interface KeyRequest {
  readonly path: string;
  readonly encryption: 'compat-encrypted' | 'rsa-encrypted';
  /** 1 for the first question about this file, then 2, 3 ... after wrong answers. */
  readonly attempt: number;
  /** Why the previous answer (or the automatic keys) did not open the file. */
  readonly problem: string;
}

export type KeySource = (request: KeyRequest) => Promise<KeyMaterial | undefined>;

export interface OpenOptions {
  /** Keys the user gave for this job (`key`, `privateKeyPem`, `securityFile`), then stored keys (`candidates`). */
  readonly keys?: KeyMaterial;
  /** Try the `<name>_Security.enc` beside the file (default true, unless `keys.securityFile` is given). */
  readonly securityFileBeside?: boolean;
  /** Asked when no automatic key opens the file; undefined from it cancels (FileServiceError 'cancelled'). */
  readonly askKey?: KeySource;
}

function decodeText(bytes: Buffer): { text: string; encoding?: TextEncoding } {
  const verdict = readText(bytes);
  return verdict.ok ? { text: verdict.text, encoding: verdict.encoding } : { text: bytes.toString('utf8') };
}

export class FileService {
  constructor(
    readonly host: FileHost,
    private readonly maxBytes: number = MAX_CONFIG_BYTES,
  ) {}

  /** Reads a file (regular files only, size-capped) and decodes its text; nothing is decrypted. */
  async readConfig(path: string): Promise<ConfigText> {
    const bytes = await this.host.read(path, { maxBytes: this.maxBytes });
    // Plain text is decoded once, by the detection; only other files (encrypted, binary) are decoded again here.
    const { detection, text: read } = detectAndRead(bytes);
    const { text, encoding } = read ?? decodeText(bytes);
    return { path, bytes, text, encoding, detection };
  }

  /**
   * Opens a configuration: plain files as they are; encrypted ones with the given key, the `_Security.enc`
   * beside the file, the stored keys, then `askKey` until it opens or the callback gives up. Throws
   * CryptoError (wrong key, truncated, damaged envelope ...), FileHostError or FileServiceError('cancelled').
   */
  async openConfig(path: string, options: OpenOptions = {}): Promise<OpenedConfig> {
    const config = await this.readConfig(path);
    const kind = config.detection.kind;
    if (kind !== 'compat-encrypted' && kind !== 'rsa-encrypted') {
      if (kind === 'unknown-binary') throw new CryptoError('truncated', config.detection.description);
      return { ...config, plain: config.bytes, via: 'none', notes: [] };
    }
    const given = options.keys ?? {};
    let securityFile = given.securityFile;
    let besideUsed = false;
    if (securityFile === undefined && options.securityFileBeside !== false && kind === 'compat-encrypted') {
      securityFile = await this.readOptional(securityFileNameFor(path));
      besideUsed = securityFile !== undefined;
    }
    const automatic: KeyMaterial = { ...given, securityFile };
    let problem: string;
    try {
      return this.opened(config, decryptFile(config.bytes, automatic), automatic, besideUsed);
    } catch (error) {
      if (!(error instanceof CryptoError) || !options.askKey) throw error;
      if (error.code !== 'wrong-key' && error.code !== 'unsupported' && error.code !== 'bad-security-file' && error.code !== 'invalid-key') throw error;
      problem = error.message;
    }
    for (let attempt = 1; ; attempt++) {
      const material = await options.askKey({ path, encryption: kind, attempt, problem });
      if (material === undefined) throw new FileServiceError('cancelled', `${basename(path)}: encrypted, and no key was given`, [path]);
      try {
        return this.opened(config, decryptFile(config.bytes, material), material, false);
      } catch (error) {
        if (!(error instanceof CryptoError)) throw error;
        problem = error.message;
      }
    }
  }

  private opened(config: ConfigText, result: Decrypted, material: KeyMaterial, besideUsed: boolean): OpenedConfig {
    const { text, encoding } = decodeText(result.plain);
    const notes = [...result.notes];
    if (result.securityFileProblem) notes.push(`${besideUsed ? `${basename(securityFileNameFor(config.path))} beside the file` : 'the _Security.enc file'} was not used: ${result.securityFileProblem}`);
    if (result.via === 'security-file' && besideUsed) notes.push(`opened with ${basename(securityFileNameFor(config.path))}`);
    return { ...config, plain: result.plain, text, encoding, via: result.via, notes, material };
  }

  private async readOptional(path: string): Promise<Buffer | undefined> {
    try {
      return await this.host.read(path, { maxBytes: 1024 });
    } catch {
      return undefined;
    }
  }

  // ------------------------------------------------------------------ encrypt

  /**
   * Plans an encryption batch: reads and encrypts every source in memory, names every output, and checks
   * the plan as a whole before anything is written. Refused (FileServiceError 'plan'): two outputs with one
   * name, an output, security file or key list that is a source or another planned file, a source that is
   * empty, already encrypted or not text. Existing outputs are listed in `existing`, for the face to ask.
   */
  async planEncrypt(request: EncryptRequest): Promise<EncryptPlan> {
    if (request.sources.length === 0) throw new FileServiceError('plan', 'no files to encrypt');
    assertValidKey(request.key);
    const sources = request.sources.map((s) => resolve(s));
    const writes: PlannedWrite[] = [];
    const encrypted: string[] = [];
    for (const source of sources) {
      const target = outputFor(source, request.output, sources.length);
      encrypted.push(target);
    }
    checkDistinct(sources, encrypted);
    for (let i = 0; i < sources.length; i++) {
      let plain: Buffer;
      try {
        plain = await this.host.read(sources[i], { maxBytes: this.maxBytes });
      } catch (error) {
        throw new FileServiceError('io', `cannot read ${request.sources[i]}: ${error instanceof Error ? error.message : String(error)}`, [sources[i]]);
      }
      try {
        assertEncryptable(plain);
        writes.push({ path: encrypted[i], data: encryptFile(plain, request.key, request.mode ?? { mode: 'compat' }), role: 'encrypted', source: sources[i] });
      } catch (error) {
        if (error instanceof CryptoError) throw new FileServiceError('source', `${request.sources[i]}: ${error.message}`, [sources[i]]);
        throw error;
      }
      if (request.securityFiles) writes.push({ path: securityFileNameFor(encrypted[i]), data: encodeSecurityFile(request.key), role: 'security-file', source: sources[i] });
    }
    if (request.securityFile !== undefined) {
      writes.push({ path: resolve(request.securityFile), data: encodeSecurityFile(request.key), role: 'security-file' });
    }
    if (request.aesKeyTxt !== undefined) {
      const path = request.aesKeyTxt === true ? join(dirname(encrypted[0]), 'Aeskey.txt') : resolve(request.aesKeyTxt);
      const lines = aesKeyTxt(encrypted.map((file) => ({ file: basename(file), key: request.key })));
      writes.push({ path, data: Buffer.from(lines), role: 'aeskey-txt', mode: 0o600 });
    }
    checkNoCollision(sources, writes);
    const existing = writes.map((w) => w.path).filter((p) => this.host.exists(p));
    return { writes, existing };
  }

  /**
   * Writes a plan all or nothing: without `overwrite`, nothing is written when any output exists; when a
   * write fails half-way, the files written so far are removed and the replaced ones restored.
   */
  async writeEncrypt(plan: EncryptPlan, options: { overwrite?: boolean; mkdir?: boolean } = {}): Promise<string[]> {
    return this.writeAll(plan.writes, options);
  }

  /** Writes several files all or nothing (see writeEncrypt). */
  async writeAll(writes: readonly PlannedWrite[], options: { overwrite?: boolean; mkdir?: boolean } = {}): Promise<string[]> {
    const existing = writes.map((w) => w.path).filter((p) => this.host.exists(p));
    if (existing.length > 0 && !options.overwrite) {
      throw new FileServiceError('exists', `not replacing existing file${existing.length > 1 ? 's' : ''}: ${existing.join(', ')}`, existing);
    }
    const previous = new Map<string, Buffer>();
    for (const path of existing) previous.set(path, await this.host.read(path));
    const written: string[] = [];
    try {
      for (const write of writes) {
        await this.host.writeAtomic(write.path, write.data, { overwrite: options.overwrite, mode: write.mode, mkdir: options.mkdir });
        written.push(write.path);
      }
    } catch (error) {
      for (const path of written.reverse()) {
        const old = previous.get(path);
        await (old !== undefined ? this.host.writeAtomic(path, old, { overwrite: true }) : this.host.remove(path)).catch(() => undefined);
      }
      if (error instanceof FileHostError && error.code === 'exists') {
        throw new FileServiceError('exists', `${error.path} appeared meanwhile; nothing was written`, [error.path]);
      }
      throw error;
    }
    return written;
  }

  /**
   * Writes decrypted text: 0600 for a new file (plaintext may hold passwords); a replaced file keeps its
   * mode. Never replaces without `overwrite`, never writes over the encrypted source.
   */
  async writeDecrypted(source: string, out: string, plain: Buffer, options: { overwrite?: boolean } = {}): Promise<void> {
    if (samePathKey(source, out)) throw new FileServiceError('plan', 'the output would replace the encrypted source', [out]);
    try {
      await this.host.writeAtomic(resolve(out), plain, { overwrite: options.overwrite, mode: 0o600 });
    } catch (error) {
      if (error instanceof FileHostError && error.code === 'exists') throw new FileServiceError('exists', `${out} exists; not replaced`, [out]);
      throw error;
    }
  }

  // ------------------------------------------------------------------ merge

  /**
   * The partners of a merge around `anchor` (see merge/partners.ts). The listing defaults to the anchor's
   * folder. Read through the host (plain text only): the boot files, for their includes, and the anchor and
   * its MAC files, for a `# yealink: model=` comment. The language server answers the editor's preview with
   * this, so reading thousands of boot files never holds up the extension host.
   */
  async planMerge(anchor: string, options: MergePlanOptions = {}): Promise<MergePlan> {
    const listing = options.listing ?? (await this.listFolder(dirname(anchor)));
    const mac = classifyFile(anchor).mac;
    const wanted = new Set<string>([anchor]);
    for (const path of listing) {
      const role = classifyFile(path);
      if (isBootKind(role.kind) || (mac !== undefined && role.mac === mac)) wanted.add(path);
    }
    if (options.choices?.mac) wanted.add(options.choices.mac);
    const texts = new Map<string, string>();
    for (const path of wanted) {
      try {
        const config = await this.readConfig(path);
        if (config.encoding !== undefined) texts.set(path, config.text);
      } catch {
        /* an unreadable file counts as absent */
      }
    }
    const planOptions = { readText: (p: string) => texts.get(p), model: options.model, choices: options.choices, outputFolder: options.outputFolder };
    const plan = planPartners(anchor, listing, planOptions);
    // Lexically inside is not enough: an include may be a link out of the tree. Planned again without those.
    const escaping = new Set<string>();
    for (const include of plan.includes ?? []) {
      if (plan.boot && include.resolved !== undefined && (await this.escapesFolder(dirname(plan.boot), include.resolved))) escaping.add(include.resolved);
    }
    return escaping.size === 0 ? plan : planPartners(anchor, listing, { ...planOptions, escapes: (_boot, resolved) => escaping.has(resolved) });
  }

  /**
   * Whether `path`, with symbolic links resolved, lies outside `folder`'s real tree: a boot file's include
   * that is a link to `/etc` or `../secret.cfg` is refused like the path itself would be. A path that does
   * not resolve is left to the reading, which reports it.
   */
  private async escapesFolder(folder: string, path: string): Promise<boolean> {
    let real: string;
    let realFolder: string;
    try {
      [realFolder, real] = await Promise.all([this.host.realPath(folder), this.host.realPath(path)]);
    } catch {
      return false;
    }
    return !insideFolder(realFolder, real);
  }

  private async listFolder(folder: string): Promise<string[]> {
    try {
      return (await this.host.list(folder))
        .filter((entry) => entry.kind !== 'directory' && /\.(cfg|boot)$/i.test(entry.name))
        .map((entry) => join(folder, entry.name));
    } catch {
      return [];
    }
  }

  /**
   * Merges files in the given order (a later value wins). A boot file among them brings its overwrite_mode
   * and its include:config files, in order, confined to its folder tree. Encrypted inputs are opened with
   * openConfig. Problems (an include outside the tree, a missing include, a file that does not open) are
   * returned, not thrown, so the face can report them all.
   */
  async merge(paths: readonly string[], options: MergeFilesOptions = {}): Promise<MergedFiles> {
    const texts = new Map<string, string>();
    const problems: MergeProblem[] = [];
    const notes: string[] = [];
    const open = async (path: string): Promise<boolean> => {
      if (texts.has(path)) return true;
      try {
        const opened = await this.openConfig(path, { keys: options.keys, askKey: options.askKey });
        texts.set(path, opened.text);
        for (const note of opened.notes) notes.push(`${options.display?.(path) ?? path}: ${note}`);
        return true;
      } catch (error) {
        if (error instanceof FileServiceError && error.code === 'cancelled') throw error;
        const wrongKey = error instanceof CryptoError && error.code === 'wrong-key';
        const kind = error instanceof CryptoError ? (wrongKey ? 'wrong-key' : 'crypto') : 'unreadable';
        problems.push({ path, kind, message: error instanceof Error ? error.message : String(error) });
        return false;
      }
    };
    const order: string[] = [];
    const seen = new Set<string>();
    const add = (path: string) => {
      const key = normalize(path);
      if (!seen.has(key)) {
        seen.add(key);
        order.push(path);
      }
    };
    for (const given of paths) {
      const path = resolve(given);
      if (!(await open(path))) continue;
      add(path);
      if (!isBootKind(classifyFile(path).kind)) continue;
      const includes = bootIncludes(path, { readText: (p) => texts.get(p) ?? (p === path ? undefined : this.peek(p)), model: options.model });
      for (const include of includes) {
        if (!include.applied) continue;
        if (include.outside || (include.resolved !== undefined && (await this.escapesFolder(dirname(path), include.resolved)))) {
          problems.push({ path, kind: 'outside', message: `include ${include.path} points outside the boot file's folder; not followed` });
        } else if (include.resolved === undefined) {
          problems.push({ path, kind: 'missing-include', message: `include ${include.path} not found; skipped` });
        } else if (await open(include.resolved)) {
          add(include.resolved);
        }
      }
    }
    const inputs: MergeInput[] = order.map((path) => ({ file: options.display?.(path) ?? path, text: texts.get(path) ?? '' }));
    return { order, result: mergeTexts(inputs, options.merge), problems, notes };
  }

  /** Whether an include target exists as a file, for bootIncludes (which only needs to know it is there). */
  private peek(path: string): string | undefined {
    return this.host.exists(path) ? '' : undefined;
  }

  // ------------------------------------------------------------------ fleet

  /**
   * The Yealink files under the given files and folders, as text. Folders are walked (dot-folders and
   * node_modules skipped; symbolic links to files followed, to folders not, so a loop cannot trap the
   * walk); only regular `.cfg`/`.boot` files that pass the "is this a Yealink file" rule (fileKind.ts) are
   * read. Files named on the command line are read whatever their name. Unreadable folders, FIFOs, devices
   * and files over the size cap are reported in `problems`, and the walk goes on. Holds every file in
   * memory: a fleet-sized job walks with walkFleet and reads with readFleetFile one file at a time instead.
   */
  async collectFleetFiles(roots: readonly string[]): Promise<FleetFiles> {
    const files: ConfigText[] = [];
    const problems: FleetProblem[] = [];
    const skipped: string[] = [];
    for await (const entry of this.walkFleet(roots)) {
      if (entry.kind === 'problem') {
        problems.push(entry.problem);
        continue;
      }
      const read = await this.readFleetFile(entry.path, entry.named);
      if (read.kind === 'file') files.push(read.config);
      else if (read.kind === 'problem') problems.push(read.problem);
      else skipped.push(read.path);
    }
    return { files, problems, skipped };
  }

  /**
   * The walk of collectFleetFiles without reading: the candidate files (and the problems met on the way)
   * in a stable order (roots as given, folder entries sorted by name), one at a time, so memory does not
   * grow with the fleet.
   */
  async *walkFleet(roots: readonly string[]): AsyncGenerator<FleetEntry> {
    const self = this;
    async function* walk(folder: string): AsyncGenerator<FleetEntry> {
      let entries;
      try {
        entries = await self.host.list(folder);
      } catch (error) {
        const reason = error instanceof FileHostError ? error.reason : String(error);
        yield { kind: 'problem', problem: { path: folder, kind: 'unreadable-folder', reason: `cannot read this folder (${reason}); its files are not checked, the others are` } };
        return;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        const child = join(folder, entry.name);
        if (entry.kind === 'directory') {
          yield* walk(child);
          continue;
        }
        if (!FLEET_FILE_NAME.test(entry.name)) continue;
        if (entry.kind === 'file') {
          yield { kind: 'file', path: child, named: false };
        } else if (entry.kind === 'symlink') {
          const target = await self.host.stat(child).catch(() => undefined);
          if (target?.kind === 'file') yield { kind: 'file', path: child, named: false };
          else if (target?.kind === 'other') yield { kind: 'problem', problem: { path: child, kind: 'not-a-file', reason: 'a link to a FIFO, socket or device, not a file; skipped' } };
        } else {
          yield { kind: 'problem', problem: { path: child, kind: 'not-a-file', reason: 'a FIFO, socket or device, not a file; skipped' } };
        }
      }
    }
    for (const root of roots) {
      const info = await this.host.stat(root).catch((error: unknown) => error);
      if (info === undefined) yield { kind: 'problem', problem: { path: root, kind: 'unreadable', reason: 'no such file or folder' } };
      else if (info instanceof Error) yield { kind: 'problem', problem: fleetProblem(root, info, this.maxBytes) };
      else if (typeof info === 'object' && info !== null && 'kind' in info && info.kind === 'directory') yield* walk(root);
      else yield { kind: 'file', path: root, named: true };
    }
  }

  /**
   * Reads one file the walk found: its text, or `not-yealink` for another `.cfg` dialect (only for files
   * the walk found, `named` ones are always read), or the problem that kept it from being read.
   */
  async readFleetFile(path: string, named: boolean): Promise<FleetRead> {
    try {
      const config = await this.readConfig(path);
      return named || isYealinkFile(path, config.text.slice(0, YEALINK_SNIFF_LENGTH)) ? { kind: 'file', config } : { kind: 'not-yealink', path };
    } catch (error) {
      return { kind: 'problem', problem: fleetProblem(path, error, this.maxBytes) };
    }
  }
}

const FLEET_FILE_NAME = /\.(cfg|boot)$/i;

function fleetProblem(path: string, error: unknown, maxBytes: number): FleetProblem {
  if (error instanceof FileHostError && error.code === 'too-large') {
    return { path, kind: 'too-large', reason: `${error.reason}: no real CFG is near ${formatBytes(maxBytes)}, so it is not checked` };
  }
  if (error instanceof FileHostError && error.code === 'not-a-file') return { path, kind: 'not-a-file', reason: `${error.reason}; skipped` };
  return { path, kind: 'unreadable', reason: error instanceof FileHostError ? error.reason : error instanceof Error ? error.message : String(error) };
}

// ------------------------------------------------------------------ types and plan checks

export interface EncryptRequest {
  readonly sources: readonly string[];
  readonly key: string;
  readonly mode?: EncryptMode;
  /**
   * One output file (one source), or a folder: absolute, or relative to each source's folder (the editor's
   * `encrypted` setting).
   */
  readonly output: { readonly file: string } | { readonly folder: string };
  /** `<name>_Security.enc` beside each output. */
  readonly securityFiles?: boolean;
  /** One `_Security.enc` at this path. */
  readonly securityFile?: string;
  /** `Aeskey.txt` at this path, or `true` for the first output's folder. */
  readonly aesKeyTxt?: string | true;
}

export interface PlannedWrite {
  readonly path: string;
  readonly data: Buffer;
  readonly role: 'encrypted' | 'security-file' | 'aeskey-txt';
  readonly source?: string;
  readonly mode?: number;
}

export interface EncryptPlan {
  readonly writes: readonly PlannedWrite[];
  /** Planned paths where something already stands: the face asks (or needs --force). */
  readonly existing: readonly string[];
}

export interface MergePlanOptions {
  /** Files to look among (default: the anchor's folder). */
  readonly listing?: readonly string[];
  readonly model?: string;
  readonly choices?: Partial<Record<PartnerSlot, string>>;
  /** Encrypt File(s)' output folder: files in such a folder are encrypted copies, never partners. */
  readonly outputFolder?: string;
}

export interface MergeFilesOptions {
  readonly keys?: KeyMaterial;
  readonly askKey?: KeySource;
  /** Applies only the boot file's `[MODEL]include:config` lines for this model. */
  readonly model?: string;
  /** How a path is shown in the merge result and notes (e.g. relative to the working folder). */
  readonly display?: (path: string) => string;
  readonly merge?: MergeOptions;
}

export interface MergeProblem {
  readonly path: string;
  readonly kind: 'wrong-key' | 'crypto' | 'unreadable' | 'outside' | 'missing-include';
  readonly message: string;
}

export interface MergedFiles {
  readonly order: readonly string[];
  readonly result: MergeResult;
  readonly problems: readonly MergeProblem[];
  readonly notes: readonly string[];
}

export interface FleetProblem {
  readonly path: string;
  readonly kind: 'unreadable-folder' | 'unreadable' | 'not-a-file' | 'too-large';
  /** What is wrong, without the path (the face shows the path its own way). */
  readonly reason: string;
}

/** One step of a fleet walk: a file to read (`named`: given by the user, read whatever its name) or a problem. */
export type FleetEntry = { readonly kind: 'file'; readonly path: string; readonly named: boolean } | { readonly kind: 'problem'; readonly problem: FleetProblem };

/** One fleet file read: its text, another dialect's file, or why it could not be read. */
export type FleetRead =
  | { readonly kind: 'file'; readonly config: ConfigText }
  | { readonly kind: 'not-yealink'; readonly path: string }
  | { readonly kind: 'problem'; readonly problem: FleetProblem };

export interface FleetFiles {
  readonly files: readonly ConfigText[];
  readonly problems: readonly FleetProblem[];
  /** `.cfg`/`.boot` files found in a walk that are another dialect (haproxy, Asterisk), not read further. */
  readonly skipped: readonly string[];
}

/** One spelling per file: normalised and case folded, since Windows and macOS disks ignore case. */
function pathKey(path: string): string {
  return normalize(resolve(path)).toLowerCase();
}

function samePathKey(a: string, b: string): boolean {
  return pathKey(a) === pathKey(b);
}

function outputFor(source: string, output: EncryptRequest['output'], count: number): string {
  if ('file' in output) {
    if (count > 1) throw new FileServiceError('plan', 'several sources need an output folder, not one output file');
    return resolve(output.file);
  }
  const folder = output.folder.trim() === '' ? 'encrypted' : output.folder.trim();
  return join(isAbsolute(folder) ? folder : join(dirname(source), folder), basename(source));
}

/** Two sources with one name into one folder would write one output twice: refused before writing. */
function checkDistinct(sources: readonly string[], outputs: readonly string[]): void {
  const seen = new Map<string, number>();
  outputs.forEach((output, i) => {
    const earlier = seen.get(pathKey(output));
    if (earlier !== undefined) {
      throw new FileServiceError(
        'plan',
        `${sources[earlier]} and ${sources[i]} would both be written to ${output}; nothing was written (encrypt them into different folders)`,
        [output],
      );
    }
    seen.set(pathKey(output), i);
  });
}

/** Every planned path against every source and every other planned path. */
function checkNoCollision(sources: readonly string[], writes: readonly PlannedWrite[]): void {
  const sourceKeys = new Map(sources.map((s) => [pathKey(s), s]));
  const planned = new Map<string, PlannedWrite>();
  const words = { encrypted: 'the encrypted file', 'security-file': 'the _Security.enc file', 'aeskey-txt': 'the key list' } as const;
  for (const write of writes) {
    const key = pathKey(write.path);
    const source = sourceKeys.get(key);
    if (source !== undefined) {
      throw new FileServiceError('plan', `${words[write.role]} ${write.path} would replace the source ${source}; nothing was written (choose another path)`, [write.path]);
    }
    const other = planned.get(key);
    if (other !== undefined) {
      throw new FileServiceError('plan', `${words[write.role]} and ${words[other.role]} would both be ${write.path}; nothing was written`, [write.path]);
    }
    planned.set(key, write);
  }
}

export { WRONG_KEY_MESSAGE };
