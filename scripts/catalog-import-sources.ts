/**
 * The pinned public copies of Yealink's own configuration templates that `npm run catalog:import` reads.
 * Each file is named by repository, commit and path, so every generated catalog entry can link to the exact
 * file it came from. Nothing here is committed content: `npm run catalog:snapshots` extracts these files
 * from local git mirrors into a folder outside the repository, and the importer reads that folder.
 */

/** How the importer reads a file. */
export type SnapshotFormat =
  /** A `.cfg`-style template: `key = value` lines, Yealink's `#`/`##` comment block above each key. */
  | 'template'
  /** sipXyealink's typed parameter model for the phone (full names). */
  | 'sipx-phone'
  /** sipXyealink's typed parameter model for one account (names relative to `account.X.`). */
  | 'sipx-line'
  /** sipXyealink's value types (`<type id=...>`) used by the two models above. */
  | 'sipx-types'
  /** sipXyealink's labels for the value types (`type.<id>.<value>=Label`). */
  | 'sipx-labels'
  /** PrimeVOX's structured entries (`load_device_default(...)` calls with value labels). */
  | 'primevox';

export interface PinnedFile {
  /** Short stable id, used as the catalog source tag (`sources.ts`) of the entries it names. */
  readonly tag: string;
  readonly repo: string;
  readonly commit: string;
  readonly path: string;
  readonly format: SnapshotFormat;
  /** What the file is, as hover shows it. */
  readonly title: string;
  /** The firmware generation the file documents, e.g. "V84"; decides conflicts (newer wins). */
  readonly firmware: string;
  /** Firmware as a number for ordering (70, 80, 83, 84, 85); 0 for non-Yealink structured data. */
  readonly rank: number;
  /** True when the comments and names are Yealink's own (a reboot note from such a file counts). */
  readonly yealink: boolean;
  /** For sipXyealink models: the tags of the types and labels files read with them. */
  readonly uses?: readonly string[];
  /** For sipXyealink models: read names and Yealink's comments only, not the model's own value types. */
  readonly namesOnly?: boolean;
}

const SIPX = 'siplabs/sipXyealink';
const SIPX_DIR = 'etc/yealinkPhone';

/** Where one typed sipXyealink model lives: repository, commit, folder and the firmware it models. */
interface SipxModel {
  readonly repo: string;
  readonly dir: string;
  readonly commit: string;
  /** Tag stem, e.g. "SIPX-B" or "SIPXCOM-V8X". */
  readonly stem: string;
  /** Model file suffix: "7X" reads phone-7X.xml and line-7X.xml. */
  readonly generation: '7X' | '8X';
  readonly firmware: string;
  readonly rank: number;
  /** What hover adds after the file name, e.g. ", LDAP-settings-selector branch". */
  readonly note: string;
  /** The value types read with the models; none reads only the names and Yealink's comments. */
  readonly typeFiles: readonly string[];
  /** Short name of the project in titles. */
  readonly project: string;
}

/** One commit of a sipXconfig Yealink plugin: its phone and line models, value types and labels. */
function sipx(model: SipxModel): PinnedFile[] {
  const { repo, dir, commit, stem, generation, firmware, rank, note, project } = model;
  const common = { repo, commit, firmware, rank };
  const range = generation === '8X' ? 'V80' : 'V70/V71';
  const types = model.typeFiles.map((file, i) => ({
    ...common,
    tag: `${stem}-TYPES${i === 0 ? '' : `-${i}`}`,
    path: `${dir}/${file}`,
    format: 'sipx-types' as const,
    title: `Yealink ${range} value types (${project} ${file}${note})`,
    yealink: true,
  }));
  const labelFiles = types.length > 0 ? [`phone-${generation}.properties`, `line-${generation}.properties`] : [];
  const labels = labelFiles.map((file, i) => ({
    ...common,
    tag: `${stem}-LABELS${i === 0 ? '' : '-LINE'}`,
    path: `${dir}/${file}`,
    format: 'sipx-labels' as const,
    title: `Yealink ${range} value labels (${project} ${file}${note})`,
    yealink: false,
  }));
  const uses = [...types, ...labels].map((file) => file.tag);
  const namesOnly = types.length === 0;
  const what = namesOnly ? ' list' : 's';
  return [
    {
      ...common,
      tag: `${stem}-PHONE`,
      path: `${dir}/phone-${generation}.xml`,
      format: 'sipx-phone',
      title: `Yealink ${range} phone parameter${what} with Yealink's template comments (${project} phone-${generation}.xml${note})`,
      yealink: true,
      uses,
      ...(namesOnly ? { namesOnly } : {}),
    },
    {
      ...common,
      tag: `${stem}-LINE`,
      path: `${dir}/line-${generation}.xml`,
      format: 'sipx-line',
      title: `Yealink ${range} account parameter${what} with Yealink's template comments (${project} line-${generation}.xml${note})`,
      yealink: true,
      uses,
      ...(namesOnly ? { namesOnly } : {}),
    },
    ...types,
    ...labels,
  ];
}

/** siplabs/sipXyealink: the V70/V71 models; the three commits differ slightly, so each is read. */
function siplabs(suffix: string, commit: string, note: string, typeFiles: readonly string[]): PinnedFile[] {
  return sipx({
    repo: SIPX,
    dir: SIPX_DIR,
    commit,
    stem: `SIPX${suffix}`,
    generation: '7X',
    firmware: 'V70',
    rank: 70 + (suffix === '' ? 0.2 : suffix === '-B' ? 0.1 : 0),
    note,
    typeFiles,
    project: 'sipXyealink',
  });
}

