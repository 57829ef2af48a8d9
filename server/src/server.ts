/**
 * The language server: an LSP adapter over the engine's YealinkLanguageService. Runs with --stdio or
 * --node-ipc (vscode-languageserver picks the transport from the command line).
 */
import {
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import { FileService, nodeFileService } from '../../engine/src/fileService';
import { YealinkLanguageService, type AnalyzedDocument } from '../../engine/src/languageService';
import { gitRunner, type BaseVersion } from '../../engine/src/impactService';
import {
  BaseMovedNotification,
  ChangeImpactRequest,
  DEFAULT_IMPACT_BASE,
  FileSummaryRequest,
  IMPACT_SCHEME,
  MAX_DIAGNOSTICS_PER_FILE,
  MERGE_SCHEME,
  parseImpactBase,
  parseSettings,
  SERVER_COMMANDS,
  SERVER_EXECUTED_COMMANDS,
  PlanMergeRequest,
  SETTINGS_SECTION,
  type SortSettingsResult,
  WorkspaceFileChangedNotification,
  WorkspaceFileDeletedNotification,
  WorkspaceFilesNotification,
} from '../../engine/src/protocol';
import { BaseVersions } from './baseVersions';
import { changeImpact } from './changeImpact';
import { onNotification, onRequest } from './messages';
import { openDocumentsFileHost } from './openDocumentsFileHost';
import { createServerConnection } from './transport';
import { PROJECT_FILE_NAME, shippedReadmeUri } from '../../engine/src/languageService';
import { ProjectSettingsHost } from './projectSettings';
import { WorkspaceFiles, type ScanProgress } from './workspaceFiles';

/** Quiet time after the last keystroke before a document is validated again. */
const VALIDATION_DELAY_MS = 150;

const connection = createServerConnection();
const documents = new TextDocuments(TextDocument);
/** Files through the engine's facade; documents open in the editor read as their current text. */
const files = new FileService(openDocumentsFileHost(nodeFileService().host, () => documents.all()));
const projects = new ProjectSettingsHost((message) => void connection.window.showWarningMessage(message));
const service = new YealinkLanguageService({}, undefined, {
  fileExists: (path) => files.host.exists(path),
  projectSettings: (uri) => projects.settingsFor(uri),
  ruleDocs: shippedReadmeUri(__dirname),
});
const pending = new Map<string, NodeJS.Timeout>();
const validatedOnce = new Set<string>();
let pullConfiguration = false;
const git = gitRunner();
const bases = new BaseVersions(DEFAULT_IMPACT_BASE, git);
const loggedBaseProblems = new Set<string>();
/** The document's base version; why there is none goes to the log once per reason. */
async function baseFor(uri: string): Promise<BaseVersion | undefined> {
  const base = await bases.baseFor(uri);
  const problem = bases.lastProblem;
  if (!base && problem && !loggedBaseProblems.has(problem)) {
    loggedBaseProblems.add(problem);
    connection.console.info(`No base version to compare with (${problem}): YL007 marks reboot-requiring values as information.`);
  }
  return base;
}
let refreshInlayHints = false;
let watchProjectFiles = false;
const workspaceFiles = new WorkspaceFiles({
  service,
  baseFor,
  isOpen: (uri) => documents.get(uri) !== undefined,
  publish: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }),
  startProgress: () => workDoneProgress('Checking Yealink files'),
}, files);

/** LSP work-done progress (VS Code shows it in the status bar); nothing where the client does not support it. */
function workDoneProgress(title: string): ScanProgress {
  const reporter = connection.window.createWorkDoneProgress().then(
    (progress) => {
      progress.begin(title, 0, undefined, false);
      return progress;
    },
    () => undefined,
  );
  return {
    report: (done, total) => void reporter.then((progress) => progress?.report(Math.floor((done * 100) / Math.max(1, total)), `${done} of ${total}`)),
    done: () => void reporter.then((progress) => progress?.done()),
  };
}

/** The document's analysis, computed once per version and shared by every request. */
function analysisOf(uri: string): AnalyzedDocument | undefined {
  const document = documents.get(uri);
  if (!document) return undefined;
  return service.document(uri, document.version, () => document.getText());
}

/**
 * Read-only views (the merge preview, git's old versions) get hover and symbols but no diagnostics: their
 * problems belong to the source files, and the Problems panel should list each once.
 */
const VIEW_SCHEMES = new RegExp(`^(${MERGE_SCHEME}|${IMPACT_SCHEME}|git):`);

async function validateNow(uri: string): Promise<void> {
  validatedOnce.add(uri);
  if (VIEW_SCHEMES.test(uri) || !documents.get(uri)) return;
  // Git is asked first: it answers from its own process while the document is parsed here.
  const pendingBase = baseFor(uri);
  const doc = analysisOf(uri);
  const base = await pendingBase;
  // An edit or a close while git answered: the newer validation publishes instead.
  if (!doc || analysisOf(uri) !== doc) return;
  void connection.sendDiagnostics({ uri, diagnostics: service.diagnostics(doc, uri, MAX_DIAGNOSTICS_PER_FILE, { base }) });
}

