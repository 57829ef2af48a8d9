/**
 * Phone models: the Common CFG number each one downloads and the counts that bound indexed parameters.
 * Facts are from shared/yealink-format.md sections 2 and 6 (Yealink guides, cross-checked against
 * Yealink-made templates); where sources disagree, `disputed` records the other value and the guide's
 * value is the one used.
 */
import type { ModelCapability } from './types';

export interface ModelInfo {
  /** Model name as Yealink writes it in boot-file model prefixes (`T46S`, `T21P_E2`). */
  readonly name: string;
  /** Series used in catalog `models` lists: T2, T3, T4, T5, T7, T8, CP, VP, W, AX. */
  readonly series: string;
  /** The two-or-three digit number in its Common CFG file name (`y000000000066.cfg` -> "66"). */
  readonly commonCfg?: string;
  readonly accounts?: number;
  readonly lineKeys?: number;
  readonly programmableKeys?: number;
  readonly memoryKeys?: number;
  readonly expansionModules?: number;
  readonly expansionKeys?: number;
  readonly wifi?: boolean;
  readonly bluetooth?: boolean;
  /** Where sources give a different value, what they say. */
  readonly disputed?: string;
}

const EXP40 = { expansionModules: 6, expansionKeys: 40 } as const;
const EXP20 = { expansionModules: 6, expansionKeys: 40 } as const; // key 21 is not configurable, see catalog gaps
const EXP50 = { expansionModules: 3, expansionKeys: 60 } as const;

