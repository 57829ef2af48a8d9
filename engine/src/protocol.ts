/**
 * Every name that crosses a process or package boundary, in one place: the custom LSP messages between the
 * VS Code client and the language server (with their parameter and result types), the command ids the
 * manifest contributes and the server's quick fixes run, the language id, the merge preview's URI scheme,
 * the severity levels and the parsing of the `yealinkCfg` settings. The client, the server, the CLI and
 * package.json agree through this file (test/protocol.test.ts checks the manifest against it).
 *
 * No runtime dependency: a message is a method name with phantom parameter and result types, so the CLI
 * bundle does not pull in the JSON-RPC library. Each face wraps its own connection with these descriptors.
 */
import type { RebootWarnings, ServiceSettings, Severity } from './document';
import type { ImpactReport } from './impact/impact';
import type { ImpactLine } from './impact/impactText';
import type { MergePlan, PartnerSlot } from './fileService';
import type { FileSummary } from './languageService';

// ---------------------------------------------------------------- names

/** The language id of Yealink files in VS Code (package.json `contributes.languages`). */
export const LANGUAGE_ID = 'yealink-cfg';
/** Read-only documents that show a merged configuration (`yealink-merge:/<name> (merged).cfg?anchor=...`). */
export const MERGE_SCHEME = 'yealink-merge';
/** The read-only change-impact report (`yealink-impact:/Change impact since HEAD.txt`). */
export const IMPACT_SCHEME = 'yealink-impact';
/**
 * Read-only documents holding the decrypted text of an encrypted file, named after it:
 * `yealink-decrypted:/<path of the encrypted file> (decrypted)`, so the tab reads `y000000000066.cfg (decrypted)`.
 */
export const DECRYPTED_SCHEME = 'yealink-decrypted';
const DECRYPTED_SUFFIX = ' (decrypted)';
/** The custom editor an encrypted `.cfg` file opens in: a notice with Decrypt... instead of ciphertext. */
export const ENCRYPTED_VIEW_TYPE = 'yealinkCfg.encryptedFile';

/** The path part of the decrypted document of the encrypted file at `sourcePath` (a URI path, `/`-separated). */
export function decryptedDocumentPath(sourcePath: string): string {
  return `${sourcePath}${DECRYPTED_SUFFIX}`;
}

/**
 * The encrypted file's path a decrypted document was named after (from its URI path, or its percent-encoded URI
 * string, `y000000000066.cfg%20%28decrypted%29`), or undefined for another path.
 */
export function decryptedDocumentSource(documentPath: string): string | undefined {
  let path = documentPath;
  if (path.includes('%')) {
    try {
      path = decodeURIComponent(path);
    } catch {
      return undefined; // not a URI this extension made
    }
  }
  return path.endsWith(DECRYPTED_SUFFIX) && path.length > DECRYPTED_SUFFIX.length ? path.slice(0, -DECRYPTED_SUFFIX.length) : undefined;
}

/** The settings section: every setting is `yealinkCfg.<name>`. */
export const SETTINGS_SECTION = 'yealinkCfg';

// ---------------------------------------------------------------- commands

/** Commands the extension contributes (package.json `contributes.commands`), by their purpose. */
export const COMMANDS = {
  treatAsYealink: 'yealinkCfg.treatAsYealink',
  encryptFiles: 'yealinkCfg.encryptFiles',
  decryptFile: 'yealinkCfg.decryptFile',
  saveDecryptedAs: 'yealinkCfg.saveDecryptedAs',
  previewMerge: 'yealinkCfg.previewMerge',
  diffCommonWithMerged: 'yealinkCfg.diffCommonWithMerged',
  listKeys: 'yealinkCfg.listKeys',
  forgetKey: 'yealinkCfg.forgetKey',
  generateKey: 'yealinkCfg.generateKey',
  showChangeImpact: 'yealinkCfg.showChangeImpact',
  sortSettings: 'yealinkCfg.sortSettings',
  pickModel: 'yealinkCfg.pickModel',
} as const;

export type CommandName = keyof typeof COMMANDS;
export type CommandId = (typeof COMMANDS)[CommandName];

/** Commands the language server puts into code actions; the client registers each (they are contributed too). */
export const SERVER_COMMANDS = {
  /** YL008's quick fix: decrypt the file. Argument: the document URI as a string (LSP arguments are JSON). */
  decryptFile: COMMANDS.decryptFile,
  /** The change code lens: opens the change-impact report. Argument: the document URI as a string. */
  showChangeImpact: COMMANDS.showChangeImpact,
} as const;

/**
 * Commands the language server runs itself (`workspace/executeCommand`, listed in its `executeCommandProvider`),
 * so any LSP client can offer them; the server applies the result with `workspace/applyEdit`. VS Code's language
 * client registers each id as an internal command, which the contributed command of the same purpose calls.
 */
