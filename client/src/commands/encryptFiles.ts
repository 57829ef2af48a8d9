/**
 * Encrypt File(s)...: encrypts the chosen files into the output folder, with optional `_Security.enc` key
 * files and Aeskey.txt, through the file facade (planEncrypt, then writeEncrypt). Asks for the key (generate, stored, typed) and the extras.
 * A generated key is stored before the files are written, then shown once (keyNotice). Called with options by a
 * program, the options bring the key (`key`); stored keys are only ever used when the user picks them.
 * Returns the written paths, never a key.
 */
import { basename, dirname } from 'node:path';
import * as vscode from 'vscode';
import { checkKey, type FileHost } from '../../../engine/src/fileService';
import { SETTINGS, SETTINGS_SECTION } from '../../../engine/src/protocol';
import { optionsArg, requireFile, uriArg, uriListArg } from '../commandArgs';
import { chooseKey, offerToStore, suggestKeyName, type KeyChoice } from '../keyPrompts';
import { showGeneratedKey } from '../keyNotice';
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

export async function encryptFiles({ keys, files }: CommandServices, uriValue?: unknown, urisValue?: unknown, optionsValue?: unknown): Promise<string[] | undefined> {
  const options = optionsArg<EncryptOptions>(optionsValue, { key: 'string', keyName: 'string', outputFolder: 'string', securityFile: 'boolean', aesKeyTxt: 'boolean', rsaPublicKey: 'string' });
  const sources = (await pickSources(uriArg(uriValue), uriListArg(urisValue))).map(requireFile);
  const rsaPem = options?.rsaPublicKey !== undefined ? await readPemOption(files.host, options.rsaPublicKey) : undefined;
  const choice = options ? keyFromOptions(options) : await chooseKey(keys, rsaPem ? 32 : undefined);

  let securityFile = options?.securityFile === true;
  let keyTxt = options?.aesKeyTxt === true;
  if (!options) ({ securityFile, keyTxt } = await askExtras());

  // The facade reads and encrypts everything and checks the plan as a whole (no output over a source, no
  // two outputs with one name) before anything is written; then writes all or nothing.
  const folder = options?.outputFolder ?? vscode.workspace.getConfiguration(SETTINGS_SECTION).get<string>(SETTINGS.encryptOutputFolder, 'encrypted');
  const plan = await files.planEncrypt({
    sources,
    key: choice.key,
    mode: rsaPem ? { mode: 'rsa', publicKeyPem: rsaPem } : { mode: 'compat' },
    output: { folder },
    securityFiles: securityFile,
    aesKeyTxt: keyTxt ? true : undefined,
  });
  const overwrite = await confirmReplace(plan.existing);
  // A generated key is known to nobody yet: it goes into the key store before any file needs it, so dismissing
  // the modal that shows it afterwards loses nothing (and a failed write takes the stored key back).
  const storedAs = choice.origin === 'generated' ? await keys.storeNew(suggestKeyName(sources), choice.key) : undefined;
  let written: string[];
  try {
    written = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Yealink CFG: encrypting', cancellable: false }, () =>
      files.writeEncrypt(plan, { overwrite, mkdir: true }),
    );
  } catch (error) {
    if (storedAs !== undefined) await keys.forget(storedAs).catch(() => undefined);
    throw error;
  }
  const keyTxtPath = plan.writes.find((w) => w.role === 'aeskey-txt')?.path;
  if (keyTxtPath) void vscode.window.showWarningMessage(`${basename(keyTxtPath)} holds the AES key in plain text: keep it off the provisioning server.`);
  const outputs = plan.writes.filter((w) => w.role === 'encrypted');
  void vscode.window.showInformationMessage(`Encrypted ${outputs.length} file${outputs.length > 1 ? 's' : ''} into ${dirname(outputs[0].path)}.`);
  if (storedAs !== undefined) {
    await showGeneratedKey(
      choice.key,
      `The encrypted files need this key. It is stored in VS Code's secret storage as "${storedAs}" (List Stored AES Keys), so closing this dialog loses nothing. Copy it to configure the phones (static.auto_provision.aes_key.com / .mac).`,
    );
  } else if (choice.origin === 'typed') await offerToStore(keys, choice.key, suggestKeyName(sources));
  return written;
}

function keyFromOptions(options: Partial<EncryptOptions>): KeyChoice {
  if (options.keyName !== undefined) throw new Error('keyName is not accepted: a stored key is used only when the user picks it. Pass the key itself.');
  if (options.key === undefined) throw new Error('pass the key in the options, or call the command without options to ask the user');
  const check = checkKey(options.key);
  if (!check.ok) throw new Error(`invalid key: ${check.reason}`);
  return { key: options.key, origin: 'given' };
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
async function confirmReplace(existing: readonly string[]): Promise<boolean> {
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

/** A PEM option: the PEM text itself, or the path of a file holding it. */
export async function readPemOption(host: FileHost, value: string): Promise<string> {
  return value.includes('-----BEGIN') ? value : (await host.read(value, { maxBytes: 1 << 16 })).toString('utf8');
}
