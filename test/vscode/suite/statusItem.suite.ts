/**
 * The file-kind status item: "Treat This File as Yealink CFG" shows it at once and can remember the choice in
 * files.associations; clicking the item picks the model, written into the file as a comment.
 */
import * as assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { COMMANDS, LANGUAGE_ID, TEST_COMMANDS } from '../../../engine/src/protocol';
import { activateExtension, closeAllEditors, fixtureUri, openDocument, pollUntil, workspaceRoot } from './helpers';

interface StatusState {
  visible: boolean;
  text: string;
  command?: string;
}

const statusItem = async (): Promise<StatusState> => (await vscode.commands.executeCommand<StatusState>(TEST_COMMANDS.statusItem))!;

describe('Yealink CFG status item', () => {
  before(activateExtension);
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAllEditors();
  });

  it('"Treat This File as Yealink CFG" shows the status item at once and remembers the choice in files.associations', async () => {
    const files = vscode.workspace.getConfiguration('files');
    const before = files.inspect<Record<string, string>>('associations')?.workspaceValue;
    // A file no other test has switched (a switched document keeps its language while VS Code holds it).
    const path = join(workspaceRoot(), 'phone-list.txt');
    writeFileSync(path, 'account.1.label = Front desk\n');
    const document = await openDocument(vscode.Uri.file(path));
    assert.notEqual(document.languageId, LANGUAGE_ID);
    assert.equal((await statusItem()).visible, false, 'no status item for a plain-text file');
    try {
      const treated = await vscode.commands.executeCommand<vscode.TextDocument>(COMMANDS.treatAsYealink, document.uri, { remember: true });
      assert.equal(treated?.languageId, LANGUAGE_ID);
      const now = await statusItem();
      assert.equal(now.visible, true, 'the status item shows as soon as the command returns');
      assert.match(now.text, /Custom CFG/);
      assert.equal(now.command, COMMANDS.pickModel);
      const associations = vscode.workspace.getConfiguration('files').inspect<Record<string, string>>('associations')?.workspaceValue ?? {};
      assert.equal(associations['**/phone-list.txt'], LANGUAGE_ID);
    } finally {
      await files.update('associations', before, vscode.ConfigurationTarget.Workspace);
      await closeAllEditors();
      rmSync(path, { force: true });
    }
  });

  it('clicking the status item picks the model: a "# yealink: model=" comment under the header, and the item says the model', async () => {
    const document = await openDocument(fixtureUri('001565abcdef.cfg'));
    const state = await pollUntil('the status item for the MAC file', statusItem, (s) => s.visible && /MAC-oriented/.test(s.text));
    assert.equal(state.command, COMMANDS.pickModel);
    const picked = await vscode.commands.executeCommand<string>(COMMANDS.pickModel, document.uri, 'T46U');
    assert.equal(picked, 'T46U');
    assert.equal(document.lineAt(0).text, '#!version:1.0.0.1');
    assert.equal(document.lineAt(1).text, '# yealink: model=T46U');
    await pollUntil('the status item to show T46U', statusItem, (s) => /MAC-oriented CFG · T46U/.test(s.text));
    assert.equal(await vscode.commands.executeCommand<string>(COMMANDS.pickModel, document.uri, ''), '', 'the pin can be removed again');
    assert.ok(!document.getText().includes('yealink: model='));
  });
});
