/**
 * The extension's commands end to end, on temporary copies: encrypt, decrypt and merge preview. Stored AES keys
 * are put into VS Code SecretStorage through the extension's test-only key store command (the extension exports
 * nothing); a program calling a command brings its own key, and a stored key is used only when the user picks it.
 * The ciphertext is checked independently with Node's crypto (AES-ECB, no padding, as Yealink's encryption tool writes).
 */
import * as assert from 'node:assert/strict';
import { createDecipheriv } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, diagnosticCode, fixtureUri, normalizeText, openDocument, pollUntil, tempCopy, waitForCodes, type TestKeys } from './helpers';

const COMMON = 'y000000000066.cfg';
const MAC = '001565abcdef.cfg';
const KEY_NAME = 'integration-test-key';
const KEY = 'Ab3dEf7hJk9mNp2Q'; // 16 characters: AES-128
const BUILT_IN_KEY = 'EKs35XacP6eybA25'; // Yealink's public compatibility-mode key for *_Security.enc

function aesEcbDecrypt(key: string, data: Buffer): Buffer {
  const decipher = createDecipheriv(key.length === 32 ? 'aes-256-ecb' : 'aes-128-ecb', Buffer.from(key, 'latin1'), null);
  decipher.setAutoPadding(false);
  return Buffer.concat([decipher.update(data), decipher.final()]);
}

function asFsPath(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof vscode.Uri) return value.fsPath;
  throw new Error(`expected a path or a Uri, got ${JSON.stringify(value)}`);
}

function asUri(value: unknown): vscode.Uri {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string') return value.includes('://') ? vscode.Uri.parse(value) : vscode.Uri.file(value);
  throw new Error(`expected a Uri, got ${JSON.stringify(value)}`);
}

