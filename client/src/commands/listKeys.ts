/** List Stored AES Keys: shows and returns the names of the stored keys, never a key. */
import * as vscode from 'vscode';
import type { CommandServices } from './index';

export async function listKeys({ keys }: CommandServices): Promise<string[]> {
  const names = await keys.list();
  if (names.length === 0) {
    void vscode.window.showInformationMessage('No AES keys are stored. Encrypt or decrypt a file to store one.');
  } else {
    void vscode.window.showQuickPick(
      names.map((name) => ({ label: `$(lock) ${name}` })),
      { title: `Yealink CFG: ${names.length} stored key${names.length > 1 ? 's' : ''} (names only)`, placeHolder: 'Keys live in VS Code secret storage' },
    );
  }
  return names;
}
