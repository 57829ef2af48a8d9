/**
 * Forget Stored AES Key...: removes a key from SecretStorage after the user confirms, also when another
 * extension names the key (a forgotten key can make files unreadable, so nobody but the user decides).
 */
import * as vscode from 'vscode';
import type { CommandServices } from './index';

export async function forgetKey({ keys }: CommandServices, nameArg?: unknown): Promise<string | undefined> {
  const names = await keys.list();
  if (names.length === 0) {
    void vscode.window.showInformationMessage('No AES keys are stored.');
    return undefined;
  }
  const target = typeof nameArg === 'string' && names.includes(nameArg.trim()) ? nameArg.trim() : await vscode.window.showQuickPick(names, { title: 'Yealink CFG: forget which key?' });
  if (target === undefined) return undefined;
  const forget = 'Forget';
  const answer = await vscode.window.showWarningMessage(`Forget the key "${target}"? Files encrypted with it cannot be opened without it.`, { modal: true }, forget);
  if (answer !== forget) return undefined;
  await keys.forget(target);
  return target;
}
