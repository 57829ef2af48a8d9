/**
 * The impact of a change on each phone: the effective configuration a phone builds from its files (Common,
 * then `<mac>.cfg`, then `<mac>-local.cfg`; or its boot file's includes for its model), before and after,
 * through the merge engine. A Common change that the phone's MAC file overrides leaves that phone as it is.
 */
import type { Catalog } from '../catalog/catalog';
import { canonicalKey, canonicalName } from '../catalog/canonical';
import { findModel, type ModelInfo } from '../catalog/models';
import { analyze } from '../document';
import { baseName, classifyFile } from '../fileKind';
import { merge } from '../merge/merge';
import { planMerge, type MergePlan } from '../merge/partners';
import { compareSettings, type EffectiveSetting, type SettingChange } from './settingChanges';

/** One file on both sides of the change; `undefined` = absent on that side. Paths are `/`-separated. */
export interface ImpactInput {
  readonly file: string;
  readonly before?: string;
  readonly after?: string;
}

export type PhoneChange = Omit<SettingChange, 'line'>;

export interface PhoneImpact {
  /** Lower-case, as in the file names. */
  readonly mac: string;
  /** The files the phone downloads after the change, in the order it applies them. */
  readonly files: readonly string[];
  readonly reboot: boolean;
  readonly changes: readonly PhoneChange[];
}

export interface UnresolvedPhone {
  readonly mac: string;
  /** Why its files could not be put together, in words for the user. */
  readonly reason: string;
}

export interface PhonesImpact {
  readonly phones: readonly PhoneImpact[];
  readonly unresolved: readonly UnresolvedPhone[];
}

export interface PhoneOptions {
  /** The model of phones whose MAC file does not name one (`# yealink: model=T46S`). */
  readonly model?: string;
}

type Side = ReadonlyMap<string, string>;

interface PhoneFiles {
  readonly mac: string;
  /** The `<mac>.cfg` path, or where it would be (beside the phone's other files). */
  readonly anchor: string;
}

/** Every phone named by a `<mac>.cfg`, `<mac>-local.cfg` or `<mac>.boot` on either side. */
function phonesOf(paths: Iterable<string>): PhoneFiles[] {
  const byMac = new Map<string, PhoneFiles>();
  for (const path of paths) {
    const role = classifyFile(path);
    if (!role.mac) continue;
    const anchor = role.kind === 'mac' ? path : path.slice(0, path.length - baseName(path).length) + `${role.mac}.cfg`;
    const known = byMac.get(role.mac);
    if (!known || (role.kind === 'mac' && classifyFile(known.anchor).kind !== 'mac')) byMac.set(role.mac, { mac: role.mac, anchor });
  }
  return [...byMac.values()].sort((a, b) => a.mac.localeCompare(b.mac));
}

function commonFileName(model: ModelInfo): string | undefined {
  return model.commonCfg ? `y${model.commonCfg.padStart(12, '0')}.cfg` : undefined;
}

/** Why a plan does not give the phone's files, or undefined when it does. */
function unresolvable(plan: MergePlan, model: ModelInfo | undefined, anchor: string): string | undefined {
  const fix = `name the model in ${baseName(anchor)} with a "# yealink: model=T46S" comment (or pass a default model)`;
  if (plan.boot) {
    const modelSpecific = plan.includes?.find((inc) => inc.models.length > 0);
    if (modelSpecific && !model) return `unknown model: ${baseName(plan.boot)} includes ${modelSpecific.path} for ${modelSpecific.models.join(', ')} only; ${fix}`;
    return undefined;
  }
  const ambiguity = plan.ambiguities.find((a) => a.slot === 'common');
  if (ambiguity) return `unknown model: ${ambiguity.options.length} Common files could apply (${ambiguity.options.map(baseName).join(', ')}); ${fix}`;
  if (!plan.common) return model ? `missing Common file: no ${commonFileName(model) ?? 'Common CFG'} for ${model.name}` : 'missing Common file: no y0000000000xx.cfg';
  const commonModels = classifyFile(plan.common).models;
  if (model && !commonModels.some((m) => m.name === model.name)) {
    return `missing Common file: ${model.name} downloads ${commonFileName(model) ?? 'another Common CFG'}, not ${baseName(plan.common)}`;
  }
  return undefined;
}

