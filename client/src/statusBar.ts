/**
 * A status bar item for Yealink files: the file's role (Common, MAC, MAC-local, boot) and the model it
 * targets, as the language server sees them.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FileSummaryRequest, LANGUAGE_ID, MERGE_SCHEME, SETTINGS, SETTINGS_SECTION } from '../../engine/src/protocol';
import { sendRequest } from './messages';

export class FileKindStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('yealinkCfg.fileKind', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient) {
    this.item.name = 'Yealink CFG file kind';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SETTINGS_SECTION)) void this.refresh();
      }),
      vscode.workspace.onDidSaveTextDocument(() => void this.refresh()),
    );
    void this.refresh();
  }

  async refresh(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    const enabled = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<boolean>(SETTINGS.statusBarEnable, true);
    if (!document || document.languageId !== LANGUAGE_ID || !enabled) {
      this.item.hide();
      return;
    }
    if (document.uri.scheme === MERGE_SCHEME) {
      this.item.text = '$(circuit-board) Merged configuration (read-only)';
      this.item.tooltip = 'The effective configuration after the files listed at the top are applied in order.';
      this.item.show();
      return;
    }
    const summary = await sendRequest(this.client, FileSummaryRequest, { uri: document.uri.toString() });
    if (!summary || vscode.window.activeTextEditor?.document !== document) return;
    const model = summary.model ? ` · ${summary.model}` : '';
    this.item.text = `$(circuit-board) ${summary.kind}${model}`;
    this.item.tooltip = summary.model
      ? `${summary.kind}, checked for the ${summary.model} (from the ${summary.modelSource}). Pin another model with a "# yealink: model=T54W" comment.`
      : `${summary.kind}. No model known: add a "# yealink: model=T54W" comment or set yealinkCfg.model for model-specific checks.`;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}
