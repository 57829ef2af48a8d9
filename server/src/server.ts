/**
 * The language server: an LSP adapter over the engine's YealinkLanguageService. Runs with --stdio or
 * --node-ipc (vscode-languageserver picks the transport from the command line).
 */
import {
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { existsSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Catalog } from '../../engine/src/catalog/catalog';
import type { AnalyzedDocument } from '../../engine/src/document';
import { YealinkLanguageService } from '../../engine/src/languageService';
import {
  FileSummaryRequest,
  MAX_DIAGNOSTICS_PER_FILE,
  MERGE_SCHEME,
  parseSettings,
  SETTINGS_SECTION,
  WorkspaceFileChangedNotification,
  WorkspaceFileDeletedNotification,
  WorkspaceFilesNotification,
} from '../../engine/src/protocol';
import { onNotification, onRequest } from './messages';
import { createServerConnection } from './transport';
import { WorkspaceFiles } from './workspaceFiles';

/** Quiet time after the last keystroke before a document is validated again. */
const VALIDATION_DELAY_MS = 150;

const connection = createServerConnection();
const documents = new TextDocuments(TextDocument);
const service = new YealinkLanguageService({}, Catalog.default(), { fileExists: existsSync });
const analyzed = new Map<string, { version: number; doc: AnalyzedDocument }>();
const pending = new Map<string, NodeJS.Timeout>();
const validatedOnce = new Set<string>();
let pullConfiguration = false;
const workspaceFiles = new WorkspaceFiles({
  service,
  isOpen: (uri) => documents.get(uri) !== undefined,
  publish: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }),
});

/** The document's analysis, computed once per version and shared by every request. */
function analysisOf(uri: string): AnalyzedDocument | undefined {
  const document = documents.get(uri);
  if (!document) return undefined;
  const cached = analyzed.get(uri);
  if (cached && cached.version === document.version) return cached.doc;
  const doc = service.analyze(document.getText(), uri);
  analyzed.set(uri, { version: document.version, doc });
  return doc;
}

/**
 * Read-only views (the merge preview, git's old versions) get hover and symbols but no diagnostics: their
 * problems belong to the source files, and the Problems panel should list each once.
 */
const VIEW_SCHEMES = new RegExp(`^(${MERGE_SCHEME}|git):`);

function validateNow(uri: string): void {
  validatedOnce.add(uri);
  if (VIEW_SCHEMES.test(uri)) return;
  const doc = analysisOf(uri);
  if (doc) void connection.sendDiagnostics({ uri, diagnostics: service.diagnostics(doc, uri, MAX_DIAGNOSTICS_PER_FILE) });
}

function scheduleValidation(uri: string, delay = VALIDATION_DELAY_MS): void {
  clearTimeout(pending.get(uri));
  pending.set(
    uri,
    setTimeout(() => {
      pending.delete(uri);
      validateNow(uri);
    }, delay),
  );
}

async function loadSettings(): Promise<void> {
  if (!pullConfiguration) return;
  const raw: unknown = await connection.workspace.getConfiguration(SETTINGS_SECTION);
  service.configure(parseSettings(raw));
  analyzed.clear();
}

connection.onInitialize((params): InitializeResult => {
  pullConfiguration = params.capabilities.workspace?.configuration === true;
  const options = params.initializationOptions as { settings?: unknown } | undefined;
  if (options?.settings) service.configure(parseSettings(options.settings));
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      completionProvider: { triggerCharacters: ['.', '=', ' '], resolveProvider: true },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      documentLinkProvider: { resolveProvider: false },
    },
    serverInfo: { name: 'yealink-cfg', version: '0.1.0' },
  };
});

connection.onInitialized(async () => {
  if (!pullConfiguration) return;
  void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
  await loadSettings();
  documents.all().forEach((document) => scheduleValidation(document.uri, 0));
});

connection.onDidChangeConfiguration(async (change) => {
  if (pullConfiguration) {
    await loadSettings();
  } else {
    service.configure(parseSettings((change.settings as Record<string, unknown> | undefined)?.[SETTINGS_SECTION]));
    analyzed.clear();
  }
  documents.all().forEach((document) => scheduleValidation(document.uri, 0));
  workspaceFiles.revalidateAll();
});

// Fired for didOpen too: a newly opened document is validated at once, edits after a quiet pause.
documents.onDidChangeContent((event) => {
  const { uri } = event.document;
  scheduleValidation(uri, validatedOnce.has(uri) ? VALIDATION_DELAY_MS : 0);
});
documents.onDidClose((event) => {
  clearTimeout(pending.get(event.document.uri));
  pending.delete(event.document.uri);
  analyzed.delete(event.document.uri);
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

/** For the client's status bar: what kind of file this is and which model it targets. */
onRequest(connection, FileSummaryRequest, (params) => {
  const doc = analysisOf(params.uri);
  return doc ? service.summarize(doc) : null;
});

documents.listen(connection);
connection.listen();