/** One file's own effective settings through the merge engine (keyed by identity, old names folded), and a boot file's overwrite mode. */
interface FileConfig {
  readonly settings: ReadonlyMap<string, EffectiveSetting>;
  readonly overwriteMode?: boolean;
}

/**
 * One side of the change: its files by phone, and each file's configuration computed once, however many
 * phones share it (a Common file serves the whole fleet).
 */
class SideIndex {
  /** Files that belong to no single phone (Common, boot, custom includes). */
  readonly shared: string[] = [];
  readonly byMac = new Map<string, string[]>();
  private readonly configs = new Map<string, FileConfig>();

  constructor(
    readonly texts: Side,
    private readonly catalog: Catalog,
    /** The other side, whose configuration of an identical text is reused. */
    private readonly other?: SideIndex,
  ) {
    for (const file of texts.keys()) {
      const mac = classifyFile(file).mac;
      if (!mac) this.shared.push(file);
      else this.byMac.set(mac, [...(this.byMac.get(mac) ?? []), file]);
    }
  }

  /** What planMerge needs to see for one phone: the shared files and the phone's own. */
  listingFor(mac: string): string[] {
    return [...this.shared, ...(this.byMac.get(mac) ?? [])];
  }

  config(file: string): FileConfig {
    let config = this.configs.get(file) ?? (this.texts.get(file) === this.other?.texts.get(file) ? this.other?.configs.get(file) : undefined);
    if (!config) {
      const result = merge([{ file, text: this.texts.get(file) ?? '' }], { catalog: this.catalog });
      const settings = new Map<string, EffectiveSetting>();
      for (const entry of result.entries) {
        const match = this.catalog.lookup(entry.key);
        const id = canonicalKey(entry.key, entry.value, match);
        // Entries come in first-seen order; an older name and its successor in one file: the later line wins.
        const known = settings.get(id);
        if (!known || known.line < entry.source.line) settings.set(id, { key: canonicalName(entry.key, match), value: entry.value, line: entry.source.line });
      }
      config = { settings, overwriteMode: result.overwriteMode?.source ? result.overwriteMode.enabled : undefined };
      this.configs.set(file, config);
    }
    return config;
  }
}

/** The files of a plan that exist on a side, in the order the phone applies them. */
function appliedFiles(plan: MergePlan | undefined, side: SideIndex): string[] {
  return plan ? plan.order.filter((file) => side.texts.has(file)) : [];
}

function overwriteModeOf(files: readonly string[], side: SideIndex): boolean {
  let enabled = false;
  for (const file of files) enabled = side.config(file).overwriteMode ?? enabled;
  return enabled;
}

/** The identities whose value differs between the two versions of one file (computed once per file). */
function changedIdsCache(before: SideIndex, after: SideIndex): (file: string) => readonly string[] {
  const cache = new Map<string, string[]>();
  return (file) => {
    let ids = cache.get(file);
    if (!ids) {
      ids = [];
      if (before.texts.get(file) !== after.texts.get(file)) {
        const old = before.texts.has(file) ? before.config(file).settings : new Map<string, EffectiveSetting>();
        const current = after.texts.has(file) ? after.config(file).settings : new Map<string, EffectiveSetting>();
        for (const [id, setting] of current) if (old.get(id)?.value !== setting.value) ids.push(id);
        for (const id of old.keys()) if (!current.has(id)) ids.push(id);
      }
      cache.set(file, ids);
    }
    return ids;
  };
}

/**
 * The identities whose effective value may differ for a phone: those that changed in a file it applies on
 * both sides, and every identity of a file that joined or left its files. Unchanged files cannot change the
 * outcome on their own.
 */
