/**
 * The client's answer when the file facade (openConfig) needs a key for an encrypted file: the one place the
 * client decides what to offer, shared by Decrypt File and the merge preview. The facade has already tried
 * the `_Security.enc` beside the file (on disk for anyone to read). A stored key is used only after the user
 * picks it: the stored keys that open the file are listed first; otherwise the user types a key or chooses
 * a key file. A wrong answer comes back with the reason and is asked again until the user gives up.
 */
import { basename, dirname } from 'node:path';
import * as vscode from 'vscode';
import type { FileService, KeyMaterial, KeyRequest, KeySource } from '../../engine/src/fileService';
import { typeKey } from './keyPrompts';
import type { KeyStore } from './keyStore';

export interface AskingKeySource {
  readonly askKey: KeySource;
  /** The key the user typed last, which the caller may offer to store once it opened the file. */
  readonly typedKey: () => string | undefined;
}

/** Stored keys that open the file, found in memory without using any of them. */
async function fittingStoredKeys(files: FileService, keys: KeyStore, path: string): Promise<{ name: string; key: string }[]> {
  const fitting: { name: string; key: string }[] = [];
  for (const entry of await keys.entries()) {
    try {
      await files.openConfig(path, { keys: { key: entry.key }, securityFileBeside: false });
      fitting.push(entry);
    } catch {
      /* does not open it */
    }
  }
  return fitting;
}

export function askingKeySource(files: FileService, keys: KeyStore, purpose: string): AskingKeySource {
  let typed: string | undefined;
  const fittingByPath = new Map<string, { name: string; key: string }[]>();
  const askKey = async (request: KeyRequest): Promise<KeyMaterial | undefined> => {
    const { path } = request;
    const rsa = request.encryption === 'rsa-encrypted';
    if (!fittingByPath.has(path)) fittingByPath.set(path, await fittingStoredKeys(files, keys, path));
    const fitting = fittingByPath.get(path)!;
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
    const note = request.attempt > 1 ? ` (${request.problem})` : fitting.length === 0 && (await keys.list()).length > 0 ? ' (no stored key fits)' : '';
    const picked = await vscode.window.showQuickPick(items, {
      title: `Yealink CFG: ${purpose} ${basename(path)}${note}`,
      placeHolder: rsa ? 'RSA-encrypted file: which key?' : 'AES-encrypted file: which key?',
      ignoreFocusOut: true,
    });
    if (!picked) return undefined;
    if (picked.action === 'stored') return { key: fitting[picked.index!].key };
    if (picked.action === 'type') {
      try {
        typed = await typeKey({ length: rsa ? 32 : undefined, title: `Yealink CFG: AES key for ${basename(path)}` });
      } catch {
        return undefined; // Escape in the key box: give up on this file
      }
      return { key: typed };
    }
    const file = await vscode.window.showOpenDialog({
      canSelectMany: false,
      defaultUri: vscode.Uri.file(dirname(path)),
      filters: picked.action === 'pem' ? { 'PEM private key': ['pem', 'key'], 'All files': ['*'] } : { 'Yealink key file': ['enc'] },
    });
    if (!file || file.length === 0) return undefined;
    const data = await files.host.read(file[0].fsPath, { maxBytes: 1 << 16 });
    return picked.action === 'pem' ? { privateKeyPem: data.toString('utf8') } : { securityFile: data };
  };
  return { askKey, typedKey: () => typed };
}
