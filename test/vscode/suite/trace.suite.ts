/**
 * Decrypted text never goes through a trace channel. Its own suite, run last (suites run in file name order),
 * because a verbose trace fills the output channel that the output suite reads.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import * as vscode from 'vscode';
import { TEST_COMMANDS } from '../../../engine/src/protocol';
import { activateExtension, closeAllEditors, openDocument, pollUntil, positionOf } from './helpers';

const COMMON = 'y000000000066.cfg';
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
    const source = vscode.Uri.file(sourcePath);
    const written = (await vscode.commands.executeCommand<string[]>('yealinkCfg.encryptFiles', source, [source], { key: KEY })) ?? [];
    const encrypted = vscode.Uri.file(written.find((p) => basename(p) === COMMON)!);
    const outputLines = async () => (await vscode.commands.executeCommand<readonly string[]>(TEST_COMMANDS.outputLines)) ?? [];
    // Hover asks the server each time (document symbols are cached per document version by VS Code).
    const hoversOf = async (uri: vscode.Uri) => {
      const document = await vscode.workspace.openTextDocument(uri);
      return vscode.commands.executeCommand<vscode.Hover[] | undefined>('vscode.executeHoverProvider', uri, positionOf(document, 'account.1.ena'));
    };

    // Trace off: the decrypted editor is checked like any other (the server knows it and answers hovers).
    const checked = asUri(await vscode.commands.executeCommand('yealinkCfg.decryptFile', encrypted, { key: KEY }));
    assert.equal(checked.scheme, 'untitled');
    await pollUntil('a hover from the server on the decrypted document', () => hoversOf(checked), (hovers) => (hovers?.length ?? 0) > 0);

    const settings = vscode.workspace.getConfiguration('yealinkCfg');
    await settings.update('trace.server', 'verbose', vscode.ConfigurationTarget.Workspace);
    try {
      // Tracing started: the open decrypted document is withdrawn from the server ...
      await pollUntil('the decrypted document to be withdrawn', () => hoversOf(checked), (hovers) => (hovers?.length ?? 0) === 0);
      // ... and a new one is never sent.
      const withheld = asUri(await vscode.commands.executeCommand('yealinkCfg.decryptFile', encrypted, { key: KEY }));
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

});
