/**
 * Save Decrypted As...: writes the text of a decrypted document (`y000000000066.cfg (decrypted)`) to a file the
 * user picks, through the file facade's writeDecrypted: atomically, mode 0600 for a new file (plain text may
 * hold passwords), never over the encrypted source, and over an existing file only after the user said
 * Replace. Called with `{ outPath }` by a program, an existing file is never replaced. Returns the path written.
 */
import { basename, dirname, join } from 'node:path';
import * as vscode from 'vscode';
import { DECRYPTED_SCHEME } from '../../../engine/src/protocol';
import { optionsArg, uriArg } from '../commandArgs';
import { Cancelled } from './guard';
import type { CommandServices } from './index';

export interface SaveDecryptedOptions {
  outPath: string;
}

export async function saveDecryptedAs({ files, decrypted }: CommandServices, uriValue?: unknown, optionsValue?: unknown): Promise<string | undefined> {
  const options = optionsArg<SaveDecryptedOptions>(optionsValue, { outPath: 'string' });
  const uri = uriArg(uriValue) ?? vscode.window.activeTextEditor?.document.uri;
  if (!uri || uri.scheme !== DECRYPTED_SCHEME) throw new Error('Save Decrypted As... saves a decrypted document: run Decrypt File... on an encrypted file first');
  const held = decrypted.get(uri);
  if (!held) throw new Error('this decrypted text is no longer held in memory: run Decrypt File... again');

  let target = options?.outPath;
  let overwrite = false;
  if (target === undefined) {
    const picked = await vscode.window.showSaveDialog({
      title: `Save the decrypted text of ${basename(held.source)}`,
      defaultUri: vscode.Uri.file(join(dirname(held.source), `${basename(held.source).replace(/\.cfg$/i, '')} (decrypted).cfg`)),
      filters: { 'Yealink CFG': ['cfg'], 'All files': ['*'] },
      saveLabel: 'Save Decrypted',
    });
    if (!picked) throw new Cancelled();
    if (picked.scheme !== 'file') throw new Error(`only files on disk can be written (${picked.scheme}: is not supported)`);
    target = picked.fsPath;
    if (files.host.exists(target)) {
      const replace = 'Replace';
      const answer = await vscode.window.showWarningMessage(`${basename(target)} exists. Replace it with the decrypted text?`, { modal: true }, replace);
      if (answer !== replace) throw new Cancelled();
      overwrite = true;
    }
  }
  await files.writeDecrypted(held.source, target, held.plain, { overwrite });
  if (!options) {
    const open = 'Open';
    void vscode.window.showInformationMessage(`Saved the decrypted text as ${basename(target)} (a new file is readable only by you).`, open).then(async (answer) => {
      if (answer === open) await vscode.window.showTextDocument(vscode.Uri.file(target));
    });
  }
  return target;
}