export const SERVER_EXECUTED_COMMANDS = {
  /** Sort Settings in Section. Argument: the document URI as a string. Result: {@link SortSettingsResult}. */
  sortSettings: 'yealinkCfg.server.sortSettings',
  /**
   * YL014's quick fix "Treat as a known parameter": adds a pattern to `.yealink-cfg.json` and answers the file
   * written. Arguments: the document URI, the pattern. Only in quick fixes, so no contributed command.
   */
  treatAsKnownParameter: 'yealinkCfg.server.treatAsKnownParameter',
} as const;

/** What the server's sort command answers: how many stretches of settings it reordered (0: already sorted). */
export interface SortSettingsResult {
  readonly sorted: number;
  readonly applied: boolean;
}

/**
 * Registered only when the test runner sets {@link TEST_HOOKS_ENV} in the extension host's environment, never
 * in normal use and never contributed: lets the integration suite store, list and forget keys in SecretStorage
 * through the extension's own key store. It never hands a key back.
 */
export const TEST_COMMANDS = {
  keyStore: 'yealinkCfg.test.keyStore',
  /** The last lines of the Yealink CFG output channel (its text cannot be read through the API). */
  outputLines: 'yealinkCfg.test.outputLines',
  /** What the file-kind status bar item shows: { visible, text, command }. */
  statusItem: 'yealinkCfg.test.statusItem',
  /**
   * Answers the next "new AES key" modals in place of the user ({ answers: ['dismiss' | 'Copy'] }), since a test
   * cannot press Escape in a modal; it answers how many such modals were answered so far. No key comes back.
   */
  keyNotice: 'yealinkCfg.test.keyNotice',
} as const;
export const TEST_HOOKS_ENV = 'YEALINK_CFG_TEST_HOOKS';

/** What the test-only key store command takes; `list` answers names, the others nothing. */
export type TestKeyStoreArgs = { op: 'store'; name: string; key: string } | { op: 'forget'; name: string } | { op: 'list' };

// ---------------------------------------------------------------- LSP messages

/** A request: its method name, with the parameter and result types carried for the faces' typed wrappers. */
export interface RequestDef<P, R> {
  readonly kind: 'request';
  readonly method: string;
  /** Never set; keeps P and R in the type. */
  readonly types?: { params: P; result: R };
}

/** A notification: its method name and the parameter type. */
export interface NotificationDef<P> {
  readonly kind: 'notification';
  readonly method: string;
  readonly types?: { params: P };
}

export type ParamsOf<D> = D extends RequestDef<infer P, unknown> ? P : D extends NotificationDef<infer P> ? P : never;
export type ResultOf<D> = D extends RequestDef<unknown, infer R> ? R : never;

function request<P, R>(method: string): RequestDef<P, R> {
  return { kind: 'request', method };
}

function notification<P>(method: string): NotificationDef<P> {
  return { kind: 'notification', method };
}

export interface UriParams {
  readonly uri: string;
}

export interface WorkspaceFilesParams {
  /** Every `.cfg` and `.boot` file of the workspace, as URI strings; an empty list turns workspace diagnostics off. */
  readonly uris: readonly string[];
}

export type { FileSummary, MergePlan };

export interface PlanMergeParams {
  /** The file the preview is about (a path on disk). */
  readonly anchor: string;
  /** Candidate partner files: the anchor's folder, then the workspace's `.cfg` and `.boot` files (paths). */
  readonly listing: readonly string[];
  /** The `model` setting: used when no choice, comment or Common file says. */
  readonly model?: string;
  /** The user's answers to earlier ambiguities; '' means "none" for that slot. */
  readonly choices?: Partial<Record<PartnerSlot, string>>;
  /** The `encrypt.outputFolder` setting: files in such a folder are encrypted copies, never partners. */
  readonly outputFolder?: string;
}

/** Client to server: what kind of file this is and which model it targets (for the status bar). */
export const FileSummaryRequest = request<UriParams, FileSummary | null>('yealinkCfg/fileSummary');
/** Client to server: the workspace's `.cfg` and `.boot` files (replaces the previous list). */
export const WorkspaceFilesNotification = notification<WorkspaceFilesParams>('yealinkCfg/workspaceFiles');
/** Client to server: a workspace file was created or changed on disk. */
export const WorkspaceFileChangedNotification = notification<UriParams>('yealinkCfg/workspaceFileChanged');
/** Client to server: a workspace file was deleted. */
export const WorkspaceFileDeletedNotification = notification<UriParams>('yealinkCfg/workspaceFileDeleted');

export interface ChangeImpactParams {
  /** The folder (a workspace folder's URI) whose Yealink files are compared with the base. */
  readonly folder: string;
}

/** The report of a folder against the base, or why there is none (no git, not a repository, a bad ref). */
export type ChangeImpactResult =
  | {
      readonly ok: true;
      /** The repository root's URI: report paths and line targets are relative to it. */
      readonly root: string;
      readonly report: ImpactReport;
      readonly lines: readonly ImpactLine[];
    }
  | { readonly ok: false; readonly message: string };

