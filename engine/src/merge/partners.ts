/**
 * Finds the files that merge with a given one (lookup order and precedence: Yealink auto provisioning
 * guides, V81+ boot files; T2/T4/T5 administrator guide V84, "boot files"), from a listing
 * of file paths (same folder first, then the rest of the workspace). Lookup follows the phone: `<mac>.boot`,
 * else `y000000000000.boot`, and then the boot file's `include:config` list; without a boot file, the
 * Common CFG for the model, `<mac>.cfg`, then `<mac>-local.cfg`. When a choice is not clear (several Common
 * files, several MAC files) the plan says so and proposes the first option, so a UI can ask and call again
 * with `choices`.
 */
import { basename, dirname, isAbsolute, normalize, relative } from 'node:path';
import { findModel } from '../catalog/models';
import { analyze } from '../document';
import { classifyFile, isBootKind, type FileKind } from '../fileKind';
import { includeFile, insideFolder, isRemoteInclude } from '../includes';
import { parse } from '../parser';

/** A question a merge can raise: which boot, Common or MAC file takes part, or which model the phone is. */
export type PartnerSlot = 'boot' | 'common' | 'mac' | 'model';

export interface Ambiguity {
  readonly slot: PartnerSlot;
  /** Why there is a choice, in words for the user. */
  readonly reason: string;
  /** The candidates, best first (paths, or model names for the `model` slot); the plan uses the first unless `choices` says otherwise. */
  readonly options: readonly string[];
  /** A short description per option, same order: the models a Common file is for. */
  readonly details?: readonly string[];
}

/** Where the plan's model came from, strongest first. */
export type MergeModelSource = 'choice' | 'comment' | 'common file' | 'setting';

export interface MergeModel {
  /** One name, or several when a Common file serves several models (y000000000066.cfg: T46S, T48S ...). */
  readonly names: readonly string[];
  readonly source: MergeModelSource;
  /** The file whose comment or name gave the model. */
  readonly file?: string;
}

export interface BootInclude {
  readonly path: string;
  /** Model names of a `[T46S,T48S]include:config` line; empty for every model. */
  readonly models: readonly string[];
  /** The file in the listing, when found. */
  readonly resolved?: string;
  /** The path leaves the boot file's folder tree (`../`, an absolute path elsewhere): never followed. */
  readonly outside?: boolean;
  /** Whether the plan applies it (false for other models' lines when a model is known). */
  readonly applied: boolean;
}

export interface MergePlan {
  readonly anchor: string;
  readonly anchorKind: FileKind;
  readonly boot?: string;
  readonly includes?: readonly BootInclude[];
  readonly common?: string;
  readonly mac?: string;
  readonly macLocal?: string;
  /** The files to merge, in the order the phone applies them (a boot file first: it holds overwrite_mode). */
  readonly order: readonly string[];
  readonly ambiguities: readonly Ambiguity[];
  /** Facts the preview should show (missing includes, model-specific lines, a boot file taking over). */
  readonly notes: readonly string[];
  /** The phone model the plan assumed, when one is known. */
  readonly model?: MergeModel;
  /** A boot file takes part and does not include the anchor, so the phone never downloads the anchor. */
  readonly anchorNotIncluded?: boolean;
}


export interface PlanOptions {
  /**
   * Reads a file's text: boot files (for their includes) and the anchor and MAC file (for a
   * `# yealink: model=` comment); undefined when it cannot be read.
   */
  readonly readText?: (path: string) => string | undefined;
  /** The phone model from the settings (`T46S`): used when no comment, Common file or choice says. */
  readonly model?: string;
  /** Answers to earlier ambiguities; '' means "none" for that slot. */
  readonly choices?: Partial<Record<PartnerSlot, string>>;
  /**
   * Where Encrypt File(s) writes (relative to each source, `encrypted` by default): files in such a folder
   * are encrypted copies, never partners of their own sources.
   */
  readonly outputFolder?: string;
  /**
   * Whether an include's file is a symbolic link (or lies under one) leading out of the boot file's folder
   * tree. Only the file facade can tell (it resolves real paths through its host); such an include is
   * treated as `outside`, like `../`.
   */
  readonly escapes?: (bootPath: string, resolved: string) => boolean;
}

/** One spelling per file for lookups: normalised, case folded (provisioning servers often ignore case). */
function pathKey(path: string): string {
  return normalize(path).toLowerCase();
}

