/**
 * The VS Code face of yealink-cfg: starts the language server, shows what kind of file is open, and
 * registers the commands (client/src/commands). The work itself happens in the engine, via the server or
 * the command modules.
 *
 * `activate()` returns nothing: an extension API would let every other installed extension reach the AES
 * key store. The integration suite reaches it through a test-only command (see registerCommands).
 */
import * as vscode from 'vscode';
import { DidCloseTextDocumentNotification, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { FileService, nodeFileService } from '../../engine/src/fileService';
import { Catalog, MODELS } from '../../engine/src/languageService';
import { BaseWatcher } from './baseWatcher';
import { DECRYPTED_SCHEME, IMPACT_SCHEME, LANGUAGE_ID, MERGE_SCHEME, PlanMergeRequest, SETTINGS, SETTINGS_SECTION } from '../../engine/src/protocol';
import { registerCommands } from './commands';
import { DecryptedDocuments } from './decryptedDocuments';
import { EncryptedFileView } from './encryptedView';
import { ImpactReportProvider } from './impactReport';
import { editorFileHost } from './editorFileHost';
import { KeyStore } from './keyStore';
import { claimYealinkDocuments } from './languageDetection';
import { MergePreviewProvider } from './mergePreview';
import { sendRequest } from './messages';
import { describeError, OutputLog } from './output';
import { SERVER_ENV, SERVER_EXEC_ARGV } from './serverFlags';
import { FileKindStatus } from './statusBar';
import { withholdingMiddleware, WithheldDocuments, type TraceLevel } from './withheldDocuments';
import { WorkspaceDiagnostics } from './workspaceDiagnostics';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV], env: { ...process.env, ...SERVER_ENV } } },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6019'], env: { ...process.env, ...SERVER_ENV } },
    },
  };
  // Documents holding decrypted text: Decrypt File's documents and merge previews, known by their schemes.
  const withheld = new WithheldDocuments({
    isDecrypted: (uri) => uri.startsWith(`${DECRYPTED_SCHEME}:`) || uri.startsWith(`${MERGE_SCHEME}:`),
    traceLevel: () => vscode.workspace.getConfiguration(SETTINGS_SECTION).get<TraceLevel>(SETTINGS.traceServer, 'off'),
    closeOnServer: (uri) => void client?.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } }),
  });
  // One channel for our log, the language client's messages and the yealinkCfg.trace.server trace (which
  // the client re-reads on every configuration change, so it needs no reload).
  const log = new OutputLog('Yealink CFG');
  context.subscriptions.push(log);
  const catalog = Catalog.default();
  log.info(
    `Yealink CFG ${String(context.extension.packageJSON.version)} in ${vscode.env.appName} ${vscode.version}: ` +
      `catalog of ${catalog.entries.length} parameter patterns and ${catalog.aliases.length} aliases; models table of ${MODELS.length} models`,
  );
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    synchronize: { configurationSection: SETTINGS_SECTION },
    outputChannel: log,
    traceOutputChannel: log,
    middleware: withholdingMiddleware(withheld),
  };
  client = new LanguageClient(SETTINGS_SECTION, 'Yealink CFG Language Server', serverOptions, clientOptions);
  const starting = Date.now();
  try {
    await client.start();
  } catch (error) {
    log.error('the language server did not start', error);
    throw new Error(`Yealink CFG: the language server did not start: ${describeError(error)}`);
  }
  log.info(`language server started in ${Date.now() - starting} ms`);

  const keys = new KeyStore(context.secrets);
  const files = new FileService(editorFileHost(nodeFileService().host, () => vscode.workspace.textDocuments));
  const languageClient = client;
  const mergePreview = new MergePreviewProvider(files, keys, (params) => sendRequest(languageClient, PlanMergeRequest, params));
  const impactReport = new ImpactReportProvider(client);
  const status = new FileKindStatus(client);
  const decrypted = new DecryptedDocuments();
  context.subscriptions.push(
    decrypted,
    vscode.workspace.registerTextDocumentContentProvider(DECRYPTED_SCHEME, decrypted),
    new EncryptedFileView(files, log),
    status,
    claimYealinkDocuments(LANGUAGE_ID),
    new WorkspaceDiagnostics(client, log),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${SETTINGS_SECTION}.${SETTINGS.traceServer}`)) withheld.traceChanged();
    }),
    mergePreview,
    vscode.workspace.registerTextDocumentContentProvider(MERGE_SCHEME, mergePreview),
    impactReport,
    new BaseWatcher(client),
    vscode.workspace.registerTextDocumentContentProvider(IMPACT_SCHEME, impactReport),
    vscode.languages.registerDocumentLinkProvider({ scheme: IMPACT_SCHEME }, impactReport),
    ...registerCommands({ keys, files, mergePreview, log, impactReport, status, decrypted }),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