/** Client to server: the change impact of a folder against the `impact.base` setting's version. */
export const ChangeImpactRequest = request<ChangeImpactParams, ChangeImpactResult>('yealinkCfg/changeImpact');
/**
 * Client to server: plan the merge around a file (which boot, Common, MAC and MAC-local files take part).
 * The server does it so that reading thousands of boot files does not hold up the extension host; files open
 * in the editor count with their unsaved text. Only paths and model names travel: the client decrypts and
 * merges the few files of the plan itself, so no key and no decrypted text crosses (or is traced on) the wire.
 */
export const PlanMergeRequest = request<PlanMergeParams, MergePlan>('yealinkCfg/planMerge');

/** Client to server: git's HEAD or a ref moved (a commit, a checkout, a fetch): base versions are read again. */
export const BaseMovedNotification = notification<Record<string, never>>('yealinkCfg/baseMoved');

/** Every custom message, for tests that check both faces handle each. */
export const MESSAGES = {
  FileSummaryRequest,
  ChangeImpactRequest,
  BaseMovedNotification,
  PlanMergeRequest,
  WorkspaceFilesNotification,
  WorkspaceFileChangedNotification,
  WorkspaceFileDeletedNotification,
} as const;

// ---------------------------------------------------------------- diagnostics

/**
 * At most this many diagnostics are published for one file; beyond it one summary finding says how many
 * were left out. Keeps a machine-generated file with hundreds of thousands of findings from exhausting the
 * server's memory or the editor's.
 */
export const MAX_DIAGNOSTICS_PER_FILE = 1000;

// ---------------------------------------------------------------- settings

/** The levels `yealinkCfg.severity` accepts per rule code (package.json lists the same enum). */
export const SEVERITY_LEVELS = ['error', 'warning', 'information', 'hint', 'off'] as const;
export type SeverityLevel = (typeof SEVERITY_LEVELS)[number];

/** Setting names under {@link SETTINGS_SECTION}; package.json contributes exactly these. */
export const SETTINGS = {
  model: 'model',
  severity: 'severity',
  extraParameters: 'extraParameters',
  workspaceDiagnostics: 'workspaceDiagnostics',
  encryptOutputFolder: 'encrypt.outputFolder',
  statusBarEnable: 'statusBar.enable',
  traceServer: 'trace.server',
  rebootWarnings: 'rebootWarnings',
  impactBase: 'impact.base',
  inlayHintsEnable: 'inlayHints.enable',
} as const;

/** The values of `rebootWarnings` (package.json lists the same enum). */
export const REBOOT_WARNINGS: readonly RebootWarnings[] = ['changed', 'always', 'off'];
/** The base of YL007, the change code lens and the impact report when `impact.base` is empty. */
export const DEFAULT_IMPACT_BASE = 'HEAD';

export function isSeverityLevel(value: unknown): value is SeverityLevel {
  return typeof value === 'string' && (SEVERITY_LEVELS as readonly string[]).includes(value);
}

/**
 * The analysis settings from the raw `yealinkCfg` section a client sends, tolerating missing or malformed
 * values: a bad entry is dropped, the rest kept. Rule codes are matched case-insensitively.
 */
export function parseSettings(raw: unknown): ServiceSettings {
  const value = (raw !== null && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const severity: Record<string, Severity | 'off'> = {};
  const levels = value[SETTINGS.severity];
  if (levels !== null && typeof levels === 'object' && !Array.isArray(levels)) {
    for (const [code, level] of Object.entries(levels as Record<string, unknown>)) {
      if (isSeverityLevel(level)) severity[code.toUpperCase()] = level;
    }
  }
  const model = value[SETTINGS.model];
  const extras = value[SETTINGS.extraParameters];
  const reboot = value[SETTINGS.rebootWarnings];
  // `inlayHints.enable` arrives nested ({ inlayHints: { enable } }); only an explicit false turns hints off.
  const inlayHints = value.inlayHints !== null && typeof value.inlayHints === 'object' ? (value.inlayHints as Record<string, unknown>).enable : undefined;
  return {
    model: typeof model === 'string' && model.trim() !== '' ? model.trim() : undefined,
    severity,
    extraParameters: Array.isArray(extras) ? extras.filter((p): p is string => typeof p === 'string') : [],
    ...((REBOOT_WARNINGS as readonly unknown[]).includes(reboot) ? { rebootWarnings: reboot as RebootWarnings } : {}),
    ...(inlayHints === false ? { inlayHints: false } : {}),
  };
}

/** The git ref changes are measured against, from the raw `yealinkCfg` section (`impact.base`, default HEAD). */
export function parseImpactBase(raw: unknown): string {
  const value = (raw !== null && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  // VS Code hands dotted names nested (`impact: { base }`); a plain JSON client may send them flat.
  const nested = value.impact !== null && typeof value.impact === 'object' ? (value.impact as Record<string, unknown>).base : undefined;
  const base = nested ?? value[SETTINGS.impactBase];
  return typeof base === 'string' && base.trim() !== '' ? base.trim() : DEFAULT_IMPACT_BASE;
}
