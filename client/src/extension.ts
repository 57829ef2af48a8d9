/**
 * The VS Code face of yealink-cfg: starts the language server, shows what kind of file is open, and
 * registers the commands. The work itself happens in the engine (via the server or the command modules).
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerEncryptionCommands } from './commands/encryption';
import { registerMergeCommands } from './commands/mergePreview';
import { LANGUAGE_ID } from './identifiers';
import { KeyStore } from './keyStore';
import { claimYealinkDocuments } from './languageDetection';
import { SERVER_EXEC_ARGV } from './serverFlags';
import { FileKindStatus } from './statusBar';
import { WorkspaceDiagnostics } from './workspaceDiagnostics';

/** What activate() returns: the integration suite stores keys through the same path the UI uses. */
export interface YealinkCfgApi {
  readonly keys: KeyStore;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<YealinkCfgApi> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    synchronize: { configurationSection: 'yealinkCfg' },
  };
  client = new LanguageClient('yealinkCfg', 'Yealink CFG Language Server', serverOptions, clientOptions);
  await client.start();

  const keys = new KeyStore(context.secrets);
  const status = new FileKindStatus(client);
  context.subscriptions.push(
    status,
    claimYealinkDocuments(LANGUAGE_ID),
    new WorkspaceDiagnostics(client),
    vscode.commands.registerCommand('yealinkCfg.treatAsYealink', async (uri?: vscode.Uri) => {
      const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showWarningMessage('Open a file first, then run "Treat This File as Yealink CFG".');
        return undefined;
      }
      return vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
    }),
  );
  registerEncryptionCommands(context, keys);
  registerMergeCommands(context, keys);
  return { keys };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
