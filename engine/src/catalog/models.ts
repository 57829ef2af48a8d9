/**
 * Phone models: the Common CFG number each one downloads and the counts that bound indexed parameters.
 * Every count and Common CFG number names where it comes from (`sources`, tags from ./sources.ts):
 * Yealink's own configuration templates first (the V85 MAC template's account header, the V84 Common
 * template's DSS key ranges, the V81 template's common-file comment), Yealink guides next, and the
 * Tancredi project's model capability files for the newer models no Yealink text here covers. Where
 * sources disagree, `disputed` says what the other source gives; the value used is the Yealink one.
 */
import { editDistance } from './suggest';
import type { ModelCapability, SourceRef } from './types';

/** What a count or number in the models table is based on. */
export type ModelFact = ModelCapability | 'commonCfg';

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
  /** DECT handsets a base takes. */
  readonly handsets?: number;
  /** Index values inside 1..count that the model does not have (programmable key 11 on a T46G). */
  readonly missing?: Partial<Record<ModelCapability, readonly number[]>>;
  readonly wifi?: boolean;
  readonly bluetooth?: boolean;
  /** The document behind each count and the Common CFG number. */
  readonly sources?: Partial<Record<ModelFact, SourceRef>>;
  /** Where sources give a different value, what they say. */
  readonly disputed?: string;
}

/** Yealink's V85 MAC template header: `account.X` ranges per model. */
const V85_ACCOUNTS: SourceRef = { guide: 'TPL-V85-MAC', page: 'header, account.X ranges' };
/** Yealink's V84 Common template, DSS key section. */
const V84_LINEKEYS: SourceRef = { guide: 'TPL-V84-COMMON', page: 'Linekey section, LineKeyX ranges' };
const V84_PROGKEYS: SourceRef = { guide: 'TPL-V84-COMMON', page: 'Programablekey section, X ranges' };
const V84_EXPKEYS: SourceRef = { guide: 'TPL-V84-COMMON', page: 'Expansion Key section, X and Y ranges' };
/** Yealink's V81 template comment on `auto_provision.common_file_name`, and the template's model list. */
const V81_COMMON: SourceRef = { guide: 'TPL-V81-3CX', page: 'auto_provision.common_file_name comment and model list' };
const CFG_LIST: SourceRef = { guide: 'CFG-NAMES' };
/** DSS key appendix of the V70/V72 T2xP guide (line, memory and programmable keys of T26P/T28P). */
const AG70_KEYS: SourceRef = { guide: 'AG-T2XP', page: 'PDF page 415' };
/** Line key ranges per model, "Not applicable to SIP-T19(P) E2" (linekey.X.line / linekey.X.value, V81 guide). */
const AG81_LINEKEYS: SourceRef = { guide: 'AG81', page: '617' };
/** "X is the account ID. For T58V/T58A/T56A, X=1-16; for CP960, X=1." */
const AGT58_ACCOUNTS: SourceRef = { guide: 'AGT58', page: '185' };
const tancredi = (file: string): SourceRef => ({ guide: 'TANCREDI', page: `data/scopes/yealink-${file}.ini` });

/** Tancredi's counts: line keys, and expansion modules and keys when it gives them. */
function fromTancredi(file: string, facts: readonly ModelFact[]): Partial<Record<ModelFact, SourceRef>> {
  return Object.fromEntries(facts.map((fact) => [fact, tancredi(file)]));
}

const EXP40 = { expansionModules: 6, expansionKeys: 40 } as const;
/** EXP20 on T27P/T27G/T29G: 6 modules of 40 keys, key 21 cannot be configured. */
const EXP20 = { expansionModules: 6, expansionKeys: 40, missing: { expansionKeys: [21] } } as const;
const EXP50 = { expansionModules: 3, expansionKeys: 60 } as const;
const EXP55 = { expansionModules: 3, expansionKeys: 78 } as const;
/** Programmable keys 1-10, 12-14 (T48G/T48S/T46G/T46S). */
const PROG_NO_11 = { programmableKeys: 14, missing: { programmableKeys: [11] } } as const;
/** Programmable keys 1-10, 13 (T42G/T42S/T41P/T41S/T40P/T40G). */
const PROG_TO_13 = { programmableKeys: 13, missing: { programmableKeys: [11, 12] } } as const;
/** Programmable keys 1-10, 14 (T23P/T23G/T21(P) E2). */
const PROG_TO_14 = { programmableKeys: 14, missing: { programmableKeys: [11, 12, 13] } } as const;