function scheduleValidation(uri: string, delay = VALIDATION_DELAY_MS): void {
  clearTimeout(pending.get(uri));
  pending.set(
    uri,
    setTimeout(() => {
      pending.delete(uri);
      void validateNow(uri);
    }, delay),
  );
}

async function loadSettings(): Promise<void> {
  if (!pullConfiguration) return;
  const raw: unknown = await connection.workspace.getConfiguration(SETTINGS_SECTION);
  applySettings(raw);
}

/** The model of phones whose MAC file names none, for the impact report. */
let defaultModel: string | undefined;

function applySettings(raw: unknown): void {
  const settings = parseSettings(raw);
  service.configure(settings);
  defaultModel = settings.model;
  bases.setRef(parseImpactBase(raw));
}

connection.onInitialize((params): InitializeResult => {
  pullConfiguration = params.capabilities.workspace?.configuration === true;
  codeLensRefresh = params.capabilities.workspace?.codeLens?.refreshSupport === true;
  refreshInlayHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
  watchProjectFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  projects.setWorkspaceFolders(params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []));
  const options = params.initializationOptions as { settings?: unknown } | undefined;
  if (options?.settings) applySettings(options.settings);
  return {
    capabilities: {
      // Saves too: one may follow a commit or a checkout that moves the base.
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      completionProvider: { triggerCharacters: ['.', '=', ' '], resolveProvider: true },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      documentLinkProvider: { resolveProvider: false },
      codeLensProvider: { resolveProvider: false },
      inlayHintProvider: true,
      documentFormattingProvider: true,
      documentRangeFormattingProvider: true,
      workspaceSymbolProvider: true,
      executeCommandProvider: { commands: Object.values(SERVER_EXECUTED_COMMANDS) },
    },
    serverInfo: { name: 'yealink-cfg', version: '0.1.0' },
  };
});

