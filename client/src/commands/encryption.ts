/**
 * Encrypt File(s)..., Decrypt File..., List / Forget / Generate key. Thin: every decision about bytes,
 * keys and file names is in engine/src/crypto; this file asks the user and moves bytes.
 * Keys are held in SecretStorage (KeyStore) or in memory for one command; never logged.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname } from 'node:path';
import * as vscode from 'vscode';
import { FileExistsError, writeFileAtomic, pathExists } from '../../../engine/src/crypto/atomicWrite';
import { detectBytes } from '../../../engine/src/crypto/detect';
import { CryptoError } from '../../../engine/src/crypto/errors';
import { aesKeyTxt, decryptFile, encryptFile, type KeyMaterial } from '../../../engine/src/crypto/fileCrypto';
import { checkKey, generateKey } from '../../../engine/src/crypto/keys';
import { aesKeyTxtPath, planEncryptOutputs } from '../../../engine/src/crypto/outputs';
import { encodeSecurityFile, securityFileNameFor } from '../../../engine/src/crypto/securityFile';
import { LANGUAGE_ID } from '../identifiers';
import { KeyStore } from '../keyStore';
import { guard } from './guard';


export interface EncryptOptions {
  keyName?: string;
  key?: string;
  outputFolder?: string;
  securityFile?: boolean;
  aesKeyTxt?: boolean;
  /** RSA mode: path of a PEM public key (or the PEM text). */
  rsaPublicKey?: string;
}

export interface DecryptOptions {
  keyName?: string;
  key?: string;
  /** Path of a `_Security.enc` file. */
  securityFile?: string;
  /** PEM private key text (or a path to it), for RSA mode. */
  privateKeyPem?: string;
  outPath?: string;
}

export function registerEncryptionCommands(context: vscode.ExtensionContext, keys: KeyStore): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('yealinkCfg.encryptFiles', (uri?: vscode.Uri, uris?: vscode.Uri[], options?: EncryptOptions) =>
      guard(() => encryptFiles(keys, uri, uris, options)),
    ),
    vscode.commands.registerCommand('yealinkCfg.decryptFile', (uri?: vscode.Uri | string, options?: DecryptOptions) =>
      guard(() => decryptFileCommand(keys, uri, options)),
    ),
    vscode.commands.registerCommand('yealinkCfg.listKeys', () => guard(() => listKeys(keys))),
    vscode.commands.registerCommand('yealinkCfg.forgetKey', (name?: string) => guard(() => forgetKey(keys, name))),
    vscode.commands.registerCommand('yealinkCfg.generateKey', (options?: { length?: 16 | 32; name?: string }) =>
      guard(() => generateKeyCommand(keys, options)),
    ),
  );
}


class Cancelled extends Error {}

function requireFile(uri: vscode.Uri): string {
  if (uri.scheme !== 'file') throw new Error(`only files on disk can be encrypted or decrypted (${uri.scheme}: is not supported)`);
  return uri.fsPath;
}

function readPemOption(value: string): Promise<string> {
  return value.includes('-----BEGIN') ? Promise.resolve(value) : fs.readFile(value, 'utf8');
}

// ---------------------------------------------------------------- keys

type KeyChoice = { key: string; typedOrGenerated: boolean };

/** Key from options, else QuickPick: generate / a stored one / type one. */
async function chooseKey(keys: KeyStore, options: { keyName?: string; key?: string } | undefined, length: 16 | 32 | undefined): Promise<KeyChoice> {
  if (options?.key !== undefined) {
    const check = checkKey(options.key);
    if (!check.ok) throw new Error(`invalid key: ${check.reason}`);
    return { key: options.key, typedOrGenerated: false };
  }
  if (options?.keyName !== undefined) {
    const key = await keys.get(options.keyName);
    if (key === undefined) throw new Error(`no stored key named "${options.keyName}"`);
    return { key, typedOrGenerated: false };
  }
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
    return { key, typedOrGenerated: false };
  }
  if (picked.action === 'generate') return { key: generateKey(length ?? 16), typedOrGenerated: true };
  return { key: await typeKey(length), typedOrGenerated: true };
}

