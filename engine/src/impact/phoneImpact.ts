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

/** The phone's effective settings from its planned files, an older name and its `static.` successor folded. */
function effectiveConfig(plan: MergePlan, side: Side, catalog: Catalog): { settings: Map<string, EffectiveSetting>; overwriteMode: boolean } {
  const files = plan.order.filter((file) => side.has(file));
  const result = merge(
    files.map((file) => ({ file, text: side.get(file) ?? '' })),
    { catalog },
  );
  const rank = (file: string, line: number) => files.indexOf(file) * 1e9 + line;
  const winners = new Map<string, { setting: EffectiveSetting; rank: number }>();
  for (const entry of result.entries) {
    const match = catalog.lookup(entry.key);
    const id = canonicalKey(entry.key, entry.value, match);
    const at = rank(entry.source.file, entry.source.line);
    const known = winners.get(id);
    if (!known || known.rank < at) {
      winners.set(id, { setting: { key: canonicalName(entry.key, match), value: entry.value, line: entry.source.line }, rank: at });
    }
  }
  const settings = new Map([...winners].map(([id, w]) => [id, w.setting]));
  return { settings, overwriteMode: result.overwriteMode?.enabled === true };
}

/** The phone's files before the change; it keeps the Common file chosen after, when it had it, so a model question is answered once. */
function oldPlanFor(phone: PhoneFiles, plan: MergePlan, before: Side, model: ModelInfo | undefined): MergePlan {
  const common = plan.common === undefined ? undefined : before.has(plan.common) ? plan.common : '';
  return planMerge(phone.anchor, [...before.keys()], {
    readText: (p) => before.get(p),
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
  const before = new Map<string, string>();
  const after = new Map<string, string>();
  for (const input of inputs) {
    if (input.before !== undefined) before.set(input.file, input.before);
    if (input.after !== undefined) after.set(input.file, input.after);
  }
  const phones: PhoneImpact[] = [];
  const unresolved: UnresolvedPhone[] = [];
  for (const phone of phonesOf(inputs.map((input) => input.file))) {
    // A phone whose files are all gone is no longer provisioned from here: it keeps what it has.
    const hasFiles = (side: Side) => [...side.keys()].some((file) => classifyFile(file).mac === phone.mac);
    if (!hasFiles(after)) continue;
    const model = modelOf(phone, before, after, options);
    const plan = planMerge(phone.anchor, [...after.keys()], { readText: (p) => after.get(p), model: model?.name });
    const reason = unresolvable(plan, model, phone.anchor);
    if (reason) {
      unresolved.push({ mac: phone.mac, reason });
      continue;
    }
    const now = effectiveConfig(plan, after, catalog);
    // A new phone had nothing from here before: everything it gets is a change.
    const was = hasFiles(before) ? effectiveConfig(oldPlanFor(phone, plan, before, model), before, catalog).settings : new Map<string, EffectiveSetting>();
    const changes = compareSettings(was, now.settings, catalog, now.overwriteMode).map(({ line: _line, ...change }) => change);
    if (changes.length === 0) continue;
    phones.push({ mac: phone.mac, files: plan.order.filter((file) => after.has(file)), reboot: changes.some((c) => c.reboot), changes });
  }
  return { phones, unresolved };
}
