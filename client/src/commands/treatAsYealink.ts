/**
 * Treat This File as Yealink CFG: switches the document's language, for files the name rules miss, shows
 * the status item at once, and offers to remember the choice for files of that name in `files.associations`
 * (workspace settings when a folder is open). A program may pass `{ remember: true }` to skip the question.
 */
import { basename } from 'node:path';
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../../../engine/src/protocol';
import { optionsArg, uriArg } from '../commandArgs';
import type { CommandServices } from './index';

export interface TreatAsOptions {
  remember: boolean;
}

export async function treatAsYealink({ status }: CommandServices, target?: unknown, optionsValue?: unknown): Promise<vscode.TextDocument | undefined> {
  const options = optionsArg<TreatAsOptions>(optionsValue, { remember: 'boolean' });
  const uri = uriArg(target);
  const before = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!before) {
    void vscode.window.showWarningMessage('Open a file first, then run "Treat This File as Yealink CFG".');
    return undefined;
  }
  const document = await vscode.languages.setTextDocumentLanguage(before, LANGUAGE_ID);
  await status.refresh(document);
  if (document.isUntitled) return document;
  const pattern = `**/${basename(document.fileName)}`;
  if (options?.remember !== undefined) {
    if (options.remember) await rememberAssociation(pattern);
    return document;
  }
  const remember = `Always for ${basename(document.fileName)}`;
  void vscode.window
    .showInformationMessage(`${basename(document.fileName)} is treated as Yealink CFG until it is closed.`, remember)
    .then((answer) => (answer === remember ? rememberAssociation(pattern) : undefined))
    .then(undefined, (error: unknown) => void vscode.window.showErrorMessage(`Yealink CFG: could not update files.associations: ${error instanceof Error ? error.message : String(error)}`));
  return document;
}

/** Adds `pattern -> yealink-cfg` to files.associations, keeping the other entries. */
async function rememberAssociation(pattern: string): Promise<void> {
  const configuration = vscode.workspace.getConfiguration('files');
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const inspected = configuration.inspect<Record<string, string>>('associations');
  const current = (target === vscode.ConfigurationTarget.Workspace ? inspected?.workspaceValue : inspected?.globalValue) ?? {};
  if (current[pattern] === LANGUAGE_ID) return;
  await configuration.update('associations', { ...current, [pattern]: LANGUAGE_ID }, target);
}