function samePath(a: string, b: string): boolean {
  return a === b || pathKey(a) === pathKey(b);
}

/** The listing as a set of normalised paths, so each lookup is one step instead of a scan of the listing. */
export class PathIndex {
  private readonly byKey = new Map<string, string>();
  constructor(paths: Iterable<string>) {
    for (const path of paths) if (!this.byKey.has(pathKey(path))) this.byKey.set(pathKey(path), path);
  }
  /** The listing's spelling of `path`, or undefined when the listing does not hold it. */
  find(path: string): string | undefined {
    return this.byKey.get(pathKey(path));
  }
}

/** Same folder as the anchor first, then by path. */
function rank(anchorDir: string, paths: readonly string[]): string[] {
  const here = (p: string) => (samePath(dirname(p), anchorDir) ? 0 : 1);
  return [...paths].sort((a, b) => here(a) - here(b) || a.localeCompare(b));
}

function inFolder(anchorDir: string, paths: readonly string[]): string[] {
  return paths.filter((p) => samePath(dirname(p), anchorDir));
}

/** Whether `path` lies in an encrypted-output folder (`<source folder>/<outputFolder>/<name>`). */
export function inOutputFolder(path: string, outputFolder: string | undefined): boolean {
  const folder = (outputFolder ?? '').replace(/\\/g, '/').replace(/^\.\/|\/+$/g, '');
  if (folder === '' || folder === '.' || isAbsolute(folder)) return false;
  const dir = normalize(dirname(path)).split('\\').join('/');
  return dir.toLowerCase().endsWith(`/${folder.toLowerCase()}`);
}

/** The model names a Common file is for, as the picker shows them (`T46U`, `T46S, T48S, ...`). */
export function commonFileModels(path: string): string[] {
  return classifyFile(path).models.map((model) => model.name);
}

/** A `# yealink: model=` comment in the text, when it names a known model. */
function pinnedModel(text: string | undefined, path: string): string | undefined {
  if (text === undefined) return undefined;
  const pin = analyze(text, path).modelPin;
  return pin ? findModel(pin.name)?.name : undefined;
}

/** The preview's first note: which model the merge assumed, and why. */
export function describeModel(model: MergeModel): string {
  const names = model.names.join('/');
  const file = model.file ? basename(model.file) : '';
  switch (model.source) {
    case 'choice':
      return `model ${names}, as chosen`;
    case 'comment':
      return `model ${names}, from the "# yealink: model=" comment in ${file}`;
    case 'common file':
      return `model ${names}, from the Common file name ${file}`;
    case 'setting':
      return `model ${names}, from the model setting`;
  }
}

function includeApplies(models: readonly string[], names: readonly string[]): boolean {
  return models.length === 0 || models.some((m) => names.some((n) => n.toUpperCase() === m.toUpperCase()));
}