describe('Yealink CFG commands', () => {
  let keys: TestKeys;
  const cleanup: string[] = [];

  before(async () => {
    keys = await activateExtension();
    await keys.store(KEY_NAME, KEY);
  });

  after(async () => {
    await keys?.forget(KEY_NAME);
    await closeAllEditors();
    for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
  });

  it('stores, lists and forgets AES keys through the API (SecretStorage)', async () => {
    assert.ok((await keys.list()).includes(KEY_NAME));
    await keys.store('integration-test-throwaway', '0123456789abcdef');
    assert.ok((await keys.list()).includes('integration-test-throwaway'));
    await keys.forget('integration-test-throwaway');
    assert.ok(!(await keys.list()).includes('integration-test-throwaway'));
  });

  it('Generate AES Key called by a program stores the key under a new name and returns only the name', async () => {
    const name = 'integration-test-generated';
    const result = await vscode.commands.executeCommand<unknown>('yealinkCfg.generateKey', { length: 32, name });
    assert.equal(result, name, 'the result is the name, never the key');
    const listed = await vscode.commands.executeCommand<string[]>('yealinkCfg.listKeys');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.ok(listed.includes(name), `listKeys returned ${JSON.stringify(listed)}`);
    assert.equal(await vscode.commands.executeCommand('yealinkCfg.generateKey', { length: 16, name }), undefined, 'an existing stored key is never replaced');
    await keys.forget(name);
    assert.ok(!(await keys.list()).includes(name));
  });

  it('a program cannot use a stored key: keyName is refused and options without key material decrypt nothing', async () => {
    const dir = tempCopy(MAC);
    cleanup.push(dir);
    const source = vscode.Uri.file(join(dir, MAC));
    assert.equal(await vscode.commands.executeCommand('yealinkCfg.encryptFiles', source, [source], { keyName: KEY_NAME }), undefined);
    assert.ok(!existsSync(join(dir, 'encrypted', MAC)), 'nothing was encrypted with the stored key');
    const written = (await vscode.commands.executeCommand<unknown[]>('yealinkCfg.encryptFiles', source, [source], { key: KEY })).map(asFsPath);
    const encrypted = vscode.Uri.file(written.find((p) => basename(p) === MAC)!);
    const outPath = join(dir, 'stolen.cfg');
    assert.equal(await vscode.commands.executeCommand('yealinkCfg.decryptFile', encrypted, { outPath }), undefined);
    assert.equal(await vscode.commands.executeCommand('yealinkCfg.decryptFile', encrypted, { keyName: KEY_NAME, outPath }), undefined);
    assert.ok(!existsSync(outPath), 'no plain text was written with the stored key (which fits)');
  });

  it('Encrypt File(s) with a 32-character key writes AES-256 ciphertext', async () => {
    const key = 'q7Zr0PxK2mN8vW4tY6uB1cD9eF3gH5jL';
    const dir = tempCopy(MAC);
    cleanup.push(dir);
    const source = vscode.Uri.file(join(dir, MAC));
    const written = (await vscode.commands.executeCommand<unknown[]>('yealinkCfg.encryptFiles', source, [source], { key })).map(asFsPath);
    const encrypted = written.find((p) => basename(p) === MAC)!;
    assert.equal(normalizeText(aesEcbDecrypt(key, readFileSync(encrypted)).toString('utf8')), normalizeText(readFileSync(source.fsPath, 'utf8')));
  });

  it('Encrypt File(s) writes AES-ECB ciphertext into encrypted/ beside the source, and the _Security.enc key file', async () => {
    const dir = tempCopy(COMMON);
    cleanup.push(dir);
    const source = vscode.Uri.file(join(dir, COMMON));
    const plain = readFileSync(source.fsPath);
    const written = await vscode.commands.executeCommand<unknown[]>('yealinkCfg.encryptFiles', source, [source], { key: KEY, securityFile: true });
    assert.ok(Array.isArray(written) && written.length >= 1, `encryptFiles returned ${JSON.stringify(written)}`);
    const paths = written.map(asFsPath);
    const encrypted = paths.find((p) => basename(p) === COMMON);
    assert.ok(encrypted, `no encrypted ${COMMON} among ${paths.join(', ')}`);
    assert.equal(dirname(encrypted), join(dir, 'encrypted'));
    const cipher = readFileSync(encrypted);
    assert.notDeepEqual(cipher, plain, 'output must not be the plain text');
    assert.equal(cipher.length % 16, 0, 'AES-ECB output is whole 16-byte blocks');
    assert.ok(!cipher.toString('latin1').includes('account.1.enable'), 'plain text leaked into the encrypted file');
    assert.equal(normalizeText(aesEcbDecrypt(KEY, cipher).toString('utf8')), normalizeText(plain.toString('utf8')));

    const security = paths.find((p) => basename(p) === 'y000000000066_Security.enc');
    assert.ok(security, `no y000000000066_Security.enc among ${paths.join(', ')}`);
    assert.ok(existsSync(security));
    const keyFile = readFileSync(security);
    assert.equal(keyFile.length, 16, '_Security.enc is one AES block for a 16-character key');
    assert.equal(aesEcbDecrypt(BUILT_IN_KEY, keyFile).toString('latin1'), KEY);
  });

  it('Encrypt File(s) honours outputFolder and several files at once', async () => {
    const dir = tempCopy(COMMON, MAC);
    cleanup.push(dir);
    const uris = [COMMON, MAC].map((name) => vscode.Uri.file(join(dir, name)));
    const out = join(dir, 'upload');
    const written = (await vscode.commands.executeCommand<unknown[]>('yealinkCfg.encryptFiles', uris[0], uris, { key: KEY, outputFolder: out })).map(asFsPath);
    for (const name of [COMMON, MAC]) {
      const target = written.find((p) => basename(p) === name);
      assert.ok(target, `no ${name} in ${written.join(', ')}`);
      assert.equal(dirname(target), out);
      assert.equal(normalizeText(aesEcbDecrypt(KEY, readFileSync(target)).toString('utf8')), normalizeText(readFileSync(join(dir, name), 'utf8')));
    }
  });

  it('Decrypt File opens the plain text with the stored key the user picks, and writes it with outPath', async () => {
    const dir = tempCopy(COMMON);
    cleanup.push(dir);
    const source = vscode.Uri.file(join(dir, COMMON));
    const written = (await vscode.commands.executeCommand<unknown[]>('yealinkCfg.encryptFiles', source, [source], { key: KEY })).map(asFsPath);
    const encrypted = vscode.Uri.file(written.find((p) => basename(p) === COMMON)!);
    const original = normalizeText(readFileSync(source.fsPath, 'utf8'));

    // As from the explorer menu: no options, so the key prompt lists the stored key that fits; the user accepts it.
    const running = vscode.commands.executeCommand('yealinkCfg.decryptFile', encrypted);
    let settled = false;
    void running.then(() => (settled = true), () => (settled = true));
    await pollUntil(
      'the key prompt to be answered',
      async () => {
        if (!settled) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        return settled;
      },
      (done) => done,
      20_000,
      250,
    );
    const opened = asUri(await running);
    const document = await pollUntil(
      'the decrypted document to be open',
      () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === opened.toString()) ?? vscode.workspace.openTextDocument(opened),
      (d) => !!d,
    );
    assert.equal(normalizeText(document.getText()), original);

    const outPath = join(dir, 'decrypted.cfg');
    const result = await vscode.commands.executeCommand('yealinkCfg.decryptFile', encrypted, { key: KEY, outPath });
    assert.equal(asFsPath(result), outPath);
    assert.equal(normalizeText(readFileSync(outPath, 'utf8')), original);
  });

  it('Decrypt File recovers the key from a _Security.enc file', async () => {
    const dir = tempCopy(MAC);
    cleanup.push(dir);
    const source = vscode.Uri.file(join(dir, MAC));
    const written = (await vscode.commands.executeCommand<unknown[]>('yealinkCfg.encryptFiles', source, [source], { key: KEY, securityFile: true })).map(asFsPath);
    const encrypted = vscode.Uri.file(written.find((p) => basename(p) === MAC)!);
    const security = written.find((p) => p.endsWith('_Security.enc'))!;
    assert.ok(security, `no _Security.enc in ${written.join(', ')}`);
    const outPath = join(dir, 'from-security.cfg');
    await vscode.commands.executeCommand('yealinkCfg.decryptFile', encrypted, { securityFile: security, outPath });
    assert.equal(normalizeText(readFileSync(outPath, 'utf8')), normalizeText(readFileSync(source.fsPath, 'utf8')));
  });

  it('an RSA-mode file opened in the editor gets YL008 with a quick fix that decrypts it', async () => {
    const uri = fixtureUri('rsa', '001565abcd55.cfg');
    const document = await openDocument(uri);
    assert.equal(document.languageId, 'yealink-cfg');
    const diagnostics = await waitForCodes(uri, ['YL008']);
    assert.ok(!diagnostics.some((d) => ['YL002', 'YL003'].includes(diagnosticCode(d))), 'an encrypted envelope must not be linted line by line');
    const yl008 = diagnostics.find((d) => diagnosticCode(d) === 'YL008')!;
    const actions = await pollUntil(
      'code actions for YL008',
      () => vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, yl008.range),
      (result) => Array.isArray(result) && result.length > 0,
    );
    const commandOf = (a: vscode.CodeAction | vscode.Command) => (typeof a.command === 'string' ? a.command : a.command?.command);
    assert.ok(actions.some((a) => commandOf(a) === 'yealinkCfg.decryptFile'), `actions: ${actions.map((a) => `${a.title} -> ${commandOf(a)}`).join(' | ')}`);
  });

  it('Decrypt File opens an RSA-mode file with a private key PEM', async () => {
    const dir = tempCopy('rsa/001565abcd55.cfg');
    cleanup.push(dir);
    const outPath = join(dir, 'plain.cfg');
    const result = await vscode.commands.executeCommand('yealinkCfg.decryptFile', vscode.Uri.file(join(dir, '001565abcd55.cfg')), {
      privateKeyPem: fixtureUri('rsa', 'test-rsa-private.pem').fsPath,
      outPath,
    });
    assert.equal(asFsPath(result), outPath);
    assert.equal(normalizeText(readFileSync(outPath, 'utf8')), normalizeText(readFileSync(fixtureUri('rsa', '001565abcd55.expected.txt').fsPath, 'utf8')));
  });

  it('Encrypt File(s) in RSA mode writes the #!encrypt envelope, which decrypts back with the private key', async () => {
    const dir = tempCopy(MAC);
    cleanup.push(dir);
    const source = vscode.Uri.file(join(dir, MAC));
    const key = 'q7Zr0PxK2mN8vW4tY6uB1cD9eF3gH5jL';
    const written = (
      await vscode.commands.executeCommand<unknown[]>('yealinkCfg.encryptFiles', source, [source], { key, rsaPublicKey: fixtureUri('rsa', 'test-rsa-public.pem').fsPath })
    ).map(asFsPath);
    const encrypted = written.find((p) => basename(p) === MAC)!;
    assert.ok(encrypted, `no ${MAC} in ${written.join(', ')}`);
    const text = readFileSync(encrypted, 'utf8');
    assert.match(text, /^#!encrypt:1\.0\.0\.0\r?\n/);
    assert.match(text, /#!key_ciphertext:[A-Za-z0-9+/=]{100,}/);
    assert.ok(!text.includes('Front Desk'));
    const outPath = join(dir, 'roundtrip.cfg');
    await vscode.commands.executeCommand('yealinkCfg.decryptFile', vscode.Uri.file(encrypted), { privateKeyPem: fixtureUri('rsa', 'test-rsa-private.pem').fsPath, outPath });
    assert.equal(normalizeText(readFileSync(outPath, 'utf8')), normalizeText(readFileSync(source.fsPath, 'utf8')));
  });

  it('Preview Merged Configuration shows each effective key once with its provenance', async () => {
    const mac = fixtureUri(MAC);
    await openDocument(mac);
    const result = asUri(await vscode.commands.executeCommand('yealinkCfg.previewMerge', mac));
    assert.equal(result.scheme, 'yealink-merge');
    const document = await vscode.workspace.openTextDocument(result);
    const text = document.getText();
    const lines = text.split(/\r?\n/);
    const assignments = lines.filter((l) => /^[a-z_][\w.]*\s*=/.test(l));
    const keys = assignments.map((l) => l.split('=')[0].trim());
    assert.equal(new Set(keys).size, keys.length, `a key appears twice:\n${text}`);
    // The MAC file wins over the Common file for account.1.label.
    const label = assignments.filter((l) => l.startsWith('account.1.label'));
    assert.equal(label.length, 1, text);
    assert.match(label[0], /Front Desk/);
    assert.doesNotMatch(text, /^account\.1\.label\s*=\s*Reception/m);
    const macLine = readFileSync(mac.fsPath, 'utf8').split(/\r?\n/).findIndex((l) => l.startsWith('account.1.label')) + 1;
    assert.match(text, new RegExp(`# from ${MAC.replace('.', '\\.')}:${macLine}\\b`), `no provenance for account.1.label:\n${text}`);
    // Keys only the Common file sets are there, attributed to it.
    assert.ok(keys.includes('account.1.enable'), text);
    assert.match(text, new RegExp(`# from ${COMMON.replace('.', '\\.')}:\\d+`));
    // Merged documents are read-only virtual documents.
    assert.notEqual(document.uri.scheme, 'file');
    assert.match(lines.slice(0, 15).join('\n'), /#/, 'a summary header comes first');
  });

  it('Compare Common File with Merged Configuration opens a diff editor', async () => {
    const mac = fixtureUri(MAC);
    await openDocument(mac);
    await vscode.commands.executeCommand('yealinkCfg.diffCommonWithMerged', mac);
    const tab = await pollUntil(
      'a diff editor',
      () => vscode.window.tabGroups.activeTabGroup.activeTab,
      (t) => !!t && t.input instanceof vscode.TabInputTextDiff,
      15_000,
    );
    const input = tab!.input as vscode.TabInputTextDiff;
    assert.ok([input.original, input.modified].some((u) => u.scheme === 'yealink-merge'), `diff of ${input.original} and ${input.modified}`);
  });
});
