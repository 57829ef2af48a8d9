/**
 * The questions about AES keys the commands ask: which key to encrypt with, type a key, store a new key.
 * Keys stay in memory for one command or in SecretStorage (KeyStore); they never reach a log or a result.
 */
import { basename } from 'node:path';
import * as vscode from 'vscode';
import { checkKey, generateKey } from '../../engine/src/fileService';
import { Cancelled } from './commands/guard';
import { KeyStore } from './keyStore';

export interface KeyChoice {
  readonly key: string;
  /**
   * Where the key came from: `generated` now (nobody knows it yet: store it before files need it), `typed` now
   * (the command may offer to store it), a `stored` one, or `given` by a program's options.
   */
  readonly origin: 'generated' | 'typed' | 'stored' | 'given';
}

/** Asks which key to encrypt with: generate one, a stored one, or type one. */
export async function chooseKey(keys: KeyStore, length: 16 | 32 | undefined): Promise<KeyChoice> {
  const stored = await keys.list();
  type Item = vscode.QuickPickItem & { action: 'generate' | 'type' | 'stored'; name?: string };
  const items: Item[] = [
    { label: '$(key) Generate a new key', description: length === 32 ? '32 characters (AES-256)' : '16 characters (AES-128)', action: 'generate' },
    ...stored.map((name): Item => ({ label: `$(lock) ${name}`, description: 'stored key', action: 'stored', name })),
    { label: '$(edit) Type a key...', description: '16 or 32 characters', action: 'type' },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: 'Yealink CFG: AES key', placeHolder: 'Which key?' });
  if (!picked) throw new Cancelled();
  if (picked.action === 'stored') {
    const key = await keys.get(picked.name!);
    if (key === undefined) throw new Error(`the stored key "${picked.name}" is gone`);
    return { key, origin: 'stored' };
  }
  if (picked.action === 'generate') return { key: generateKey(length ?? 16), origin: 'generated' };
  return { key: await typeKey({ length }), origin: 'typed' };
}

/** A password box for a key; the reason a key is refused never repeats its characters. */
export async function typeKey(options: { length?: 16 | 32; title?: string; prompt?: string }): Promise<string> {
  const { length } = options;
  const key = await vscode.window.showInputBox({
    title: options.title ?? 'Yealink CFG: AES key',
    prompt: options.prompt ?? (length === 32 ? '32 characters' : '16 or 32 characters: 0-9 A-Z a-z # $ % * + , - . : = ? @ [ ] ^ _ { } ~'),
    password: true,
    ignoreFocusOut: true,
    validateInput: (value) => {
      const check = checkKey(value);
      if (!check.ok) return check.reason;
      return length !== undefined && value.length !== length ? `this needs a ${length}-character key` : undefined;
    },
  });
  if (key === undefined) throw new Cancelled();
  return key;
}

/** Offers to keep a new key in SecretStorage; without storing, the key exists only where the user put it. */
export async function offerToStore(keys: KeyStore, key: string, suggestedName: string): Promise<void> {
  const name = await vscode.window.showInputBox({
    title: 'Yealink CFG: store this key?',
    prompt: 'Name to store the key under in VS Code secret storage (e.g. "common", "mac"); Escape to not store it',
    value: suggestedName,
    ignoreFocusOut: true,
    validateInput: (value) => {
      try {
        KeyStore.checkName(value);
        return undefined;
      } catch (error) {
        return (error as Error).message;
      }
    },
  });
  if (name !== undefined) {
    await keys.store(name, key);
    void vscode.window.showInformationMessage(`Key stored as "${name.trim()}".`);
  }
}

/** "common" for Common files, "mac" for MAC files, else the file name. */
export function suggestKeyName(paths: readonly string[]): string {
  if (paths.length !== 1) return 'common';
  const name = basename(paths[0]);
  if (/^y\d{12}\.cfg$/i.test(name)) return 'common';
  if (/^[0-9a-f]{12}(-local)?\.cfg$/i.test(name)) return 'mac';
  return name;
}