export function planMerge(anchor: string, fullListing: readonly string[], options: PlanOptions = {}): MergePlan {
  const anchorDir = dirname(anchor);
  const role = classifyFile(anchor);
  const listing = fullListing.filter((p) => samePath(p, anchor) || !inOutputFolder(p, options.outputFolder));
  const listed = new PathIndex(listing);
  const files = listed.find(anchor) !== undefined ? [...listing] : [anchor, ...listing];
  const index = listed.find(anchor) !== undefined ? listed : new PathIndex(files);
  const roles = files.map((path) => ({ path, role: classifyFile(path) }));
  const ambiguities: Ambiguity[] = [];
  const notes: string[] = [];
  const choices = options.choices ?? {};

  /** Picks one of `candidates`: a choice, else the only one in the anchor's folder, else asks. */
  const pick = (slot: PartnerSlot, candidates: string[], reason: string, details?: (path: string) => string): string | undefined => {
    const chosen = choices[slot];
    if (chosen !== undefined) return chosen === '' ? undefined : chosen;
    const ranked = rank(anchorDir, candidates);
    if (ranked.length === 0) return undefined;
    const local = inFolder(anchorDir, ranked);
    if (ranked.length === 1 || local.length === 1) return ranked[0];
    ambiguities.push({ slot, reason, options: ranked, details: details ? ranked.map(details) : undefined });
    return ranked[0];
  };

  let mac = role.mac;
  let macFile: string | undefined = role.kind === 'mac' ? anchor : undefined;
  let common: string | undefined = role.kind === 'common' ? anchor : undefined;
  let boot: string | undefined = isBootKind(role.kind) ? anchor : undefined;

  if (role.kind === 'common') {
    const macs = roles.filter((r) => r.role.kind === 'mac').map((r) => r.path);
    macFile = pick('mac', macs, `${macs.length} MAC-oriented files (<mac>.cfg) could merge with ${basename(anchor)}`);
    mac = macFile ? classifyFile(macFile).mac : undefined;
  }
  if (mac && !macFile && role.kind !== 'mac-boot') {
    macFile = rank(anchorDir, roles.filter((r) => r.role.kind === 'mac' && r.role.mac === mac).map((r) => r.path))[0];
  }

  // The model: a choice, a comment in the previewed or MAC file, the Common file's number, the setting.
  const modelFrom = (common?: string): MergeModel | undefined => {
    if (choices.model) return { names: [choices.model], source: 'choice' };
    for (const file of [anchor, macFile]) {
      const pinned = file ? pinnedModel(options.readText?.(file), file) : undefined;
      if (pinned) return { names: [pinned], source: 'comment', file };
    }
    const commonModels = common ? commonFileModels(common) : [];
    if (commonModels.length > 0) return { names: commonModels, source: 'common file', file: common };
    const setting = options.model ? findModel(options.model)?.name ?? options.model : undefined;
    return setting ? { names: [setting], source: 'setting' } : undefined;
  };

  if (role.kind === 'other') {
    const including = roles
      .filter((r) => isBootKind(r.role.kind))
      .filter((r) => bootIncludes(r.path, { ...options, index }).some((inc) => inc.resolved !== undefined && samePath(inc.resolved, anchor)))
      .map((r) => r.path);
    boot = pick('boot', including, `${including.length} boot files include ${basename(anchor)}`);
    if (!boot) notes.push(`${basename(anchor)} is a custom CFG and no boot file in the listing includes it: merged alone`);
  } else if (!boot) {
    // The phone asks its provisioning folder for <mac>.boot, then y000000000000.boot: only boot files beside
    // the anchor apply by themselves; one elsewhere in the workspace is offered, never assumed.
    const boots = roles.filter((r) => (r.role.kind === 'mac-boot' && mac !== undefined && r.role.mac === mac) || r.role.kind === 'common-boot');
    const here = boots.filter((r) => samePath(dirname(r.path), anchorDir));
    const macBootHere = here.find((r) => r.role.kind === 'mac-boot');
    if (choices.boot !== undefined) {
      boot = choices.boot === '' ? undefined : choices.boot;
    } else if (macBootHere || here.length > 0) {
      boot = (macBootHere ?? here[0]).path;
    } else if (boots.length > 0) {
      const elsewhere = rank(anchorDir, boots.map((r) => r.path));
      ambiguities.push({ slot: 'boot', reason: `no boot file beside ${basename(anchor)}; ${elsewhere.length} in other folders`, options: elsewhere });
    }
    if (boot) notes.push(`${basename(boot)} exists, so the phone downloads only the files it includes (firmware V81+)`);
  }

  const macLocal = mac
    ? rank(anchorDir, roles.filter((r) => r.role.kind === 'mac-local' && r.role.mac === mac).map((r) => r.path))[0]
    : undefined;

  if (boot) {
    const model = modelFrom(common);
    const includes = bootIncludes(boot, { readText: options.readText, escapes: options.escapes, index, model: model?.names });
    const specific = includes.filter((inc) => inc.models.length > 0);
    const named = [...new Set(specific.flatMap((inc) => inc.models.map((m) => m.toUpperCase())))];
    // Several candidate models (no model, or a Common number shared by several) matter only when the
    // boot file's model lines tell them apart.
    const candidates = model ? model.names.map((n) => n.toUpperCase()) : named;
    const distinguishes = specific.some((inc) => {
      const hits = candidates.filter((c) => inc.models.some((m) => m.toUpperCase() === c)).length;
      return hits > 0 && hits < candidates.length;
    });
    const unknown = !model && specific.length > 0;
    if (unknown || (model && model.names.length > 1 && distinguishes)) {
      const models = model ? [...model.names] : named.map((n) => findModel(n)?.name ?? n);
      ambiguities.push({
        slot: 'model',
        reason: `${basename(boot)} includes some files for ${models.join(', ')} only; which model is the phone?`,
        options: models,
      });
    }
    const order = [boot];
    for (const inc of includes) {
      if (!inc.applied || (unknown && inc.models.length > 0)) {
        notes.push(`include ${inc.path} is for ${inc.models.join(', ')} only: not applied ${unknown ? '(no model known)' : `for ${model!.names.join('/')}`}`);
        continue;
      }
      if (inc.resolved) order.push(inc.resolved);
      else if (inc.outside) notes.push(`include ${inc.path} points outside the boot file's folder: not followed`);
      else notes.push(`include ${inc.path} was not found in the workspace: skipped`);
    }
    if (model) notes.unshift(describeModel(model));
    const anchorNotIncluded = role.kind !== 'other' && boot !== anchor && !order.slice(1).some((p) => samePath(p, anchor));
    if (anchorNotIncluded) {
      notes.push(`${basename(boot)} does not include ${basename(anchor)}: the phone never downloads it, so its settings are NOT in this result`);
    }
    if (macLocal && !order.some((p) => samePath(p, macLocal))) order.push(macLocal);
    return { anchor, anchorKind: role.kind, boot, includes, mac: macFile, macLocal, order, ambiguities, notes, model, anchorNotIncluded };
  }

  if (role.kind !== 'other' && !common) {
    let commons = roles.filter((r) => r.role.kind === 'common');
    const known = modelFrom(undefined);
    if (known) {
      const wanted = known.names.map((n) => n.toUpperCase());
      const forModel = commons.filter((r) => r.role.models.some((m) => wanted.includes(m.name.toUpperCase())));
      if (forModel.length > 0) commons = forModel;
    }
    const paths = commons.map((r) => r.path);
    common = pick('common', paths, `${paths.length} Common files (y0000000000xx.cfg) could apply; which model is the phone?`, (path) => commonFileModels(path).join(', '));
  }
  const model = modelFrom(common);
  if (model) notes.unshift(describeModel(model));
  const order = [common, macFile, macLocal].filter((p): p is string => p !== undefined);
  if (role.kind === 'other') order.push(anchor);
  if (order.length === 1) notes.push(`no partner files found for ${basename(anchor)}`);
  return { anchor, anchorKind: role.kind, common, mac: macFile, macLocal, order, ambiguities, notes, model };
}