async function typeKey(length?: 16 | 32): Promise<string> {
  const key = await vscode.window.showInputBox({
    title: 'Yealink CFG: AES key',
    prompt: length === 32 ? '32 characters' : '16 or 32 characters: 0-9 A-Z a-z # $ % * + , - . : = ? @ [ ] ^ _ { } ~',
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
async function offerToStore(keys: KeyStore, key: string, suggestedName: string): Promise<void> {
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

function suggestKeyName(paths: readonly string[]): string {
  if (paths.length !== 1) return 'common';
  const name = basename(paths[0]);
  if (/^y\d{12}\.cfg$/i.test(name)) return 'common';
  if (/^[0-9a-f]{12}(-local)?\.cfg$/i.test(name)) return 'mac';
  return name;
}

// ---------------------------------------------------------------- encrypt

async function pickSources(uri?: vscode.Uri, uris?: vscode.Uri[]): Promise<vscode.Uri[]> {
  if (Array.isArray(uris) && uris.length > 0) return uris;
  if (uri) return [uri];
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && active.scheme === 'file') return [active];
  const picked = await vscode.window.showOpenDialog({ canSelectMany: true, filters: { 'Yealink CFG': ['cfg'] }, openLabel: 'Encrypt' });
  if (!picked || picked.length === 0) throw new Cancelled();
  return picked;
}

async function encryptFiles(keys: KeyStore, uri?: vscode.Uri, uris?: vscode.Uri[], options?: EncryptOptions): Promise<string[] | undefined> {
  try {
    const sources = (await pickSources(uri, uris)).map(requireFile);
    const interactive = options === undefined;
    const rsaPem = options?.rsaPublicKey !== undefined ? await readPemOption(options.rsaPublicKey) : undefined;
    const choice = await chooseKey(keys, options, rsaPem ? 32 : undefined);

    let securityFile = options?.securityFile === true;
    let keyTxt = options?.aesKeyTxt === true;
    if (interactive) {
      type Extra = vscode.QuickPickItem & { id: 'security' | 'aeskey' };
      const extras = await vscode.window.showQuickPick<Extra>(
        [
          { id: 'security', label: '<name>_Security.enc', description: 'key files the phone can use (protected only by Yealink\'s public built-in key)', picked: true },
          { id: 'aeskey', label: 'Aeskey.txt', description: 'WARNING: holds the key in plain text' },
        ],
        { title: 'Yealink CFG: also write', canPickMany: true, placeHolder: 'Extra files beside the encrypted ones (none is fine)' },
      );
      if (!extras) throw new Cancelled();
      securityFile = extras.some((e) => e.id === 'security');
      keyTxt = extras.some((e) => e.id === 'aeskey');
    }

    const folder = options?.outputFolder ?? vscode.workspace.getConfiguration('yealinkCfg').get<string>('encrypt.outputFolder', 'encrypted');
    const plans = planEncryptOutputs(sources, folder, securityFile);
    const keyTxtPath = keyTxt ? aesKeyTxtPath(plans) : undefined;

    // Read and encrypt everything first: nothing is written if one source fails.
    const writes: { path: string; data: Buffer; mode?: number }[] = [];
    for (const plan of plans) {
      const plain = await fs.readFile(plan.source);
      const data = encryptFile(plain, choice.key, rsaPem ? { mode: 'rsa', publicKeyPem: rsaPem } : { mode: 'compat' });
      writes.push({ path: plan.encrypted, data });
      if (plan.securityFile) writes.push({ path: plan.securityFile, data: encodeSecurityFile(choice.key) });
    }
    if (keyTxtPath) {
      writes.push({ path: keyTxtPath, data: Buffer.from(aesKeyTxt(plans.map((p) => ({ file: basename(p.encrypted), key: choice.key })))), mode: 0o600 });
    }

    const existing: string[] = [];
    for (const w of writes) if (await pathExists(w.path)) existing.push(w.path);
    let overwrite = false;
    if (existing.length > 0) {
      const replace = 'Replace';
      const answer = await vscode.window.showWarningMessage(
        `${existing.length} output file${existing.length > 1 ? 's exist' : ' exists'}: ${existing.map((p) => basename(p)).join(', ')}. Replace?`,
        { modal: true },
        replace,
      );
      if (answer !== replace) throw new Cancelled();
      overwrite = true;
    }

    const written: string[] = [];
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Yealink CFG: encrypting', cancellable: false },
      async (progress) => {
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
      },
    );
    if (keyTxtPath) {
      void vscode.window.showWarningMessage(`${basename(keyTxtPath)} holds the AES key in plain text: keep it off the provisioning server.`);
    }
    const outDir = dirname(plans[0].encrypted);
    void vscode.window.showInformationMessage(`Encrypted ${plans.length} file${plans.length > 1 ? 's' : ''} into ${outDir}.`);
    if (interactive && choice.typedOrGenerated) await offerToStore(keys, choice.key, suggestKeyName(sources));
    return written;
  } catch (error) {
    if (error instanceof Cancelled) return undefined;
    throw error;
  }
}

// ---------------------------------------------------------------- decrypt

/**
 * The file to decrypt. The language server's "Decrypt..." quick fix passes the document URI as a string
 * (LSP command arguments are JSON); the explorer and editor menus pass a Uri.
 */
async function pickSource(uri?: vscode.Uri | string): Promise<vscode.Uri> {
  if (typeof uri === 'string') return vscode.Uri.parse(uri);
  if (uri) return uri;
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && active.scheme === 'file') return active;
  const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Yealink CFG': ['cfg'] }, openLabel: 'Decrypt' });
  if (!picked || picked.length === 0) throw new Cancelled();
  return picked[0];
}

/** Key material from the options; undefined when the options name none. */
async function materialFromOptions(keys: KeyStore, options: DecryptOptions | undefined): Promise<KeyMaterial | undefined> {
  if (!options || typeof options !== 'object') return undefined;
  if (options.key !== undefined) return { key: options.key };
  if (options.keyName !== undefined) {
    const key = await keys.get(options.keyName);
    if (key === undefined) throw new Error(`no stored key named "${options.keyName}"`);
    return { key };
  }
  if (options.securityFile !== undefined) return { securityFile: await fs.readFile(options.securityFile) };
  if (options.privateKeyPem !== undefined) return { privateKeyPem: await readPemOption(options.privateKeyPem) };
  return undefined;
}

/** Tries what needs no question (the _Security.enc beside, stored keys), then asks. */
async function decryptInteractively(keys: KeyStore, source: string, bytes: Buffer, rsa: boolean): Promise<{ plain: Buffer; typedKey?: string }> {
  const stored = await keys.entries();
  let beside: Buffer | undefined;
  try {
    beside = await fs.readFile(securityFileNameFor(source));
  } catch {
    beside = undefined;
  }
  if (!rsa || stored.length > 0) {
    try {
      return { plain: decryptFile(bytes, { securityFile: rsa ? undefined : beside, candidates: stored.map((s) => s.key) }).plain };
    } catch (error) {
      if (!(error instanceof CryptoError) || (error.code !== 'wrong-key' && error.code !== 'unsupported' && error.code !== 'bad-security-file')) throw error;
    }
  }
  type Item = vscode.QuickPickItem & { action: 'type' | 'security' | 'pem' };
  const items: Item[] = rsa
    ? [
        { label: '$(file) Choose a PEM private key...', description: 'RSA mode: the key pair the file was encrypted for', action: 'pem' },
        { label: '$(edit) Type the AES key...', description: '32 characters', action: 'type' },
      ]
    : [
        { label: '$(edit) Type the key...', description: '16 or 32 characters', action: 'type' },
        { label: '$(file) Choose a _Security.enc file...', action: 'security' },
      ];
  const note = stored.length > 0 ? ' (no stored key fits)' : '';
  const picked = await vscode.window.showQuickPick(items, { title: `Yealink CFG: decrypt ${basename(source)}${note}`, placeHolder: rsa ? 'RSA-encrypted file' : 'AES-encrypted file' });
  if (!picked) throw new Cancelled();
  if (picked.action === 'type') {
    const key = await typeKey(rsa ? 32 : undefined);
    return { plain: decryptFile(bytes, { key }).plain, typedKey: key };
  }
  const file = await vscode.window.showOpenDialog({
    canSelectMany: false,
    defaultUri: vscode.Uri.file(dirname(source)),
    filters: picked.action === 'pem' ? { 'PEM private key': ['pem', 'key'], 'All files': ['*'] } : { 'Yealink key file': ['enc'] },
  });
  if (!file || file.length === 0) throw new Cancelled();
  const data = await fs.readFile(file[0].fsPath);
  return { plain: decryptFile(bytes, picked.action === 'pem' ? { privateKeyPem: data.toString('utf8') } : { securityFile: data }).plain };
}

async function decryptFileCommand(keys: KeyStore, uri?: vscode.Uri | string, options?: DecryptOptions): Promise<vscode.Uri | string | undefined> {
  try {
    const source = requireFile(await pickSource(uri));
    const bytes = await fs.readFile(source);
    const detection = detectBytes(bytes);
    if (detection.kind !== 'compat-encrypted' && detection.kind !== 'rsa-encrypted') {
      void vscode.window.showInformationMessage(`${basename(source)}: ${detection.description} Nothing to decrypt.`);
      return undefined;
    }
    const material = await materialFromOptions(keys, options);
    let plain: Buffer;
    let typedKey: string | undefined;
    try {
      if (material) plain = decryptFile(bytes, material).plain;
      else ({ plain, typedKey } = await decryptInteractively(keys, source, bytes, detection.kind === 'rsa-encrypted'));
    } catch (error) {
      if (error instanceof CryptoError) {
        void vscode.window.showErrorMessage(`Yealink CFG: ${basename(source)}: ${error.message}. Nothing was written.`);
        return undefined;
      }
      throw error;
    }

    if (options?.outPath !== undefined) {
      let overwrite = false;
      if (await pathExists(options.outPath)) {
        const replace = 'Replace';
        const answer = await vscode.window.showWarningMessage(`${basename(options.outPath)} exists. Replace it with the decrypted text?`, { modal: true }, replace);
        if (answer !== replace) return undefined;
        overwrite = true;
      }
      await writeFileAtomic(options.outPath, plain, { overwrite });
      return options.outPath;
    }
    const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: plain.toString('utf8') });
    await vscode.window.showTextDocument(document, { preview: false });
    if (typedKey !== undefined) void offerToStore(keys, typedKey, suggestKeyName([source])).catch(() => undefined);
    return document.uri;
  } catch (error) {
    if (error instanceof Cancelled) return undefined;
    throw error;
  }
}

