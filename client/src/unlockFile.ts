/**
 * Opens an encrypted file for the user: the one place the client decides which key material to try, shared
 * by Decrypt File and the merge preview. The `_Security.enc` beside the file is tried at once (it is on disk
 * for anyone to read); a stored key is used only after the user picks it; otherwise the user types a key or
 * chooses a key file. Wrong material is reported and asked for again until the user gives up.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname } from 'node:path';
import * as vscode from 'vscode';
import { CryptoError } from '../../engine/src/crypto/errors';
import { decryptFile, type KeyMaterial } from '../../engine/src/crypto/fileCrypto';
import { securityFileNameFor } from '../../engine/src/crypto/securityFile';
import { Cancelled } from './commands/guard';
import { typeKey } from './keyPrompts';
import type { KeyStore } from './keyStore';

export interface Unlocked {
  readonly plain: Buffer;
  /** What opened the file, to open it again without asking while the same view lives (memory only). */
  readonly material: KeyMaterial;
  /** A key the user typed now, which the caller may offer to store. */
  readonly typedKey?: string;
}

export async function readOptional(path: string): Promise<Buffer | undefined> {
  try {
    return await fs.readFile(path);
  } catch {
    return undefined;
  }
}

/** Decrypts with the material, or undefined when it does not open the file (any other failure is thrown). */
export function tryDecrypt(bytes: Buffer, material: KeyMaterial): Buffer | undefined {
  try {
    return decryptFile(bytes, material).plain;
  } catch (error) {
    if (error instanceof CryptoError) return undefined;
    throw error;
  }
}

/** Opens `bytes` (the content of `path`, encrypted) asking the user as needed; throws Cancelled when they give up. */
export async function unlockFile(keys: KeyStore, path: string, bytes: Buffer, rsa: boolean, purpose: string): Promise<Unlocked> {
  if (!rsa) {
    const beside = await readOptional(securityFileNameFor(path));
    const material: KeyMaterial | undefined = beside ? { securityFile: beside } : undefined;
    const plain = material && tryDecrypt(bytes, material);
    if (material && plain) return { plain, material };
  }

  // Which stored keys fit is found in memory; using one still needs the user's pick.
  const fitting: { name: string; key: string }[] = [];
  for (const entry of await keys.entries()) if (tryDecrypt(bytes, { key: entry.key })) fitting.push(entry);

  type Item = vscode.QuickPickItem & { action: 'stored' | 'type' | 'security' | 'pem'; index?: number };
  const items: Item[] = [
    ...fitting.map((entry, index): Item => ({ label: `$(lock) Stored key "${entry.name}"`, description: 'opens this file', action: 'stored', index })),
    ...(rsa
      ? [
          { label: '$(file) Choose a PEM private key...', description: 'RSA mode: the key pair the file was encrypted for', action: 'pem' as const },
          { label: '$(edit) Type the AES key...', description: '32 characters', action: 'type' as const },
        ]
      : [
          { label: '$(edit) Type the key...', description: '16 or 32 characters', action: 'type' as const },
          { label: '$(file) Choose a _Security.enc file...', action: 'security' as const },
        ]),
  ];
  for (;;) {
    const note = fitting.length === 0 && (await keys.list()).length > 0 ? ' (no stored key fits)' : '';
    const picked = await vscode.window.showQuickPick(items, {
      title: `Yealink CFG: ${purpose} ${basename(path)}${note}`,
      placeHolder: rsa ? 'RSA-encrypted file: which key?' : 'AES-encrypted file: which key?',
      ignoreFocusOut: true,
    });
    if (!picked) throw new Cancelled();
    let material: KeyMaterial;
    let typedKey: string | undefined;
    if (picked.action === 'stored') {
      material = { key: fitting[picked.index!].key };
    } else if (picked.action === 'type') {
      typedKey = await typeKey({ length: rsa ? 32 : undefined, title: `Yealink CFG: AES key for ${basename(path)}` });
      material = { key: typedKey };
    } else {
      const file = await vscode.window.showOpenDialog({
        canSelectMany: false,
        defaultUri: vscode.Uri.file(dirname(path)),
        filters: picked.action === 'pem' ? { 'PEM private key': ['pem', 'key'], 'All files': ['*'] } : { 'Yealink key file': ['enc'] },
      });
      if (!file || file.length === 0) throw new Cancelled();
      const data = await fs.readFile(file[0].fsPath);
      material = picked.action === 'pem' ? { privateKeyPem: data.toString('utf8') } : { securityFile: data };
    }
    try {
      return { plain: decryptFile(bytes, material).plain, material, typedKey };
    } catch (error) {
      if (!(error instanceof CryptoError)) throw error;
      void vscode.window.showErrorMessage(`Yealink CFG: ${basename(path)}: ${error.message}. Choose another key.`);
    }
  }
}