/** Sources of a V84-template T2/T4/T5 model: Common CFG, accounts, line keys, programmable and expansion keys. */
function yealinkTemplates(commonCfg: SourceRef | undefined, extra: Partial<Record<ModelFact, SourceRef>> = {}): Partial<Record<ModelFact, SourceRef>> {
  return {
    ...(commonCfg ? { commonCfg } : {}),
    accounts: V85_ACCOUNTS,
    lineKeys: V84_LINEKEYS,
    programmableKeys: V84_PROGKEYS,
    expansionModules: V84_EXPKEYS,
    expansionKeys: V84_EXPKEYS,
    ...extra,
  };
}

/** T7x/T8x line keys: Yealink's own T7x/T8x templates are not among the sources read here. */
const T7X_LINEKEYS = (file: string, tancrediCount: number): string =>
  `line keys: Tancredi's ${file} capability file gives ${tancrediCount}; the larger count is kept so no existing key is flagged`;

const LISTED: readonly ModelInfo[] = [
  {
    name: 'T19P_E2',
    series: 'T1',
    commonCfg: '53',
    accounts: 1,
    lineKeys: 0,
    programmableKeys: 14,
    missing: { programmableKeys: [10, 11, 12] },
    sources: { commonCfg: V81_COMMON, programmableKeys: V84_PROGKEYS, lineKeys: AG81_LINEKEYS },
  },
  { name: 'T21P_E2', series: 'T2', commonCfg: '52', accounts: 2, lineKeys: 2, ...PROG_TO_14, sources: yealinkTemplates(V81_COMMON) },
  { name: 'T23P', series: 'T2', commonCfg: '44', accounts: 3, lineKeys: 3, ...PROG_TO_14, sources: yealinkTemplates(V81_COMMON) },
  { name: 'T23G', series: 'T2', commonCfg: '44', accounts: 3, lineKeys: 3, ...PROG_TO_14, sources: yealinkTemplates(V81_COMMON) },
  {
    name: 'T26P',
    series: 'T2',
    commonCfg: '04',
    lineKeys: 3,
    memoryKeys: 10,
    programmableKeys: 14,
    sources: { lineKeys: AG70_KEYS, memoryKeys: AG70_KEYS, programmableKeys: AG70_KEYS },
  },
  { name: 'T27P', series: 'T2', commonCfg: '45', accounts: 6, lineKeys: 21, programmableKeys: 14, ...EXP20, sources: yealinkTemplates(V81_COMMON) },
  { name: 'T27G', series: 'T2', commonCfg: '69', accounts: 6, lineKeys: 21, programmableKeys: 14, ...EXP20, sources: yealinkTemplates(V81_COMMON) },
  {
    name: 'T28P',
    series: 'T2',
    commonCfg: '00',
    lineKeys: 6,
    memoryKeys: 10,
    programmableKeys: 14,
    sources: { lineKeys: AG70_KEYS, memoryKeys: AG70_KEYS, programmableKeys: AG70_KEYS },
  },
  { name: 'T29G', series: 'T2', commonCfg: '46', accounts: 16, lineKeys: 27, programmableKeys: 14, ...EXP20, sources: yealinkTemplates(V81_COMMON) },
  { name: 'T30P', series: 'T3', commonCfg: '127', accounts: 1, lineKeys: 0, sources: { commonCfg: CFG_LIST, lineKeys: tancredi('T30') } },
  { name: 'T30', series: 'T3', commonCfg: '127', accounts: 1, lineKeys: 0, sources: { commonCfg: CFG_LIST, lineKeys: tancredi('T30') } },
  { name: 'T31G', series: 'T3', commonCfg: '123', accounts: 2, lineKeys: 2, sources: { commonCfg: CFG_LIST, lineKeys: tancredi('T31') } },
  { name: 'T31P', series: 'T3', commonCfg: '123', accounts: 2, lineKeys: 2, sources: { commonCfg: CFG_LIST, lineKeys: tancredi('T31') } },
  { name: 'T31', series: 'T3', commonCfg: '123', accounts: 2, lineKeys: 2, sources: { commonCfg: CFG_LIST, lineKeys: tancredi('T31') } },
  { name: 'T31W', series: 'T3', commonCfg: '172', accounts: 2, lineKeys: 2, wifi: true, bluetooth: true, sources: { commonCfg: CFG_LIST, lineKeys: tancredi('T31') } },
  { name: 'T33G', series: 'T3', commonCfg: '124', accounts: 4, lineKeys: 12, sources: { commonCfg: CFG_LIST, lineKeys: tancredi('T33') } },
  { name: 'T33P', series: 'T3', commonCfg: '124', accounts: 4, lineKeys: 12, sources: { commonCfg: CFG_LIST, lineKeys: tancredi('T33') } },
  { name: 'T34W', series: 'T3', commonCfg: '171', accounts: 4, lineKeys: 12, wifi: true, bluetooth: true, sources: { commonCfg: CFG_LIST, lineKeys: tancredi('T34') } },
  { name: 'T40P', series: 'T4', commonCfg: '54', accounts: 3, lineKeys: 3, ...PROG_TO_13, sources: yealinkTemplates(V81_COMMON) },
  { name: 'T40G', series: 'T4', commonCfg: '76', accounts: 3, lineKeys: 3, ...PROG_TO_13, sources: yealinkTemplates(V81_COMMON) },
  { name: 'T41P', series: 'T4', commonCfg: '36', accounts: 6, lineKeys: 15, ...PROG_TO_13, sources: yealinkTemplates(V81_COMMON) },
  { name: 'T41S', series: 'T4', commonCfg: '68', accounts: 6, lineKeys: 15, ...PROG_TO_13, wifi: true, sources: yealinkTemplates(V81_COMMON) },
  { name: 'T41U', series: 'T4', accounts: 6, lineKeys: 15, sources: { accounts: V85_ACCOUNTS, lineKeys: tancredi('T41') } },
  { name: 'T42G', series: 'T4', commonCfg: '29', accounts: 12, lineKeys: 15, ...PROG_TO_13, sources: yealinkTemplates(V81_COMMON) },
  { name: 'T42S', series: 'T4', commonCfg: '67', accounts: 12, lineKeys: 15, ...PROG_TO_13, wifi: true, sources: yealinkTemplates(V81_COMMON) },
  {
    name: 'T42U',
    series: 'T4',
    commonCfg: '116',
    accounts: 12,
    lineKeys: 15,
    sources: { commonCfg: CFG_LIST, lineKeys: tancredi('T42') },
    disputed: "accounts: Yealink's V85 MAC template header gives 6 (with T41U); the V85 guide gives 12, which is kept",
  },
  {
    name: 'T43U',
    series: 'T4',
    commonCfg: '107',
    accounts: 12,
    lineKeys: 21,
    ...EXP50,
    sources: { commonCfg: CFG_LIST, accounts: V85_ACCOUNTS, ...fromTancredi('T43', ['lineKeys', 'expansionModules', 'expansionKeys']) },
  },
  {
    name: 'T44U',
    series: 'T4',
    commonCfg: '173',
    lineKeys: 21,
    ...EXP50,
    sources: { commonCfg: CFG_LIST, ...fromTancredi('T44', ['lineKeys', 'expansionModules', 'expansionKeys']) },
  },
  {
    name: 'T44W',
    series: 'T4',
    commonCfg: '174',
    lineKeys: 24,
    ...EXP50,
    wifi: true,
    bluetooth: true,
    sources: { commonCfg: CFG_LIST, ...fromTancredi('T44', ['expansionModules', 'expansionKeys']) },
    disputed: "line keys: Tancredi's T44 capability file gives 21; 24 (from a Yealink T44W template) is kept",
  },
  { name: 'T46G', series: 'T4', commonCfg: '28', accounts: 16, lineKeys: 27, ...PROG_NO_11, ...EXP40, wifi: true, sources: yealinkTemplates(V81_COMMON) },
  { name: 'T46S', series: 'T4', commonCfg: '66', accounts: 16, lineKeys: 27, ...PROG_NO_11, ...EXP40, wifi: true, sources: yealinkTemplates(V81_COMMON) },
  {
    name: 'T46U',
    series: 'T4',
    commonCfg: '108',
    accounts: 16,
    lineKeys: 27,
    ...EXP50,
    sources: { commonCfg: CFG_LIST, accounts: V85_ACCOUNTS, ...fromTancredi('T46', ['lineKeys', 'expansionModules', 'expansionKeys']) },
  },
  { name: 'T48G', series: 'T4', commonCfg: '35', accounts: 16, lineKeys: 29, ...PROG_NO_11, ...EXP40, wifi: true, sources: yealinkTemplates(V81_COMMON) },
  { name: 'T48S', series: 'T4', commonCfg: '65', accounts: 16, lineKeys: 29, ...PROG_NO_11, ...EXP40, wifi: true, sources: yealinkTemplates(V81_COMMON) },
  {
    name: 'T48U',
    series: 'T4',
    commonCfg: '109',
    accounts: 16,
    lineKeys: 29,
    ...EXP50,
    sources: { commonCfg: CFG_LIST, accounts: V85_ACCOUNTS, ...fromTancredi('T48', ['lineKeys', 'expansionModules', 'expansionKeys']) },
  },
  {
    name: 'T49G',
    series: 'T4',
    commonCfg: '51',
    lineKeys: 4,
    ...EXP50,
    sources: fromTancredi('T49', ['lineKeys', 'expansionModules', 'expansionKeys']),
  },
  {
    name: 'T52S',
    series: 'T5',
    commonCfg: '74',
    accounts: 12,
    lineKeys: 21,
    ...EXP50,
    wifi: true,
    sources: { commonCfg: V81_COMMON, accounts: V85_ACCOUNTS, lineKeys: V84_LINEKEYS, expansionModules: V84_EXPKEYS, expansionKeys: V84_EXPKEYS },
  },
  ...(['T53', 'T53W', 'T53C'] as const).map(
    (name): ModelInfo => ({
      name,
      series: 'T5',
      commonCfg: '95',
      accounts: 12,
      lineKeys: 27,
      ...EXP50,
      ...(name === 'T53W' ? { wifi: true, bluetooth: true } : {}),
      sources: { commonCfg: CFG_LIST, lineKeys: V84_LINEKEYS, ...fromTancredi('T53', ['expansionModules', 'expansionKeys']) },
      disputed:
        "line keys: Tancredi's T53 capability file gives 21, Yealink's V84 Common template 27 (kept); accounts: 12 is kept, though the V85 MAC template's \"T5XW\" group (16 accounts) may take in the T53W",
    }),
  ),
  {
    name: 'T54S',
    series: 'T5',
    commonCfg: '70',
    accounts: 16,
    lineKeys: 27,
    ...EXP50,
    wifi: true,
    bluetooth: true,
    sources: { commonCfg: V81_COMMON, accounts: V85_ACCOUNTS, lineKeys: V84_LINEKEYS, expansionModules: V84_EXPKEYS, expansionKeys: V84_EXPKEYS },
  },
  {
    name: 'T54W',
    series: 'T5',
    commonCfg: '96',
    accounts: 16,
    lineKeys: 27,
    ...EXP50,
    wifi: true,
    bluetooth: true,
    sources: { commonCfg: CFG_LIST, accounts: V85_ACCOUNTS, lineKeys: V84_LINEKEYS, expansionModules: V84_EXPKEYS, expansionKeys: V84_EXPKEYS },
  },
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
    sources: { accounts: AGT58_ACCOUNTS, ...fromTancredi('T56', ['lineKeys', 'expansionModules', 'expansionKeys']) },
    disputed: 'Common CFG: 56 in Yealink templates, 58 in one provisioning plugin (shared T58 firmware)',
  },
  {
    name: 'T57W',
    series: 'T5',
    commonCfg: '97',
    accounts: 16,
    lineKeys: 29,
    ...EXP50,
    wifi: true,
    bluetooth: true,
    sources: { commonCfg: CFG_LIST, accounts: V85_ACCOUNTS, lineKeys: V84_LINEKEYS, expansionModules: V84_EXPKEYS, expansionKeys: V84_EXPKEYS },
  },
  ...(['T58A', 'T58V'] as const).map(
    (name): ModelInfo => ({
      name,
      series: 'T5',
      commonCfg: '58',
      accounts: 16,
      lineKeys: 27,
      programmableKeys: 14,
      ...EXP50,
      wifi: true,
      bluetooth: true,
      sources: { commonCfg: CFG_LIST, accounts: AGT58_ACCOUNTS, ...fromTancredi('T58', ['lineKeys', 'expansionModules', 'expansionKeys']) },
    }),
  ),
  {
    name: 'T58W',
    series: 'T5',
    commonCfg: '150',
    accounts: 16,
    lineKeys: 27,
    ...EXP50,
    wifi: true,
    bluetooth: true,
    sources: { commonCfg: CFG_LIST, ...fromTancredi('T58', ['lineKeys', 'expansionModules', 'expansionKeys']) },
  },
  {
    name: 'T73W',
    series: 'T7',
    commonCfg: '183',
    accounts: 12,
    lineKeys: 48,
    ...EXP55,
    wifi: true,
    bluetooth: true,
    sources: { commonCfg: CFG_LIST, ...fromTancredi('T73', ['expansionModules', 'expansionKeys']) },
    disputed: T7X_LINEKEYS('T73', 40),
  },
  {
    name: 'T73U',
    series: 'T7',
    commonCfg: '186',
    accounts: 12,
    lineKeys: 48,
    ...EXP55,
    sources: { commonCfg: CFG_LIST, ...fromTancredi('T73', ['expansionModules', 'expansionKeys']) },
    disputed: T7X_LINEKEYS('T73', 40),
  },
  {
    name: 'T74W',
    series: 'T7',
    commonCfg: '184',
    accounts: 16,
    lineKeys: 60,
    ...EXP55,
    wifi: true,
    bluetooth: true,
    sources: { commonCfg: CFG_LIST, ...fromTancredi('T74', ['expansionModules', 'expansionKeys']) },
    disputed: T7X_LINEKEYS('T74', 50),
  },
  {
    name: 'T74U',
    series: 'T7',
    commonCfg: '187',
    accounts: 16,
    lineKeys: 60,
    ...EXP55,
    sources: { commonCfg: CFG_LIST, ...fromTancredi('T74', ['expansionModules', 'expansionKeys']) },
    disputed: T7X_LINEKEYS('T74', 50),
  },
  {
    name: 'T77U',
    series: 'T7',
    commonCfg: '188',
    accounts: 16,
    lineKeys: 95,
    ...EXP55,
    sources: { commonCfg: CFG_LIST, ...fromTancredi('T77', ['expansionModules', 'expansionKeys']) },
    disputed: T7X_LINEKEYS('T77', 56),
  },
  {
    name: 'T85W',
    series: 'T8',
    commonCfg: '196',
    accounts: 16,
    lineKeys: 72,
    ...EXP55,
    wifi: true,
    bluetooth: true,
    sources: { commonCfg: CFG_LIST, ...fromTancredi('T85', ['expansionModules', 'expansionKeys']) },
    disputed: T7X_LINEKEYS('T85', 60),
  },
  {
    name: 'T87W',
    series: 'T8',
    commonCfg: '197',
    accounts: 16,
    lineKeys: 95,
    ...EXP55,
    wifi: true,
    bluetooth: true,
    sources: { commonCfg: CFG_LIST, ...fromTancredi('T87', ['expansionModules', 'expansionKeys']) },
    disputed: T7X_LINEKEYS('T87', 84),
  },
  ...(['T88V', 'T88W'] as const).map(
    (name): ModelInfo => ({
      name,
      series: 'T8',
      commonCfg: '192',
      accounts: 16,
      lineKeys: 95,
      ...EXP55,
      wifi: true,
      bluetooth: true,
      sources: { commonCfg: CFG_LIST, ...fromTancredi('T88', ['expansionModules', 'expansionKeys']) },
      disputed: T7X_LINEKEYS('T88', 84),
    }),
  ),
  { name: 'CP860', series: 'CP', commonCfg: '37', accounts: 1, sources: { commonCfg: CFG_LIST } },
  { name: 'CP920', series: 'CP', commonCfg: '78', accounts: 1, wifi: true, bluetooth: true, sources: { commonCfg: CFG_LIST } },
  { name: 'CP925', series: 'CP', commonCfg: '148', accounts: 1, wifi: true, bluetooth: true, sources: { commonCfg: CFG_LIST } },
  { name: 'CP935W', series: 'CP', commonCfg: '149', accounts: 1, wifi: true, bluetooth: true, sources: { commonCfg: CFG_LIST } },
  { name: 'CP960', series: 'CP', commonCfg: '73', accounts: 1, wifi: true, bluetooth: true, sources: { commonCfg: CFG_LIST, accounts: AGT58_ACCOUNTS } },
  { name: 'CP965', series: 'CP', commonCfg: '143', accounts: 1, wifi: true, bluetooth: true, sources: { commonCfg: CFG_LIST } },
  { name: 'VP530', series: 'VP', commonCfg: '23' },
  {
    name: 'VP59',
    series: 'VP',
    commonCfg: '91',
    accounts: 16,
    lineKeys: 27,
    programmableKeys: 14,
    ...EXP50,
    wifi: true,
    bluetooth: true,
    sources: { commonCfg: CFG_LIST, ...fromTancredi('VP59', ['lineKeys', 'expansionModules', 'expansionKeys']) },
  },
  {
    name: 'W52P',
    series: 'W',
    commonCfg: '25',
    handsets: 5,
    sources: { commonCfg: { guide: 'W52P-AP', page: '43' }, handsets: { guide: 'TPL-SIPX-V7X', page: 'phone-7X.xml and phone-7X.properties, handsets section' } },
  },
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
  { name: 'AX83H', series: 'AX', commonCfg: '180', accounts: 4, lineKeys: 0, sources: { lineKeys: tancredi('AX83') } },
  { name: 'AX86R', series: 'AX', commonCfg: '182', accounts: 4, lineKeys: 0, sources: { lineKeys: tancredi('AX86') } },
];

