/**
 * Encrypted files in the editor: a real file made by Yealink's Configuration Encryption Tool (test/fixtures/crypto/
 * yealink-tool-2013) opens as the encrypted-file view, not as ciphertext, and the status item says "Encrypted";
 * Decrypt File with a stored key opens "<name> (decrypted)"; Save Decrypted As writes the plain bytes with mode
 * 0600 and never replaces a file unasked; a key Encrypt File(s) generated is kept when its modal is dismissed.
 */
import * as assert from 'node:assert/strict';
import { createDecipheriv } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as vscode from 'vscode';
import { DECRYPTED_SCHEME, ENCRYPTED_VIEW_TYPE, TEST_COMMANDS } from '../../../engine/src/protocol';
import { activateExtension, closeAllEditors, normalizeText, pollUntil, tempCopy, type TestKeys } from './helpers';

const COMMON = 'y000000000066.cfg';
const BUILT_IN_KEY = 'EKs35XacP6eybA25'; // Yealink's public compatibility-mode key for *_Security.enc
const TOOL_FILES = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'crypto', 'yealink-tool-2013');
const KEY_NAME = 'integration-test-tool-key';

function aesEcbDecrypt(key: Buffer, data: Buffer): Buffer {
  const decipher = createDecipheriv(key.length === 32 ? 'aes-256-ecb' : 'aes-128-ecb', key, null);
  decipher.setAutoPadding(false);
  return Buffer.concat([decipher.update(data), decipher.final()]);
}

/** Runs an interactive command, accepting each prompt's selected item (the first) until the command ends. */
async function acceptingPrompts<T>(running: Thenable<T>): Promise<T> {
  let settled = false;
  void running.then(
    () => (settled = true),
    () => (settled = true),
  );
  await pollUntil(
    'the prompts to be answered',
    async () => {
      if (!settled) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return settled;
    },
    (done) => done,
    30_000,
    250,
  );
  return running;
}

function activeInput(): unknown {
  return vscode.window.tabGroups.activeTabGroup.activeTab?.input;
}

async function statusText(): Promise<string> {
  return (await vscode.commands.executeCommand<{ text: string }>(TEST_COMMANDS.statusItem))?.text ?? '';
}