export const PINNED_FILES: readonly PinnedFile[] = [
  {
    tag: 'TPL-V80-T4X',
    repo: 'therealcode/3cx-yealink-template-maker',
    commit: 'ee5cbe889ef2ed78491f1fb58aebcf7e6ddbfbc6',
    path: 'template.txt',
    format: 'template',
    title: "Yealink T2/T4/T5 V80/V81 configuration template with Yealink's comments (3CX copy)",
    firmware: 'V80',
    rank: 80,
    yealink: true,
  },
  ...siplabs('', 'a07bf6af41a31f302b9d05df5babc6a4c1d62a1c', '', ['types.xml', 'types_v70.xml', 'types_v71.xml']),
  ...siplabs('-B', '8914a9f96d5eb50e4e264fb03c1778581e6a1c7a', ', LDAP-settings-selector branch', ['types.xml', 'types_v71.xml']),
  ...siplabs('-C', '138dab0b9aaf42dff39264f75eba523384069252', ', 2013-08 version', ['types.xml']),
  // The plugin's later home in sipXcom models V80 firmware too. Only its names and Yealink's comments are
  // read: its value types narrow some lists to the choices of sipXconfig's own forms (a few time zones and
  // languages, fewer keypad-lock modes than Yealink's V7x and V84 templates state).
  ...sipx({
    repo: 'sipXcom/sipxecs',
    dir: 'sipXyealink/etc/yealink',
    commit: 'e7fef030c881ea1f77c6509eb44759a64b9a54a9',
    stem: 'SIPXCOM-V8X',
    generation: '8X',
    firmware: 'V80',
    // Just below the V80/V81 template, which states more of Yealink's comments for the same firmware.
    rank: 79.9,
    note: '',
    typeFiles: [],
    project: 'sipXcom sipXyealink',
  }),
  {
    tag: 'TPL-V84-COMMON',
    repo: 'thecloudmethod/yealink-provision-patch',
    commit: '2d40b56b454c6047b2286f94fbaa54bdcae58bb1',
    path: 'src/static/common.cfg',
    format: 'template',
    title: 'Yealink V84 Common CFG template',
    firmware: 'V84',
    rank: 84,
    yealink: true,
  },
  {
    tag: 'TPL-V84-MAC',
    repo: 'thecloudmethod/yealink-provision-patch',
    commit: '2d40b56b454c6047b2286f94fbaa54bdcae58bb1',
    path: 'src/static/mac.cfg',
    format: 'template',
    title: 'Yealink V84 MAC CFG template',
    firmware: 'V84',
    rank: 84,
    yealink: true,
  },
  {
    tag: 'TPL-V84-TANCREDI',
    repo: 'nethesis/tancredi',
    commit: '5a8de9b9cfe0eddb034c525034465f1ce1c9717b',
    path: 'data/templates/yealink.tmpl',
    format: 'template',
    title: "Tancredi's Yealink template, built on Yealink's V84 Common template",
    firmware: 'V84',
    rank: 84,
    yealink: true,
  },
  {
    tag: 'TPL-V83-COMMON',
    repo: 'Dimche-msk/provisioning-system',
    commit: '54da9535ac5960254db8d2ff8ae56161492e2816',
    path: 'conf/vendors/yealink/templates/y000000000000.cfg.tpl',
    format: 'template',
    title: 'Yealink V83 Common CFG template',
    firmware: 'V83',
    rank: 83,
    yealink: true,
  },
  {
    tag: 'TPL-V85-MAC-T33G',
    repo: 'SlinkySoftware/PhoneManager',
    commit: '1f9d2239a07e192aacfa502bcde7354f76824912',
    path: 'docs/configuration/examples/yealink-sip-t33g.cfg',
    format: 'template',
    title: 'Yealink V85 MAC CFG template (SIP-T33G example)',
    firmware: 'V85',
    rank: 85,
    yealink: true,
  },
  {
    tag: 'TPL-V85-MAC-W70B',
    repo: 'SlinkySoftware/PhoneManager',
    commit: '1f9d2239a07e192aacfa502bcde7354f76824912',
    path: 'docs/configuration/examples/yealink-w70b.cfg',
    format: 'template',
    title: 'Yealink W70B MAC CFG example',
    firmware: 'V85',
    rank: 85,
    yealink: true,
  },
  {
    tag: 'PRIMEVOX',
    repo: 'PrimeVOX/zzz_archive_provisioner_v1',
    commit: '81246076b3f06ef87cab4f77071190b96f09d228',
    path: 'provision_install_yealinktxx.php',
    format: 'primevox',
    title: "PrimeVOX provisioner's Yealink T2x/T4x parameter table (names and value labels)",
    firmware: 'V7x',
    rank: 0,
    yealink: false,
  },
];

/** Where a pinned file lies inside a snapshot folder: `<owner>/<repo>/<commit>/<path>`. */
export function snapshotPath(file: Pick<PinnedFile, 'repo' | 'commit' | 'path'>): string {
  return `${file.repo}/${file.commit}/${file.path}`;
}

/** The address of the file at its commit, which a user can open. */
export function blobUrl(file: Pick<PinnedFile, 'repo' | 'commit' | 'path'>): string {
  return `https://github.com/${file.repo}/blob/${file.commit}/${file.path}`;
}