/** A model with its `sources` narrowed to the facts it actually has (shared source sets name them all). */
function keepKnownSources(model: ModelInfo): ModelInfo {
  if (!model.sources) return model;
  const sources = Object.fromEntries(Object.entries(model.sources).filter(([fact]) => model[fact as ModelFact] !== undefined));
  return { ...model, sources };
}

export const MODELS: readonly ModelInfo[] = LISTED.map(keepKnownSources);

const byName = new Map(MODELS.map((model) => [model.name.toUpperCase(), model]));
const byCommonCfg = new Map<string, ModelInfo>();
for (const model of MODELS) {
  // The first model listed for a shared number names the family (T23P before T23G, T53 before T53W).
  if (model.commonCfg && !byCommonCfg.has(model.commonCfg)) byCommonCfg.set(model.commonCfg, model);
}

/** Finds a model by name, ignoring case and the `_E2` / ` E2` spelling difference. */
export function findModel(name: string): ModelInfo | undefined {
  let normalized = name.trim().toUpperCase();
  // `T21P E2` and `T21P-E2` are `T21P_E2` (by hand: a name of many blanks must not cost quadratic time).
  if (normalized.endsWith('E2')) {
    let stem = normalized.length - 2;
    while (stem > 0 && (normalized[stem - 1] === '-' || normalized[stem - 1] === ' ' || normalized[stem - 1] === '\t')) stem--;
    if (stem < normalized.length - 2) normalized = `${normalized.slice(0, stem)}_E2`;
  }
  return byName.get(normalized);
}

