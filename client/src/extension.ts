/**
 * The VS Code face of yealink-cfg: starts the language server, shows what kind of file is open, and
 * registers the commands (client/src/commands). The work itself happens in the engine, via the server or
 * the command modules.
 *
 * `activate()` returns nothing: an extension API would let every other installed extension reach the AES
 * key store. The integration suite reaches it through a test-only command (see registerCommands).
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { LANGUAGE_ID, MERGE_SCHEME, SETTINGS_SECTION } from '../../engine/src/protocol';
import { registerCommands } from './commands';
import { KeyStore } from './keyStore';
import { claimYealinkDocuments } from './languageDetection';
import { MergePreviewProvider } from './mergePreview';
import { SERVER_EXEC_ARGV } from './serverFlags';
import { FileKindStatus } from './statusBar';
import { WorkspaceDiagnostics } from './workspaceDiagnostics';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    synchronize: { configurationSection: SETTINGS_SECTION },
  };
  client = new LanguageClient(SETTINGS_SECTION, 'Yealink CFG Language Server', serverOptions, clientOptions);
  await client.start();

  const keys = new KeyStore(context.secrets);
  const mergePreview = new MergePreviewProvider(keys);
  context.subscriptions.push(
    new FileKindStatus(client),
    claimYealinkDocuments(LANGUAGE_ID),
    new WorkspaceDiagnostics(client),
    mergePreview,
    vscode.workspace.registerTextDocumentContentProvider(MERGE_SCHEME, mergePreview),
    ...registerCommands({ keys, mergePreview }),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
