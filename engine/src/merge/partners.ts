/**
 * Finds the files that merge with a given one (shared/yealink-format.md sections 2 and 3), from a listing
 * of file paths (same folder first, then the rest of the workspace). Lookup follows the phone: `<mac>.boot`,
 * else `y000000000000.boot`, and then the boot file's `include:config` list; without a boot file, the
 * Common CFG for the model, `<mac>.cfg`, then `<mac>-local.cfg`. When a choice is not clear (several Common
 * files, several MAC files) the plan says so and proposes the first option, so a UI can ask and call again
 * with `choices`.
 */
import { basename, dirname, isAbsolute, join, normalize } from 'node:path';
import { classifyFile, isBootKind, type FileKind } from '../fileKind';
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

function samePath(a: string, b: string): boolean {
  const na = normalize(a);
  const nb = normalize(b);
  return na === nb || na.toLowerCase() === nb.toLowerCase();
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
  const files = listing.some((p) => samePath(p, anchor)) ? [...listing] : [anchor, ...listing];
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
      .filter((r) => bootIncludes(r.path, { ...options, listing: files }).some((inc) => inc.resolved !== undefined && samePath(inc.resolved, anchor)))
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
    const includes = bootIncludes(boot, { ...options, listing: files });
    const order = [boot];
    for (const inc of includes) {
      if (!inc.applied) {
        notes.push(`include ${inc.path} is for ${inc.models.join(', ')} only: not applied for ${options.model}`);
        continue;
      }
      if (inc.models.length > 0 && !options.model) notes.push(`include ${inc.path} is for ${inc.models.join(', ')} only (applied: no model known)`);
      if (inc.resolved) order.push(inc.resolved);
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

/** A boot file's includes, resolved against the listing. Absolute URLs are kept unresolved. */
export function bootIncludes(bootPath: string, options: Pick<PlanOptions, 'readText' | 'model'> & { listing?: readonly string[] } = {}): BootInclude[] {
  const text = options.readText?.(bootPath);
  if (text === undefined) return [];
  const dir = dirname(bootPath);
  const result: BootInclude[] = [];
  for (const line of parse(text).lines) {
    if (line.kind !== 'include' || line.path === '') continue;
    const applied = line.models.length === 0 || !options.model || line.models.some((m) => m.toUpperCase() === options.model!.toUpperCase());
    let resolved: string | undefined;
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(line.path)) {
      const target = isAbsolute(line.path) ? line.path : join(dir, line.path);
      const withCfg = /\.cfg$/i.test(target) ? [target] : [target, `${target}.cfg`];
      const exists = (p: string) => (options.listing ? options.listing.some((l) => samePath(l, p)) : options.readText?.(p) !== undefined);
      resolved = withCfg.find(exists);
      if (resolved && options.listing) resolved = options.listing.find((l) => samePath(l, resolved!)) ?? resolved;
    }
    result.push({ path: line.path, models: line.models, resolved, applied });
  }
  return result;
}
