/**
 * Encrypt File(s)...: encrypts the chosen files into the output folder, with optional `_Security.enc` key
 * files and Aeskey.txt. Asks for the key (generate, stored, typed) and the extras. Called with options by a
 * program, the options bring the key (`key`); stored keys are only ever used when the user picks them.
 * Returns the written paths, never a key.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname } from 'node:path';
import * as vscode from 'vscode';
import { FileExistsError, pathExists, writeFileAtomic } from '../../../engine/src/crypto/atomicWrite';
import { aesKeyTxt, encryptFile } from '../../../engine/src/crypto/fileCrypto';
import { checkKey } from '../../../engine/src/crypto/keys';
import { aesKeyTxtPath, planEncryptOutputs } from '../../../engine/src/crypto/outputs';
import { encodeSecurityFile } from '../../../engine/src/crypto/securityFile';
import { SETTINGS, SETTINGS_SECTION } from '../../../engine/src/protocol';
import { optionsArg, requireFile, uriArg, uriListArg } from '../commandArgs';
import { chooseKey, offerToStore, suggestKeyName, type KeyChoice } from '../keyPrompts';
import { Cancelled } from './guard';
import type { CommandServices } from './index';

export interface EncryptOptions {
  /** The AES key (16 or 32 characters); required when a program calls with options. */
  key: string;
  /** Refused: a program cannot name a stored key. */
  keyName: string;
  outputFolder: string;
  securityFile: boolean;
  aesKeyTxt: boolean;
  /** RSA mode: path of a PEM public key (or the PEM text). */
  rsaPublicKey: string;
}

export async function encryptFiles({ keys }: CommandServices, uriValue?: unknown, urisValue?: unknown, optionsValue?: unknown): Promise<string[] | undefined> {
  const options = optionsArg<EncryptOptions>(optionsValue, { key: 'string', keyName: 'string', outputFolder: 'string', securityFile: 'boolean', aesKeyTxt: 'boolean', rsaPublicKey: 'string' });
  const sources = (await pickSources(uriArg(uriValue), uriListArg(urisValue))).map(requireFile);
  const rsaPem = options?.rsaPublicKey !== undefined ? await readPemOption(options.rsaPublicKey) : undefined;
  const choice = options ? keyFromOptions(options) : await chooseKey(keys, rsaPem ? 32 : undefined);

  let securityFile = options?.securityFile === true;
  let keyTxt = options?.aesKeyTxt === true;
  if (!options) ({ securityFile, keyTxt } = await askExtras());

  const folder = options?.outputFolder ?? vscode.workspace.getConfiguration(SETTINGS_SECTION).get<string>(SETTINGS.encryptOutputFolder, 'encrypted');
  const plans = planEncryptOutputs(sources, folder, securityFile);
  const keyTxtPath = keyTxt ? aesKeyTxtPath(plans) : undefined;

  // Read and encrypt everything first: nothing is written if one source fails.
  const writes: { path: string; data: Buffer; mode?: number }[] = [];
  for (const plan of plans) {
    const plain = await fs.readFile(plan.source);
    writes.push({ path: plan.encrypted, data: encryptFile(plain, choice.key, rsaPem ? { mode: 'rsa', publicKeyPem: rsaPem } : { mode: 'compat' }) });
    if (plan.securityFile) writes.push({ path: plan.securityFile, data: encodeSecurityFile(choice.key) });
  }
  if (keyTxtPath) {
    writes.push({ path: keyTxtPath, data: Buffer.from(aesKeyTxt(plans.map((p) => ({ file: basename(p.encrypted), key: choice.key })))), mode: 0o600 });
  }

  const overwrite = await confirmReplace(writes.map((w) => w.path));
  const written: string[] = [];
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Yealink CFG: encrypting', cancellable: false }, async (progress) => {
    for (const w of writes) {
      progress.report({ message: basename(w.path), increment: 100 / writes.length });
      try {
        await writeFileAtomic(w.path, w.data, { overwrite, mode: w.mode, mkdir: true });
      } catch (error) {
        if (error instanceof FileExistsError) throw new Error(`${basename(w.path)} appeared meanwhile; not replaced`);
        throw error;
      }
      written.push(w.path);
    }
  });
  if (keyTxtPath) void vscode.window.showWarningMessage(`${basename(keyTxtPath)} holds the AES key in plain text: keep it off the provisioning server.`);
  void vscode.window.showInformationMessage(`Encrypted ${plans.length} file${plans.length > 1 ? 's' : ''} into ${dirname(plans[0].encrypted)}.`);
  if (!options && choice.typedOrGenerated) await offerToStore(keys, choice.key, suggestKeyName(sources));
  return written;
}

function keyFromOptions(options: Partial<EncryptOptions>): KeyChoice {
  if (options.keyName !== undefined) throw new Error('keyName is not accepted: a stored key is used only when the user picks it. Pass the key itself.');
  if (options.key === undefined) throw new Error('pass the key in the options, or call the command without options to ask the user');
  const check = checkKey(options.key);
  if (!check.ok) throw new Error(`invalid key: ${check.reason}`);
  return { key: options.key, typedOrGenerated: false };
}

async function pickSources(uri?: vscode.Uri, uris?: vscode.Uri[]): Promise<vscode.Uri[]> {
  if (uris) return uris;
  if (uri) return [uri];
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && active.scheme === 'file') return [active];
  const picked = await vscode.window.showOpenDialog({ canSelectMany: true, filters: { 'Yealink CFG': ['cfg'] }, openLabel: 'Encrypt' });
  if (!picked || picked.length === 0) throw new Cancelled();
  return picked;
}

async function askExtras(): Promise<{ securityFile: boolean; keyTxt: boolean }> {
  type Extra = vscode.QuickPickItem & { id: 'security' | 'aeskey' };
  const extras = await vscode.window.showQuickPick<Extra>(
    [
      { id: 'security', label: '<name>_Security.enc', description: "key files the phone can use (protected only by Yealink's public built-in key)", picked: true },
      { id: 'aeskey', label: 'Aeskey.txt', description: 'WARNING: holds the key in plain text' },
    ],
    { title: 'Yealink CFG: also write', canPickMany: true, placeHolder: 'Extra files beside the encrypted ones (none is fine)' },
  );
  if (!extras) throw new Cancelled();
  return { securityFile: extras.some((e) => e.id === 'security'), keyTxt: extras.some((e) => e.id === 'aeskey') };
}

/** True when files will be replaced (the user said so), false when none exists; throws Cancelled on "no". */
async function confirmReplace(paths: readonly string[]): Promise<boolean> {
  const existing: string[] = [];
  for (const path of paths) if (await pathExists(path)) existing.push(path);
  if (existing.length === 0) return false;
  const replace = 'Replace';
  const answer = await vscode.window.showWarningMessage(
    `${existing.length} output file${existing.length > 1 ? 's exist' : ' exists'}: ${existing.map((p) => basename(p)).join(', ')}. Replace?`,
    { modal: true },
    replace,
  );
  if (answer !== replace) throw new Cancelled();
  return true;
}

export function readPemOption(value: string): Promise<string> {
  return value.includes('-----BEGIN') ? Promise.resolve(value) : fs.readFile(value, 'utf8');
}