/**
 * A boot file's includes, resolved as file paths against its folder and found in the listing (`index`) or
 * through `readText`. Absolute URLs are kept unresolved. A path that leaves the boot file's folder tree
 * (`../secret.cfg`, `/etc/passwd`) is marked `outside` and never read: a boot file must not make the
 * preview or the CLI print files from elsewhere.
 */
export function bootIncludes(
  bootPath: string,
  options: Pick<PlanOptions, 'readText' | 'escapes'> & { model?: string | readonly string[]; index?: PathIndex } = {},
): BootInclude[] {
  const models = options.model === undefined ? [] : typeof options.model === 'string' ? [options.model] : options.model;
  const text = options.readText?.(bootPath);
  if (text === undefined) return [];
  const dir = dirname(bootPath);
  const result: BootInclude[] = [];
  for (const line of parse(text).lines) {
    if (line.kind !== 'include' || line.path === '') continue;
    const applied = models.length === 0 || includeApplies(line.models, models);
    let resolved: string | undefined;
    let outside = false;
    const target = isRemoteInclude(line.path) ? undefined : includeFile(bootPath, line.path);
    if (target !== undefined && !insideFolder(dir, target)) {
      outside = true;
    } else if (target !== undefined) {
      const withCfg = /\.cfg$/i.test(target) ? [target] : [target, `${target}.cfg`];
      for (const candidate of withCfg) {
        resolved = options.index ? options.index.find(candidate) : options.readText?.(candidate) !== undefined ? candidate : undefined;
        if (resolved !== undefined) break;
      }
      if (resolved !== undefined && options.escapes?.(bootPath, resolved)) {
        resolved = undefined;
        outside = true;
      }
    }
    result.push({ path: line.path, models: line.models, resolved, applied, ...(outside ? { outside } : {}) });
  }
  return result;
}

/** The boot-file line that makes the phone download `target` (a path relative to the boot file's folder). */
export function includeLineFor(bootPath: string, target: string): string {
  return `include:config "${relative(dirname(bootPath), target).split('\\').join('/')}"`;
}