function candidateIds(was: readonly string[], now: readonly string[], before: SideIndex, after: SideIndex, changedIds: (file: string) => readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const file of new Set([...was, ...now])) {
    const inOld = was.includes(file);
    const inNew = now.includes(file);
    if (inOld && inNew) changedIds(file).forEach((id) => ids.add(id));
    else for (const id of (inOld ? before : after).config(file).settings.keys()) ids.add(id);
  }
  return ids;
}

/** The phone's effective settings (for some identities, or all): the last applied file that sets one wins (the merge rule). */
function effectiveFor(ids: ReadonlySet<string> | undefined, files: readonly string[], side: SideIndex): Map<string, EffectiveSetting> {
  const effective = new Map<string, EffectiveSetting>();
  if (ids) {
    for (const id of ids) {
      for (let i = files.length - 1; i >= 0; i--) {
        const setting = side.config(files[i]).settings.get(id);
        if (setting) {
          effective.set(id, setting);
          break;
        }
      }
    }
    return effective;
  }
  for (const file of files) {
    for (const [id, setting] of side.config(file).settings) {
      effective.delete(id);
      effective.set(id, setting);
    }
  }
  return effective;
}

/** The phone's files before the change; it keeps the Common file chosen after, when it had it, so a model question is answered once. */
function oldPlanFor(phone: PhoneFiles, plan: MergePlan, before: SideIndex, model: ModelInfo | undefined): MergePlan {
  const common = plan.common === undefined ? undefined : before.texts.has(plan.common) ? plan.common : '';
  return planMerge(phone.anchor, before.listingFor(phone.mac), {
    readText: (p) => before.texts.get(p),
    model: model?.name,
    choices: common === undefined ? {} : { common },
  });
}

function modelOf(phone: PhoneFiles, before: Side, after: Side, options: PhoneOptions): ModelInfo | undefined {
  const text = after.get(phone.anchor) ?? before.get(phone.anchor);
  const pinned = text === undefined ? undefined : analyze(text, phone.anchor).model;
  return pinned ?? (options.model ? findModel(options.model) : undefined);
}

export function phonesImpact(inputs: readonly ImpactInput[], catalog: Catalog, options: PhoneOptions = {}): PhonesImpact {
  const beforeTexts = new Map<string, string>();
  const afterTexts = new Map<string, string>();
  for (const input of inputs) {
    if (input.before !== undefined) beforeTexts.set(input.file, input.before);
    if (input.after !== undefined) afterTexts.set(input.file, input.after);
  }
  const before = new SideIndex(beforeTexts, catalog);
  const after = new SideIndex(afterTexts, catalog, before);
  const changedIds = changedIdsCache(before, after);
  const phones: PhoneImpact[] = [];
  const unresolved: UnresolvedPhone[] = [];
  for (const phone of phonesOf(inputs.map((input) => input.file))) {
    // A phone whose files are all gone is no longer provisioned from here: it keeps what it has.
    if (!after.byMac.has(phone.mac)) continue;
    const model = modelOf(phone, beforeTexts, afterTexts, options);
    const plan = planMerge(phone.anchor, after.listingFor(phone.mac), { readText: (p) => afterTexts.get(p), model: model?.name });
    const reason = unresolvable(plan, model, phone.anchor);
    if (reason) {
      unresolved.push({ mac: phone.mac, reason });
      continue;
    }
    // A new phone had nothing from here before: everything it gets is a change.
    const was = appliedFiles(before.byMac.has(phone.mac) ? oldPlanFor(phone, plan, before, model) : undefined, before);
    const now = appliedFiles(plan, after);
    const overwriteMode = overwriteModeOf(now, after);
    // A changed overwrite mode changes what every blank value means: then compare everything.
    const ids = overwriteMode === overwriteModeOf(was, before) ? candidateIds(was, now, before, after, changedIds) : undefined;
    const changes = compareSettings(effectiveFor(ids, was, before), effectiveFor(ids, now, after), catalog, overwriteMode).map(({ line: _line, ...change }) => change);
    if (changes.length === 0) continue;
    phones.push({ mac: phone.mac, files: now, reboot: changes.some((c) => c.reboot), changes });
  }
  return { phones, unresolved };
}
