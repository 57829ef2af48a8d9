/**
 * Finds the files that merge with a given one (lookup order and precedence: Yealink auto provisioning
 * guides, V81+ boot files; T2/T4/T5 administrator guide V84, "boot files"), from a listing
 * of file paths (same folder first, then the rest of the workspace). Lookup follows the phone: `<mac>.boot`,
 * else `y000000000000.boot`, and then the boot file's `include:config` list; without a boot file, the
 * Common CFG for the model, `<mac>.cfg`, then `<mac>-local.cfg`. When a choice is not clear (several Common
 * files, several MAC files) the plan says so and proposes the first option, so a UI can ask and call again
 * with `choices`.
 */
import { basename, dirname, normalize } from 'node:path';
import { classifyFile, isBootKind, type FileKind } from '../fileKind';
import { includeFile, insideFolder, isRemoteInclude } from '../includes';
import { parse } from '../parser';

export type PartnerSlot = 'boot' | 'common' | 'mac';

export interface Ambiguity {
  readonly slot: PartnerSlot;
  /** Why there is a choice, in words for the user. */
  readonly reason: string;
  /** The candidates, best first; the plan uses the first unless `choices` says otherwise. */
  readonly options: readonly string[];
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
}

export interface PlanOptions {
  /** Reads a boot file's text (for its includes); undefined when it cannot be read. */
  readonly readText?: (path: string) => string | undefined;
  /** The phone model (`T46S`), to pick the Common file and model-specific includes. */
  readonly model?: string;
  /** Answers to earlier ambiguities; '' means "none" for that slot. */
  readonly choices?: Partial<Record<PartnerSlot, string>>;
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

export function planMerge(anchor: string, listing: readonly string[], options: PlanOptions = {}): MergePlan {
  const anchorDir = dirname(anchor);
  const role = classifyFile(anchor);
  const listed = new PathIndex(listing);
  const files = listed.find(anchor) !== undefined ? [...listing] : [anchor, ...listing];
  const index = listed.find(anchor) !== undefined ? listed : new PathIndex(files);
  const roles = files.map((path) => ({ path, role: classifyFile(path) }));
  const ambiguities: Ambiguity[] = [];
  const notes: string[] = [];
  const choices = options.choices ?? {};

  /** Picks one of `candidates`: a choice, else the only one in the anchor's folder, else asks. */
  const pick = (slot: PartnerSlot, candidates: string[], reason: string): string | undefined => {
    const chosen = choices[slot];
    if (chosen !== undefined) return chosen === '' ? undefined : chosen;
    const ranked = rank(anchorDir, candidates);
    if (ranked.length === 0) return undefined;
    const local = inFolder(anchorDir, ranked);
    if (ranked.length === 1 || local.length === 1) return ranked[0];
    ambiguities.push({ slot, reason, options: ranked });
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

  if (role.kind === 'other') {
    const including = roles
      .filter((r) => isBootKind(r.role.kind))
      .filter((r) => bootIncludes(r.path, { ...options, index }).some((inc) => inc.resolved !== undefined && samePath(inc.resolved, anchor)))
      .map((r) => r.path);
    boot = pick('boot', including, `${including.length} boot files include ${basename(anchor)}`);
    if (!boot) notes.push(`${basename(anchor)} is a custom CFG and no boot file in the listing includes it: merged alone`);
  } else if (!boot) {
    const macBoots = mac ? roles.filter((r) => r.role.kind === 'mac-boot' && r.role.mac === mac).map((r) => r.path) : [];
    const commonBoots = roles.filter((r) => r.role.kind === 'common-boot').map((r) => r.path);
    const candidates = macBoots.length > 0 ? macBoots : commonBoots;
    boot = pick('boot', candidates, `${candidates.length} boot files named ${basename(candidates[0] ?? '')} were found`);
    if (boot) notes.push(`${basename(boot)} exists, so the phone downloads only the files it includes (firmware V81+)`);
  }

  const macLocal = mac
    ? rank(anchorDir, roles.filter((r) => r.role.kind === 'mac-local' && r.role.mac === mac).map((r) => r.path))[0]
    : undefined;

  if (boot) {
    const includes = bootIncludes(boot, { ...options, index });
    const order = [boot];
    for (const inc of includes) {
      if (!inc.applied) {
        notes.push(`include ${inc.path} is for ${inc.models.join(', ')} only: not applied for ${options.model}`);
        continue;
      }
      if (inc.models.length > 0 && !options.model) notes.push(`include ${inc.path} is for ${inc.models.join(', ')} only (applied: no model known)`);
      if (inc.resolved) order.push(inc.resolved);
      else if (inc.outside) notes.push(`include ${inc.path} points outside the boot file's folder: not followed`);
      else notes.push(`include ${inc.path} was not found in the workspace: skipped`);
    }
    if (role.kind !== 'other' && !order.slice(1).some((p) => samePath(p, anchor)) && boot !== anchor) {
      notes.push(`${basename(boot)} does not include ${basename(anchor)}, so the phone would not download it`);
    }
    if (macLocal && !order.some((p) => samePath(p, macLocal))) order.push(macLocal);
    return { anchor, anchorKind: role.kind, boot, includes, mac: macFile, macLocal, order, ambiguities, notes };
  }

  if (role.kind !== 'other' && !common) {
    let commons = roles.filter((r) => r.role.kind === 'common');
    if (options.model) {
      const wanted = options.model.toUpperCase();
      const forModel = commons.filter((r) => r.role.models.some((m) => m.name.toUpperCase() === wanted));
      if (forModel.length > 0) commons = forModel;
    }
    const paths = commons.map((r) => r.path);
    common = pick('common', paths, `${paths.length} Common files (y0000000000xx.cfg) could apply; which model is the phone?`);
  }
  const order = [common, macFile, macLocal].filter((p): p is string => p !== undefined);
  if (role.kind === 'other') order.push(anchor);
  if (order.length === 1) notes.push(`no partner files found for ${basename(anchor)}`);
  return { anchor, anchorKind: role.kind, common, mac: macFile, macLocal, order, ambiguities, notes };
}

/**
 * A boot file's includes, resolved as file paths against its folder and found in the listing (`index`) or
 * through `readText`. Absolute URLs are kept unresolved. A path that leaves the boot file's folder tree
 * (`../secret.cfg`, `/etc/passwd`) is marked `outside` and never read: a boot file must not make the
 * preview or the CLI print files from elsewhere.
 */
export function bootIncludes(bootPath: string, options: Pick<PlanOptions, 'readText' | 'model'> & { index?: PathIndex } = {}): BootInclude[] {
  const text = options.readText?.(bootPath);
  if (text === undefined) return [];
  const dir = dirname(bootPath);
  const result: BootInclude[] = [];
  for (const line of parse(text).lines) {
    if (line.kind !== 'include' || line.path === '') continue;
    const applied = line.models.length === 0 || !options.model || line.models.some((m) => m.toUpperCase() === options.model!.toUpperCase());
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
    }
    result.push({ path: line.path, models: line.models, resolved, applied, ...(outside ? { outside } : {}) });
  }
  return result;
}