// ---------------------------------------------------------------- key management

async function listKeys(keys: KeyStore): Promise<string[]> {
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

async function forgetKey(keys: KeyStore, name?: string): Promise<string | undefined> {
  let target = typeof name === 'string' ? name : undefined;
  if (target === undefined) {
    const names = await keys.list();
    if (names.length === 0) {
      void vscode.window.showInformationMessage('No AES keys are stored.');
      return undefined;
    }
    target = await vscode.window.showQuickPick(names, { title: 'Yealink CFG: forget which key?' });
    if (target === undefined) return undefined;
    const forget = 'Forget';
    const answer = await vscode.window.showWarningMessage(
      `Forget the key "${target}"? Files encrypted with it cannot be opened without it.`,
      { modal: true },
      forget,
    );
    if (answer !== forget) return undefined;
  }
  await keys.forget(target);
  return target;
}

async function generateKeyCommand(keys: KeyStore, options?: { length?: 16 | 32; name?: string }): Promise<string | undefined> {
  let length = options?.length;
  if (length === undefined) {
    const picked = await vscode.window.showQuickPick(
      [
        { label: '16 characters', description: 'AES-128 (compatibility mode)', length: 16 as const },
        { label: '32 characters', description: 'AES-256 (also needed for RSA mode)', length: 32 as const },
      ],
      { title: 'Yealink CFG: generate an AES key' },
    );
    if (!picked) return undefined;
    length = picked.length;
  }
  const key = generateKey(length);
  if (options?.name !== undefined) {
    await keys.store(options.name, key);
    return key;
  }
  const store = 'Store in Secret Storage...';
  const copy = 'Copy to Clipboard';
  const answer = await vscode.window.showInformationMessage(`A new ${length}-character key was generated. Keep it:`, store, copy);
  if (answer === store) await offerToStore(keys, key, 'common');
  else if (answer === copy) await vscode.env.clipboard.writeText(key);
  return key;
}

