/**
 * Decrypted text never goes through a trace channel, and the merge preview plans through the language server.
 * Its own suite, run last (suites run in file name order), because a verbose trace fills the output channel
 * that the output suite reads.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import * as vscode from 'vscode';
import { COMMANDS, DECRYPTED_SCHEME, MERGE_SCHEME, PlanMergeRequest, SETTINGS, SETTINGS_SECTION, TEST_COMMANDS } from '../../../engine/src/protocol';
import { activateExtension, closeAllEditors, openDocument, pollUntil, positionOf } from './helpers';

const COMMON = 'y000000000066.cfg';
const SECOND = 'y000000000044.cfg';
const KEY = 'Ab3dEf7hJk9mNp2Q';

function asUri(value: unknown): vscode.Uri {
  if (value instanceof vscode.Uri) return value;
  throw new Error(`expected a Uri, got ${JSON.stringify(value)}`);
}

describe('Yealink CFG server trace', () => {
  const cleanup: string[] = [];

  before(async () => {
    await activateExtension();
  });

  after(async () => {
    await closeAllEditors();
    for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
  });

  it('with the server trace on, decrypted text is never sent to the language server (nor traced)', async () => {
    const marker = 'TraceProbe7f3a';
    const dir = mkdtempSync(join(tmpdir(), 'yealink-cfg-trace-'));
    cleanup.push(dir);
    const sourcePath = join(dir, COMMON);
    writeFileSync(sourcePath, `#!version:1.0.0.1\naccount.1.enable = 1\naccount.1.label = ${marker}\n`);
    // A second Common file: decrypting one file again refreshes its one decrypted document, so the document
    // opened while tracing is on must be of another file.
    const secondPath = join(dir, SECOND);
    writeFileSync(secondPath, `#!version:1.0.0.1\naccount.1.enable = 1\naccount.1.label = ${marker}\n`);
    const source = vscode.Uri.file(sourcePath);
    const second = vscode.Uri.file(secondPath);
    const written = (await vscode.commands.executeCommand<string[]>('yealinkCfg.encryptFiles', source, [source, second], { key: KEY })) ?? [];
    const encrypted = vscode.Uri.file(written.find((p) => basename(p) === COMMON)!);
    const encryptedSecond = vscode.Uri.file(written.find((p) => basename(p) === SECOND)!);
    const outputLines = async () => (await vscode.commands.executeCommand<readonly string[]>(TEST_COMMANDS.outputLines)) ?? [];
    // Hover asks the server each time (document symbols are cached per document version by VS Code).
    const hoversOf = async (uri: vscode.Uri) => {
      const document = await vscode.workspace.openTextDocument(uri);
      return vscode.commands.executeCommand<vscode.Hover[] | undefined>('vscode.executeHoverProvider', uri, positionOf(document, 'account.1.ena'));
    };

    // Trace off: the decrypted editor is checked like any other (the server knows it and answers hovers).
    const checked = asUri(await vscode.commands.executeCommand('yealinkCfg.decryptFile', encrypted, { key: KEY }));
    assert.equal(checked.scheme, DECRYPTED_SCHEME);
    await pollUntil('a hover from the server on the decrypted document', () => hoversOf(checked), (hovers) => (hovers?.length ?? 0) > 0);

    const settings = vscode.workspace.getConfiguration('yealinkCfg');
    await settings.update('trace.server', 'verbose', vscode.ConfigurationTarget.Workspace);
    try {
      // Tracing started: the open decrypted document is withdrawn from the server ...
      await pollUntil('the decrypted document to be withdrawn', () => hoversOf(checked), (hovers) => (hovers?.length ?? 0) === 0);
      // ... and a new one is never sent.
      const withheld = asUri(await vscode.commands.executeCommand('yealinkCfg.decryptFile', encryptedSecond, { key: KEY }));
      assert.notEqual(withheld.toString(), checked.toString());
      const document = await vscode.workspace.openTextDocument(withheld);
      assert.ok(document.getText().includes(marker), 'the editor shows the plain text');
      for (let i = 0; i < 5; i++) {
        assert.deepEqual((await hoversOf(withheld)) ?? [], [], 'the server knows nothing of the withheld document');
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      // The trace is on and reaches the output channel (a plain file opened now is in it), but the decrypted text is not.
      const plainMarker = 'PlainProbe91c2';
      const plainPath = join(dir, '001565abcdef.cfg');
      writeFileSync(plainPath, `#!version:1.0.0.1\naccount.1.label = ${plainMarker}\n`);
      await openDocument(vscode.Uri.file(plainPath));
      await pollUntil('the trace of the plain file', outputLines, (lines) => lines.join('\n').includes(plainMarker));
      assert.ok(!(await outputLines()).join('\n').includes(marker), 'the decrypted text is not in the trace');
    } finally {
      await settings.update('trace.server', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('the merge preview asks the language server for its plan, and decrypts its files itself: no key and no plain text on the wire', async () => {
    const marker = 'PreviewProbe5d1e';
    const dir = mkdtempSync(join(tmpdir(), 'yealink-cfg-plan-'));
    cleanup.push(dir);
    mkdirSync(join(dir, 'source'));
    mkdirSync(join(dir, 'phone'));
    const sourcePath = join(dir, 'source', COMMON);
    writeFileSync(sourcePath, `#!version:1.0.0.1\naccount.1.enable = 1\naccount.1.label = ${marker}\n`);
    const source = vscode.Uri.file(sourcePath);
    // Encrypted with a _Security.enc, both moved beside a plain MAC file, so the preview opens it without asking.
    const written = (await vscode.commands.executeCommand<string[]>(COMMANDS.encryptFiles, source, [source], { key: KEY, securityFile: true })) ?? [];
    assert.equal(written.length, 2, `written: ${written.join(', ')}`);
    for (const path of written) renameSync(path, join(dir, 'phone', basename(path)));
    const encrypted = join(dir, 'phone', COMMON);
    writeFileSync(join(dir, 'phone', '001565abcdef.cfg'), '#!version:1.0.0.1\naccount.1.display_name = Desk\n');
    const outputLines = async () => (await vscode.commands.executeCommand<readonly string[]>(TEST_COMMANDS.outputLines)) ?? [];

    const settings = vscode.workspace.getConfiguration(SETTINGS_SECTION);
    await settings.update(SETTINGS.traceServer, 'verbose', vscode.ConfigurationTarget.Workspace);
    try {
      const preview = await vscode.commands.executeCommand<vscode.Uri>(COMMANDS.previewMerge, vscode.Uri.file(encrypted));
      assert.equal(preview?.scheme, MERGE_SCHEME);
      const text = (await vscode.workspace.openTextDocument(preview)).getText();
      assert.match(text, new RegExp(`^account\\.1\\.label = ${marker}`, 'm'), `the preview shows the decrypted Common file:\n${text}`);
      assert.match(text, /^account\.1\.display_name = Desk/m, 'the MAC file the server planned in takes part');
      const traced = (await pollUntil('the planMerge request in the trace', outputLines, (lines) => lines.some((l) => l.includes(`'${PlanMergeRequest.method}`)))).join('\n');
      assert.ok(traced.includes(encrypted), 'the plan request names the previewed file');
      assert.ok(!traced.includes(marker), 'the decrypted text is not in the trace');
      assert.ok(!traced.includes(KEY), 'the key is not in the trace');
    } finally {
      await settings.update(SETTINGS.traceServer, undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
