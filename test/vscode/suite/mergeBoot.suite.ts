/**
 * Preview Merged Configuration in a T46U fleet folder with boot files (test/e2e/fleet, copied outside the
 * workspace): the model comes from the MAC file's "# yealink: model=" comment, only the T46U's includes apply,
 * the previewed MAC file is in the result, and a boot file that leaves it out is said plainly.
 */
import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { COMMANDS, MERGE_SCHEME } from '../../../engine/src/protocol';
import { activateExtension, closeAllEditors, pollUntil } from './helpers';

const FLEET = join(__dirname, '..', '..', '..', '..', 'test', 'e2e', 'fleet');

describe('Yealink CFG merge preview with boot files', () => {
  let folder = '';
  before(async () => {
    await activateExtension();
    folder = mkdtempSync(join(tmpdir(), 'yealink-cfg-fleet-'));
    cpSync(FLEET, folder, { recursive: true });
  });
  after(async () => {
    await closeAllEditors();
    rmSync(folder, { recursive: true, force: true });
  });

  async function preview(name: string): Promise<string> {
    const uri = await vscode.commands.executeCommand<vscode.Uri>(COMMANDS.previewMerge, vscode.Uri.file(join(folder, name)));
    assert.equal(uri?.scheme, MERGE_SCHEME);
    return (await vscode.workspace.openTextDocument(uri)).getText();
  }

  it('takes the model from the MAC file comment, applies only its includes, and keeps the MAC file', async () => {
    const text = await preview('805ec0a1b2c3.cfg');
    assert.match(text, /model T46U, from the "# yealink: model=" comment in 805ec0a1b2c3\.cfg/);
    assert.match(text, /include y000000000109\.cfg is for T48U only: not applied for T46U/);
    assert.match(text, /^account\.1\.label = Front Desk/m, 'the previewed MAC file wins');
    assert.match(text, /# from 805ec0a1b2c3\.cfg:\d+/);
    assert.match(text, /# from y000000000108\.cfg:\d+/);
    assert.doesNotMatch(text, /# from y000000000109\.cfg/, "the T48U's Common file is not applied");
    assert.doesNotMatch(text, /Conference room/);
  });

  it('says plainly when the boot file does not include the previewed file', async () => {
    // The MAC boot beside it goes away: the common boot, which names no MAC file, takes over.
    rmSync(join(folder, '805ec0a1b2c3.boot'));
    writeFileSync(join(folder, '805ec0a1b2c3.cfg'), '#!version:1.0.0.1\n# yealink: model=T46U\naccount.1.label = Front Desk\n');
    // The preview is already open from the test before: its new content arrives when VS Code asks the
    // provider again, a moment after the command returns.
    const uri = await vscode.commands.executeCommand<vscode.Uri>(COMMANDS.previewMerge, vscode.Uri.file(join(folder, '805ec0a1b2c3.cfg')));
    assert.equal(uri?.scheme, MERGE_SCHEME);
    const text = await pollUntil(
      'the preview to drop the removed MAC boot file',
      async () => (await vscode.workspace.openTextDocument(uri)).getText(),
      (content) => !content.includes('805ec0a1b2c3.boot'),
    );
    assert.match(text, /y000000000000\.boot does not include 805ec0a1b2c3\.cfg: the phone never downloads it, so its settings are NOT in this result/);
    assert.doesNotMatch(text, /^account\.1\.label = Front Desk/m);
    assert.match(text, /^account\.1\.label = Reception/m);
  });
});