export const MODELS: readonly ModelInfo[] = [
  { name: 'T19P_E2', series: 'T1', commonCfg: '53', accounts: 1, programmableKeys: 14 },
  { name: 'T21P_E2', series: 'T2', commonCfg: '52', accounts: 2, lineKeys: 2, programmableKeys: 14 },
  { name: 'T23P', series: 'T2', commonCfg: '44', accounts: 3, lineKeys: 3, programmableKeys: 14 },
  { name: 'T23G', series: 'T2', commonCfg: '44', accounts: 3, lineKeys: 3, programmableKeys: 14 },
  { name: 'T26P', series: 'T2', commonCfg: '04', memoryKeys: 10 },
  { name: 'T27P', series: 'T2', commonCfg: '45', accounts: 6, lineKeys: 21, programmableKeys: 14, ...EXP20 },
  { name: 'T27G', series: 'T2', commonCfg: '69', accounts: 6, lineKeys: 21, programmableKeys: 14, ...EXP20 },
  { name: 'T28P', series: 'T2', commonCfg: '00', memoryKeys: 10 },
  { name: 'T29G', series: 'T2', commonCfg: '46', accounts: 16, lineKeys: 27, programmableKeys: 14, ...EXP20 },
  { name: 'T31G', series: 'T3', commonCfg: '123', accounts: 2, lineKeys: 2 },
  { name: 'T33G', series: 'T3', commonCfg: '124', accounts: 4, lineKeys: 12 },
  { name: 'T34W', series: 'T3', commonCfg: '171', accounts: 4, lineKeys: 12, wifi: true, bluetooth: true },
  { name: 'T40P', series: 'T4', commonCfg: '54', accounts: 3, lineKeys: 3, programmableKeys: 14 },
  { name: 'T40G', series: 'T4', commonCfg: '76', accounts: 3, lineKeys: 3, programmableKeys: 14 },
  { name: 'T41P', series: 'T4', commonCfg: '36', accounts: 6, lineKeys: 15, programmableKeys: 13 },
  { name: 'T41S', series: 'T4', commonCfg: '68', accounts: 6, lineKeys: 15, programmableKeys: 13, wifi: true },
  { name: 'T42G', series: 'T4', commonCfg: '29', accounts: 12, lineKeys: 15, programmableKeys: 13 },
  { name: 'T42S', series: 'T4', commonCfg: '67', accounts: 12, lineKeys: 15, programmableKeys: 13, wifi: true },
  {
    name: 'T42U',
    series: 'T4',
    commonCfg: '116',
    accounts: 12,
    lineKeys: 15,
    disputed: 'one Yealink template comment gives 6 accounts; the V85 guide and other sources give 12',
  },
  {
    name: 'T43U',
    series: 'T4',
    commonCfg: '107',
    accounts: 12,
    lineKeys: 21,
    ...EXP50,
    disputed: 'line keys: 21 in Yealink templates, 15 in one provisioning plugin',
  },
  { name: 'T44W', series: 'T4', commonCfg: '174', lineKeys: 24, wifi: true, bluetooth: true },
  { name: 'T46G', series: 'T4', commonCfg: '28', accounts: 16, lineKeys: 27, programmableKeys: 14, ...EXP40, wifi: true },
  { name: 'T46S', series: 'T4', commonCfg: '66', accounts: 16, lineKeys: 27, programmableKeys: 14, ...EXP40, wifi: true },
  { name: 'T46U', series: 'T4', commonCfg: '108', accounts: 16, lineKeys: 27, ...EXP50 },
  { name: 'T48G', series: 'T4', commonCfg: '35', accounts: 16, lineKeys: 29, programmableKeys: 14, ...EXP40, wifi: true },
  { name: 'T48S', series: 'T4', commonCfg: '65', accounts: 16, lineKeys: 29, programmableKeys: 14, ...EXP40, wifi: true },
  { name: 'T48U', series: 'T4', commonCfg: '109', accounts: 16, lineKeys: 29, ...EXP50 },
  { name: 'T52S', series: 'T5', commonCfg: '74', accounts: 12, lineKeys: 21, ...EXP50, wifi: true },
  {
    name: 'T53',
    series: 'T5',
    commonCfg: '95',
    accounts: 12,
    lineKeys: 27,
    ...EXP50,
    disputed: 'line keys: 27 in Yealink templates, 21 in one provisioning plugin',
  },
  {
    name: 'T53W',
    series: 'T5',
    commonCfg: '95',
    accounts: 12,
    lineKeys: 27,
    ...EXP50,
    wifi: true,
    bluetooth: true,
    disputed: 'line keys: 27 in Yealink templates, 21 in one provisioning plugin',
  },
  { name: 'T54S', series: 'T5', commonCfg: '70', accounts: 16, lineKeys: 27, ...EXP50, wifi: true, bluetooth: true },
  { name: 'T54W', series: 'T5', commonCfg: '96', accounts: 16, lineKeys: 27, ...EXP50, wifi: true, bluetooth: true },
  {
    name: 'T56A',
    series: 'T5',
    commonCfg: '56',
    accounts: 16,
    lineKeys: 27,
    programmableKeys: 14,
    ...EXP50,
    wifi: true,
    bluetooth: true,
    disputed: 'Common CFG: 56 in Yealink templates, 58 in one provisioning plugin (shared T58 ROM)',
  },
  { name: 'T57W', series: 'T5', commonCfg: '97', accounts: 16, lineKeys: 29, ...EXP50, wifi: true, bluetooth: true },
  { name: 'T58A', series: 'T5', commonCfg: '58', accounts: 16, lineKeys: 27, programmableKeys: 14, ...EXP50, wifi: true, bluetooth: true },
  { name: 'T58V', series: 'T5', commonCfg: '58', accounts: 16, lineKeys: 27, programmableKeys: 14, ...EXP50, wifi: true, bluetooth: true },
  { name: 'T58W', series: 'T5', commonCfg: '150', accounts: 16, lineKeys: 27, ...EXP50, wifi: true, bluetooth: true },
  { name: 'T73W', series: 'T7', commonCfg: '183', accounts: 12, lineKeys: 48, wifi: true, bluetooth: true },
  { name: 'T73U', series: 'T7', commonCfg: '186', accounts: 12, lineKeys: 48 },
  { name: 'T74W', series: 'T7', commonCfg: '184', accounts: 16, lineKeys: 60, expansionModules: 3, expansionKeys: 78, wifi: true, bluetooth: true },
  { name: 'T74U', series: 'T7', commonCfg: '187', accounts: 16, lineKeys: 60, expansionModules: 3, expansionKeys: 78 },
  { name: 'T77U', series: 'T7', commonCfg: '188', accounts: 16, lineKeys: 95, expansionModules: 3, expansionKeys: 78 },
  { name: 'T85W', series: 'T8', commonCfg: '196', accounts: 16, lineKeys: 72, expansionModules: 3, expansionKeys: 78, wifi: true, bluetooth: true },
  { name: 'T87W', series: 'T8', commonCfg: '197', accounts: 16, lineKeys: 95, expansionModules: 3, expansionKeys: 78, wifi: true, bluetooth: true },
  { name: 'T88V', series: 'T8', commonCfg: '192', accounts: 16, lineKeys: 95, expansionModules: 3, expansionKeys: 78, wifi: true, bluetooth: true },
  { name: 'T88W', series: 'T8', commonCfg: '192', accounts: 16, lineKeys: 95, expansionModules: 3, expansionKeys: 78, wifi: true, bluetooth: true },
  { name: 'CP860', series: 'CP', commonCfg: '37', accounts: 1 },
  { name: 'CP920', series: 'CP', commonCfg: '78', accounts: 1, wifi: true, bluetooth: true },
  { name: 'CP925', series: 'CP', commonCfg: '148', accounts: 1, wifi: true, bluetooth: true },
  { name: 'CP960', series: 'CP', commonCfg: '73', accounts: 1, wifi: true, bluetooth: true },
  { name: 'CP965', series: 'CP', commonCfg: '143', accounts: 1, wifi: true, bluetooth: true },
  { name: 'VP530', series: 'VP', commonCfg: '23' },
  { name: 'VP59', series: 'VP', commonCfg: '91', accounts: 16, lineKeys: 27, programmableKeys: 14, ...EXP50, wifi: true, bluetooth: true },
  { name: 'W52P', series: 'W', commonCfg: '25' },
  { name: 'W56P', series: 'W', commonCfg: '25' },
  { name: 'W60B', series: 'W', commonCfg: '77' },
  { name: 'W70B', series: 'W', commonCfg: '146', accounts: 10 },
  {
    name: 'W80B',
    series: 'W',
    commonCfg: '103',
    disputed: 'Common CFG: 103 in one provisioning plugin, 175 in Yealink templates (175 is also given for W75B)',
  },
  { name: 'W80DM', series: 'W', commonCfg: '103', accounts: 30 },
  { name: 'W75DM', series: 'W', accounts: 20 },
  { name: 'W90DM', series: 'W', accounts: 250 },
  { name: 'AX83H', series: 'AX', commonCfg: '180', accounts: 4 },
  { name: 'AX86R', series: 'AX', commonCfg: '182', accounts: 4 },
];