/** Known model names close to `name` (at most two edits), nearest first: for "did you mean". */
export function closeModelNames(name: string, limit = 3): string[] {
  const wanted = name.trim().toUpperCase();
  return MODELS.map((model) => ({ name: model.name, distance: editDistance(wanted, model.name, 2) }))
    .filter((candidate) => candidate.distance <= 2)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, limit)
    .map((candidate) => candidate.name);
}

/** The model (family) that downloads the Common CFG with this number, e.g. "66" -> T46S. */
export function modelForCommonCfg(number: string): ModelInfo | undefined {
  return byCommonCfg.get(String(Number(number)).padStart(2, '0'));
}

/** The models that share a Common CFG number: T46S for "66", T53, T53W and T53C for "95". */
export function modelsForCommonCfg(number: string): readonly ModelInfo[] {
  const key = String(Number(number)).padStart(2, '0');
  return MODELS.filter((model) => model.commonCfg === key);
}

/** A model's count for an indexed capability, or undefined when no source gives one. */
export function capabilityOf(model: ModelInfo, capability: ModelCapability): number | undefined {
  return model[capability];
}

/** Index values inside 1..count that the model lacks (programmable key 11 on a T46G, EXP20 key 21). */
export function missingIndexesOf(model: ModelInfo, capability: ModelCapability): readonly number[] {
  return model.missing?.[capability] ?? [];
}

/** The document behind one of a model's counts or its Common CFG number, when one is recorded. */
export function modelFactSource(model: ModelInfo, fact: ModelFact): SourceRef | undefined {
  return model.sources?.[fact];
}

/** Every series name used in MODELS, for checking catalog `models` lists. */
export const SERIES: ReadonlySet<string> = new Set(MODELS.map((model) => model.series));
