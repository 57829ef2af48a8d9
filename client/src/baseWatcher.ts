/**
 * Tells the language server when git's HEAD or a ref moves (a commit, a checkout, a fetch), so YL007 and the
 * change code lens measure against the new base at once instead of at the next edit.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { BaseMovedNotification } from '../../engine/src/protocol';
import { sendNotification } from './messages';

/** Several ref files change in one git command; one notification after it settles. */
const SETTLE_MS = 300;
/** HEAD, packed-refs and the files under refs/; the index and objects change far more often and move no base. */
const REF_FILE = /[\\/]\.git[\\/](HEAD|packed-refs|refs[\\/].*)$/;

export class BaseWatcher implements vscode.Disposable {
  private readonly watcher = vscode.workspace.createFileSystemWatcher('**/.git/**');
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly client: LanguageClient) {
    const moved = (uri: vscode.Uri): void => {
      if (!REF_FILE.test(uri.fsPath)) return;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void sendNotification(this.client, BaseMovedNotification, {}), SETTLE_MS);
    };
    this.watcher.onDidChange(moved);
    this.watcher.onDidCreate(moved);
    this.watcher.onDidDelete(moved);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.watcher.dispose();
  }
}
