/**
 * Tells the language server which `.cfg` and `.boot` files the workspace holds and when they change on
 * disk, so the Problems panel lists the problems of the whole fleet, not only of open editors. The server
 * reads the files and skips those that are not Yealink's.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SETTINGS, SETTINGS_SECTION, WorkspaceFileChangedNotification, WorkspaceFileDeletedNotification, WorkspaceFilesNotification } from '../../engine/src/protocol';
import { sendNotification } from './messages';
import type { OutputLog } from './output';

const FILES = '**/*.{cfg,boot}';
const EXCLUDE = '{**/node_modules/**,**/.git/**,**/out/**,**/dist/**}';
/** Beyond this many files the workspace is probably not a fleet repository; open files are still checked. */
const MAX_FILES = 5000;

export class WorkspaceDiagnostics implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[] = [];
  private watcher: vscode.FileSystemWatcher | undefined;

  constructor(
    private readonly client: LanguageClient,
    private readonly log: OutputLog,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${SETTINGS_SECTION}.${SETTINGS.workspaceDiagnostics}`)) void this.refresh();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.refresh()),
    );
    void this.refresh();
  }

  async refresh(): Promise<void> {
    const enabled = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<boolean>(SETTINGS.workspaceDiagnostics, true);
    if (!enabled || !vscode.workspace.workspaceFolders?.length) {
      if (!enabled) this.log.info(`workspace scan: off (${SETTINGS_SECTION}.${SETTINGS.workspaceDiagnostics} is false); only open files are checked`);
      this.watcher?.dispose();
      this.watcher = undefined;
      await sendNotification(this.client, WorkspaceFilesNotification, { uris: [] });
      return;
    }
    if (!this.watcher) {
      this.watcher = vscode.workspace.createFileSystemWatcher(FILES);
      const changed = (uri: vscode.Uri): void => void sendNotification(this.client, WorkspaceFileChangedNotification, { uri: uri.toString() });
      this.watcher.onDidCreate(changed);
      this.watcher.onDidChange(changed);
      this.watcher.onDidDelete((uri) => void sendNotification(this.client, WorkspaceFileDeletedNotification, { uri: uri.toString() }));
    }
    const started = Date.now();
    const files = await vscode.workspace.findFiles(FILES, EXCLUDE, MAX_FILES);
    const folders = vscode.workspace.workspaceFolders.length;
    const capped = files.length >= MAX_FILES ? ` (capped at ${MAX_FILES}: open files are still checked)` : '';
    this.log.info(`workspace scan: ${files.length} .cfg/.boot files in ${folders} folder${folders === 1 ? '' : 's'} found in ${Date.now() - started} ms${capped}; the language server checks those that are Yealink files`);
    await sendNotification(this.client, WorkspaceFilesNotification, { uris: files.map((uri) => uri.toString()) });
  }

  dispose(): void {
    this.watcher?.dispose();
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}
