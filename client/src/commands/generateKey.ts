/**
 * Generate AES Key: makes a random key the phone accepts and shows it once in a modal, to copy or store. Called with
 * options by a program, it stores the key under a new name and returns only that name: a key value never
 * leaves the extension through a command result, and an existing stored key is never replaced.
 */
import * as vscode from 'vscode';
import { generateKey as randomKey } from '../../../engine/src/fileService';
import { optionsArg } from '../commandArgs';
import { showGeneratedKey } from '../keyNotice';
import { offerToStore } from '../keyPrompts';
import type { CommandServices } from './index';

export interface GenerateKeyOptions {
  length: number;
  name: string;
}

export async function generateKey({ keys }: CommandServices, optionsValue?: unknown): Promise<string | undefined> {
  const options = optionsArg<GenerateKeyOptions>(optionsValue, { length: 'number', name: 'string' });
  if (options) {
    const length = options.length ?? 16;
    if (length !== 16 && length !== 32) throw new Error('a key has 16 or 32 characters');
    if (options.name === undefined) throw new Error('name the key to store: a generated key is not returned');
    const name = options.name.trim();
    if ((await keys.list()).includes(name)) throw new Error(`a key named "${name}" is stored already; it is not replaced`);
    await keys.store(name, randomKey(length));
    return name;
  }
  const picked = await vscode.window.showQuickPick(
    [
      { label: '16 characters', description: 'AES-128 (compatibility mode)', length: 16 as const },
      { label: '32 characters', description: 'AES-256 (also needed for RSA mode)', length: 32 as const },
    ],
    { title: 'Yealink CFG: generate an AES key' },
  );
  if (!picked) return undefined;
  const key = randomKey(picked.length);
  const store = 'Store in Secret Storage...';
  // No file needs this key yet, so dismissing the modal may discard it (Encrypt File(s) stores its generated key first).
  const answer = await showGeneratedKey(key, `A new ${picked.length}-character key. No file uses it yet: Copy it or store it now, or it is gone when this dialog closes.`, [store]);
  if (answer === store) await offerToStore(keys, key, 'common');
  return undefined;
}