describe('Yealink CFG encrypted files in the editor', () => {
  let keys: TestKeys;
  const cleanup: string[] = [];
  const forget: string[] = [KEY_NAME];
  // The tool's file, named as a Common file, without its _Security.enc: the stored key is the way in.
  const toolKey = aesEcbDecrypt(Buffer.from(BUILT_IN_KEY, 'latin1'), readFileSync(join(TOOL_FILES, 'test_Security.enc')));
  const toolPlain = aesEcbDecrypt(toolKey, readFileSync(join(TOOL_FILES, 'test.cfg')));
  let dir: string;
  let encrypted: vscode.Uri;
  let decryptedUri: vscode.Uri | undefined;

  before(async () => {
    keys = await activateExtension();
    await keys.store(KEY_NAME, toolKey.toString('latin1'));
    dir = tempCopy();
    cleanup.push(dir);
    copyFileSync(join(TOOL_FILES, 'test.cfg'), join(dir, COMMON));
    encrypted = vscode.Uri.file(join(dir, COMMON));
  });

  after(async () => {
    for (const name of forget) await keys?.forget(name);
    await closeAllEditors();
    for (const path of cleanup) rmSync(path, { recursive: true, force: true });
  });

  it('an AES file opened in the editor shows the encrypted-file view, and the status item says Encrypted, not Common CFG', async () => {
    await closeAllEditors();
    await vscode.commands.executeCommand('vscode.open', encrypted);
    await pollUntil(
      'the encrypted-file view in front instead of the text editor',
      () => activeInput(),
      (input) => input instanceof vscode.TabInputCustom && input.viewType === ENCRYPTED_VIEW_TYPE && input.uri.toString() === encrypted.toString(),
    );
    const textTabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === encrypted.toString());
    assert.equal(textTabs.length, 0, 'the ciphertext text tab was replaced');
    const text = await pollUntil('the status item for ciphertext', statusText, (t) => t.includes('Encrypted'));
    assert.ok(!text.includes('Common CFG'), `the status item says "${text}"`);
  });

  it('Decrypt File with a stored key opens "y000000000066.cfg (decrypted)" with the plain text', async () => {
    // As the view's Decrypt... button does: the command with the file; the prompt lists the stored key that fits first.
    const opened = await acceptingPrompts(vscode.commands.executeCommand<vscode.Uri>('yealinkCfg.decryptFile', encrypted));
    assert.ok(opened instanceof vscode.Uri, `decryptFile returned ${String(opened)}`);
    assert.equal(opened.scheme, DECRYPTED_SCHEME);
    assert.equal(basename(opened.path), `${COMMON} (decrypted)`);
    const document = await vscode.workspace.openTextDocument(opened);
    assert.equal(normalizeText(document.getText()), normalizeText(toolPlain.toString('utf8')));
    const active = activeInput();
    assert.ok(active instanceof vscode.TabInputText && active.uri.toString() === opened.toString(), 'the decrypted document is in front');
    assert.equal(vscode.window.tabGroups.activeTabGroup.activeTab?.label, `${COMMON} (decrypted)`);
    decryptedUri = opened;
    // The plain text is of the encrypted file's kind again.
    await pollUntil('the status item for the decrypted document', statusText, (t) => t.includes('Common CFG') && !t.includes('Encrypted'));
  });

  it('Save Decrypted As writes the plain bytes with mode 0600 and never replaces a file unasked', async () => {
    const uri = decryptedUri;
    assert.ok(uri, 'the decrypted document of the previous test');
    const outPath = join(dir, 'plain.cfg');
    assert.equal(await vscode.commands.executeCommand('yealinkCfg.saveDecryptedAs', uri, { outPath }), outPath);
    assert.deepEqual(readFileSync(outPath), toolPlain);
    assert.equal(statSync(outPath).mode & 0o777, 0o600);

    const existing = join(dir, 'existing.cfg');
    writeFileSync(existing, 'keep me\n');
    assert.equal(await vscode.commands.executeCommand('yealinkCfg.saveDecryptedAs', uri, { outPath: existing }), undefined);
    assert.equal(readFileSync(existing, 'utf8'), 'keep me\n');
    assert.equal(await vscode.commands.executeCommand('yealinkCfg.saveDecryptedAs', uri, { outPath: encrypted.fsPath }), undefined, 'never over the encrypted source');
    assert.deepEqual(readFileSync(encrypted.fsPath), readFileSync(join(TOOL_FILES, 'test.cfg')));
  });

  it('a key Encrypt File(s) generated is stored before the files are written and kept when its modal is dismissed', async () => {
    const work = tempCopy(COMMON);
    cleanup.push(work);
    const source = vscode.Uri.file(join(work, COMMON));
    const before = await keys.list();
    const shownBefore = await vscode.commands.executeCommand<number>(TEST_COMMANDS.keyNotice, { answers: ['dismiss'] });
    // Interactive: "Generate a new key" (the first choice), then the default extras; the key modal is dismissed.
    const written = (await acceptingPrompts(vscode.commands.executeCommand<string[]>('yealinkCfg.encryptFiles', source))) ?? [];
    const output = written.find((p) => basename(p) === COMMON);
    assert.ok(output && existsSync(output), `written: ${written.join(', ')}`);
    assert.equal(await vscode.commands.executeCommand<number>(TEST_COMMANDS.keyNotice, { answers: [] }), shownBefore + 1, 'the key was shown once');
    const added = (await keys.list()).filter((name) => !before.includes(name));
    forget.push(...added);
    assert.equal(added.length, 1, `new stored keys: ${added.join(', ')}`);
    assert.match(added[0], /^common( \d+)?$/);

    // The stored key is the one the file needs: without the _Security.enc, Decrypt File opens it with that key.
    for (const path of written) if (path.endsWith('_Security.enc')) unlinkSync(path);
    const opened = await acceptingPrompts(vscode.commands.executeCommand<vscode.Uri>('yealinkCfg.decryptFile', vscode.Uri.file(output)));
    assert.ok(opened instanceof vscode.Uri, `decryptFile returned ${String(opened)}`);
    const document = await vscode.workspace.openTextDocument(opened);
    assert.equal(normalizeText(document.getText()), normalizeText(readFileSync(source.fsPath, 'utf8')));
  });
});