connection.onInitialized(async () => {
  if (watchProjectFiles) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${PROJECT_FILE_NAME}` }] });
  }
  if (!pullConfiguration) return;
  void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
  await loadSettings();
  documents.all().forEach((document) => scheduleValidation(document.uri, 0));
});

connection.onDidChangeConfiguration(async (change) => {
  if (pullConfiguration) {
    await loadSettings();
  } else {
    applySettings((change.settings as Record<string, unknown> | undefined)?.[SETTINGS_SECTION]);
  }
  documents.all().forEach((document) => scheduleValidation(document.uri, 0));
  workspaceFiles.revalidateAll();
  // `yealinkCfg.inlayHints.enable` takes effect at once in the editors already open.
  if (refreshInlayHints) void connection.languages.inlayHint.refresh();
});

/** Every open and workspace file again, after settings or a project file changed. */
function revalidateEverything(): void {
  documents.all().forEach((document) => scheduleValidation(document.uri, 0));
  workspaceFiles.revalidateAll();
}

connection.onDidChangeWatchedFiles((change) => {
  if (!change.changes.some((event) => event.uri.endsWith(`/${PROJECT_FILE_NAME}`))) return;
  projects.changed();
  revalidateEverything();
});

/** "Treat as a known parameter": the pattern goes into the project file, and every file is judged again. */
async function treatAsKnown(args: readonly unknown[]): Promise<string | null> {
  const [uri, pattern] = args;
  if (typeof uri !== 'string' || typeof pattern !== 'string' || pattern === '') return null;
  try {
    const written = await projects.treatAsKnown(uri, pattern);
    revalidateEverything();
    return written;
  } catch (error) {
    void connection.window.showErrorMessage(`Yealink CFG: could not add ${pattern} to ${PROJECT_FILE_NAME}: ${(error as Error).message}`);
    return null;
  }
}

// Fired for didOpen too: a newly opened document is validated at once, edits after a quiet pause.
documents.onDidChangeContent((event) => {
  const { uri } = event.document;
  scheduleValidation(uri, validatedOnce.has(uri) ? VALIDATION_DELAY_MS : 0);
});
// A save may follow a commit or a checkout: ask git for the base's commit again.
documents.onDidSave(() => bases.forget());
let codeLensRefresh = false;
/** The client saw HEAD or a ref move: every document is measured against the new base. */
onNotification(connection, BaseMovedNotification, () => {
  bases.forget();
  documents.all().forEach((document) => scheduleValidation(document.uri, 0));
  workspaceFiles.revalidateAll();
  if (codeLensRefresh) void connection.sendRequest(CodeLensRefreshRequest.type);
});
documents.onDidClose((event) => {
  clearTimeout(pending.get(event.document.uri));
  pending.delete(event.document.uri);
  service.forget(event.document.uri);
  validatedOnce.delete(event.document.uri);
  // A workspace file keeps its diagnostics (now from disk); anything else loses them with the editor.
  if (!workspaceFiles.closed(event.document.uri)) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

/** The client lists the workspace's .cfg and .boot files, and reports changes the editor does not see. */
onNotification(connection, WorkspaceFilesNotification, (params) => workspaceFiles.setFiles(params?.uris ?? []));
onNotification(connection, WorkspaceFileChangedNotification, (params) => workspaceFiles.changed(params.uri));
onNotification(connection, WorkspaceFileDeletedNotification, (params) => workspaceFiles.deleted(params.uri));

connection.onCompletion((params) => {
  const doc = analysisOf(params.textDocument.uri);
  return doc ? service.complete(doc, params.position) : null;
});

connection.onCompletionResolve((item) => service.resolveCompletion(item));

connection.onHover((params) => {
  const doc = analysisOf(params.textDocument.uri);
  return doc ? service.hover(doc, params.position) : null;
});

connection.onCodeAction((params) => {
  const doc = analysisOf(params.textDocument.uri);
  return doc ? service.codeActions(doc, params.textDocument.uri, params.context.diagnostics) : null;
});

connection.onDocumentSymbol((params) => {
  const doc = analysisOf(params.textDocument.uri);
  return doc ? service.documentSymbols(doc) : null;
});

connection.onFoldingRanges((params) => {
  const doc = analysisOf(params.textDocument.uri);
  return doc ? service.foldingRanges(doc) : null;
});

connection.onDocumentLinks((params) => {
  const doc = analysisOf(params.textDocument.uri);
  return doc ? service.documentLinks(doc, params.textDocument.uri) : null;
});

/** The change code lens: on the first line of a file that differs from its base, what the change does. */
connection.onCodeLens(async (params) => {
  const uri = params.textDocument.uri;
  const doc = analysisOf(uri);
  if (!doc || VIEW_SCHEMES.test(uri)) return null;
  const base = await baseFor(uri);
  const lens = base && service.changeLens(doc, base);
  if (!lens) return null;
  const range = { start: { line: lens.line, character: 0 }, end: { line: lens.line, character: 0 } };
  return [{ range, command: { title: lens.title, command: SERVER_COMMANDS.showChangeImpact, arguments: [uri] } }];
});

/** The change-impact report of a workspace folder against the base, open documents as they are in the editor. */
onRequest(connection, ChangeImpactRequest, (params) => {
  const openTexts = new Map<string, string>();
  for (const document of documents.all()) {
    if (document.uri.startsWith('file:')) openTexts.set(fileURLToPath(document.uri), document.getText());
  }
  return changeImpact({ folder: params.folder, ref: bases.currentRef, model: defaultModel, openTexts, run: git });
});

connection.languages.inlayHint.on((params) => {
  const doc = analysisOf(params.textDocument.uri);
  return doc ? service.inlayHints(doc, params.range) : null;
});

connection.onDocumentFormatting((params) => {
  const doc = analysisOf(params.textDocument.uri);
  return doc ? service.format(doc) : null;
});

connection.onDocumentRangeFormatting((params) => {
  const doc = analysisOf(params.textDocument.uri);
  return doc ? service.format(doc, params.range) : null;
});

/** Where a key is set across the fleet: the workspace scan's index, with open documents' live text winning. */
connection.onWorkspaceSymbol((params) => {
  const files = new Map(workspaceFiles.settingsIndexes());
  for (const document of documents.all()) {
    const doc = VIEW_SCHEMES.test(document.uri) ? undefined : analysisOf(document.uri);
    if (doc) files.set(document.uri, service.indexSettings(doc));
  }
  return service.workspaceSymbols(files, params.query);
});

/** Commands any LSP client can run; the server applies their edits itself. */
connection.onExecuteCommand(async (params): Promise<SortSettingsResult | string | null> => {
  if (params.command === SERVER_EXECUTED_COMMANDS.treatAsKnownParameter) return treatAsKnown(params.arguments ?? []);
  if (params.command !== SERVER_EXECUTED_COMMANDS.sortSettings) return null;
  const uri = params.arguments?.[0];
  const document = typeof uri === 'string' ? documents.get(uri) : undefined;
  const doc = typeof uri === 'string' ? analysisOf(uri) : undefined;
  if (!document || !doc) return null;
  const edits = service.sortSettings(doc);
  if (edits.length === 0) return { sorted: 0, applied: false };
  const answer = await connection.workspace.applyEdit({
    label: 'Sort Settings in Section',
    edit: { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] },
  });
  return { sorted: edits.length, applied: answer?.applied === true };
});

/** For the client's status bar: what kind of file this is and which model it targets. */
onRequest(connection, FileSummaryRequest, (params) => {
  const doc = analysisOf(params.uri);
  return doc ? service.summarize(doc) : null;
});

/** For the client's merge preview: which files merge around the anchor (reads the boot files among them). */
onRequest(connection, PlanMergeRequest, (params) =>
  files.planMerge(params.anchor, { listing: params.listing, model: params.model, choices: params.choices, outputFolder: params.outputFolder }),
);

documents.listen(connection);
connection.listen();
