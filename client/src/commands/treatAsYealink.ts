/** Treat This File as Yealink CFG: switches the document's language, for files the name rules miss. */
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../../../engine/src/protocol';
import { uriArg } from '../commandArgs';
import type { CommandServices } from './index';

export async function treatAsYealink(_services: CommandServices, target?: unknown): Promise<vscode.TextDocument | undefined> {
  const uri = uriArg(target);
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showWarningMessage('Open a file first, then run "Treat This File as Yealink CFG".');
    return undefined;
  }
  return vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
}
