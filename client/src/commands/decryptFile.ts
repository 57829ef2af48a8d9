/**
 * Decrypt File...: opens the plain text of an encrypted file in a read-only document named after it
 * (`y000000000066.cfg (decrypted)`, see DecryptedDocuments; Save Decrypted As... writes it), or writes it to
 * `outPath`. The file facade opens the file (the `_Security.enc` beside it first); from a menu, the palette
 * or YL008's quick fix the user is asked for the key (see keySource). Called with options by a program, the
 * options must bring the key material: stored keys are never used for a program.
 */
import { basename } from 'node:path';
import * as vscode from 'vscode';
import type { KeyMaterial } from '../../../engine/src/fileService';
import { optionsArg, requireFile, uriArg } from '../commandArgs';
import { activeEncryptedView } from '../encryptedView';
import { offerToStore, suggestKeyName } from '../keyPrompts';
import { askingKeySource } from '../keySource';
import { readPemOption } from './encryptFiles';
import { Cancelled } from './guard';
import type { CommandServices } from './index';

export interface DecryptOptions {
  key: string;
  /** Refused: a program cannot name a stored key. */
  keyName: string;
  /** Path of a `_Security.enc` file. */
  securityFile: string;
  /** PEM private key text (or a path to it), for RSA mode. */
  privateKeyPem: string;
  outPath: string;
}

export async function decryptFile({ keys, files, decrypted }: CommandServices, uriValue?: unknown, optionsValue?: unknown): Promise<vscode.Uri | string | undefined> {
  const options = optionsArg<DecryptOptions>(optionsValue, { key: 'string', keyName: 'string', securityFile: 'string', privateKeyPem: 'string', outPath: 'string' });
  const source = requireFile(await pickSource(uriArg(uriValue) ?? activeEncryptedView()));
  const asking = options ? undefined : askingKeySource(files, keys, 'decrypt');
  const opened = await files.openConfig(source, options ? { keys: await materialFromOptions(files.host, options) } : { askKey: asking!.askKey });
  if (opened.via === 'none') {
    void vscode.window.showInformationMessage(`${basename(source)}: ${opened.detection.description} Nothing to decrypt.`);
    return undefined;
  }
  if (opened.notes.length > 0) void vscode.window.showWarningMessage(`Yealink CFG: ${basename(source)}: ${opened.notes.join('; ')}`);

  if (options?.outPath !== undefined) {
    let overwrite = false;
    if (files.host.exists(options.outPath)) {
      const replace = 'Replace';
      const answer = await vscode.window.showWarningMessage(`${basename(options.outPath)} exists. Replace it with the decrypted text?`, { modal: true }, replace);
      if (answer !== replace) throw new Cancelled();
      overwrite = true;
    }
    await files.writeDecrypted(source, options.outPath, opened.plain, { overwrite });
    return options.outPath;
  }
  const document = await decrypted.show({ source, plain: opened.plain, text: opened.text });
  const typedKey = asking?.typedKey();
  if (typedKey !== undefined && opened.material?.key === typedKey) void offerToStore(keys, typedKey, suggestKeyName([source])).catch(() => undefined);
  return document.uri;
}

/** The file to decrypt: the argument, else the active editor's file, else one the user picks. */
async function pickSource(uri?: vscode.Uri): Promise<vscode.Uri> {
  if (uri) return uri;
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && active.scheme === 'file') return active;
  const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Yealink CFG': ['cfg'] }, openLabel: 'Decrypt' });
  if (!picked || picked.length === 0) throw new Cancelled();
  return picked[0];
}

async function materialFromOptions(host: CommandServices['files']['host'], options: Partial<DecryptOptions>): Promise<KeyMaterial> {
  if (options.keyName !== undefined) throw new Error('keyName is not accepted: a stored key is used only when the user picks it. Pass the key itself.');
  if (options.key !== undefined) return { key: options.key };
  if (options.securityFile !== undefined) return { securityFile: await host.read(options.securityFile, { maxBytes: 1 << 16 }) };
  if (options.privateKeyPem !== undefined) return { privateKeyPem: await readPemOption(host, options.privateKeyPem) };
  throw new Error('pass key material in the options (key, securityFile or privateKeyPem), or call the command without options to ask the user');
}
