/**
 * Sort Settings in Section: the language server computes and applies the edit (any LSP client can run it);
 * this runs the server's command for the active editor's document, or the file a menu passed.
 */
import * as vscode from 'vscode';
import { LANGUAGE_ID, SERVER_EXECUTED_COMMANDS, type SortSettingsResult } from '../../../engine/src/protocol';
import { uriArg } from '../commandArgs';
import type { CommandServices } from './index';

export async function sortSettings(_services: CommandServices, target?: unknown): Promise<SortSettingsResult | undefined> {
  const document = uriArg(target) ? await vscode.workspace.openTextDocument(uriArg(target)!) : vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== LANGUAGE_ID) {
    void vscode.window.showWarningMessage('Open a Yealink CFG file first, then run "Sort Settings in Section".');
    return undefined;
  }
  const result = await vscode.commands.executeCommand<SortSettingsResult | null>(SERVER_EXECUTED_COMMANDS.sortSettings, document.uri.toString());
  if (result && result.sorted === 0) void vscode.window.setStatusBarMessage('Yealink CFG: every section is already in order', 4000);
  return result ?? undefined;
}