const byName = new Map(MODELS.map((model) => [model.name.toUpperCase(), model]));
const byCommonCfg = new Map<string, ModelInfo>();
for (const model of MODELS) {
  // The first model listed for a shared number names the family (T23P before T23G, T53 before T53W).
  if (model.commonCfg && !byCommonCfg.has(model.commonCfg)) byCommonCfg.set(model.commonCfg, model);
}

/** Finds a model by name, ignoring case and the `_E2` / ` E2` spelling difference. */
export function findModel(name: string): ModelInfo | undefined {
  const normalized = name.trim().toUpperCase().replace(/[\s-]+E2$/, '_E2');
  return byName.get(normalized);
}

/** The model (family) that downloads the Common CFG with this number, e.g. "66" -> T46S. */
export function modelForCommonCfg(number: string): ModelInfo | undefined {
  return byCommonCfg.get(String(Number(number)).padStart(2, '0'));
}

/** The models that share a Common CFG number: T46S for "66", T53 and T53W for "95". */
export function modelsForCommonCfg(number: string): readonly ModelInfo[] {
  const key = String(Number(number)).padStart(2, '0');
  return MODELS.filter((model) => model.commonCfg === key);
}

/** A model's count for an indexed capability, or undefined when the model lacks it or no guide says. */
export function capabilityOf(model: ModelInfo, capability: ModelCapability): number | undefined {
  return model[capability];
}

/** Every series name used in MODELS, for checking catalog `models` lists. */
export const SERIES: ReadonlySet<string> = new Set(MODELS.map((model) => model.series));
