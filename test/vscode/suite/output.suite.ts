/**
 * The "Yealink CFG" output channel: what it says at start and after a workspace scan, a failed command
 * with its cause, and the language server trace switched on and off without a reload.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SETTINGS, SETTINGS_SECTION, TEST_COMMANDS } from '../../../engine/src/protocol';
import { activateExtension, closeAllEditors, fixtureUri, openDocument, pollUntil, positionOf } from './helpers';

const outputLines = async (): Promise<readonly string[]> => (await vscode.commands.executeCommand<readonly string[]>(TEST_COMMANDS.outputLines)) ?? [];

function hasLine(pattern: RegExp): (lines: readonly string[]) => boolean {
  return (lines) => lines.some((line) => pattern.test(line));
}

describe('Yealink CFG output channel', () => {
  before(activateExtension);
  after(async () => {
    await vscode.workspace.getConfiguration(SETTINGS_SECTION).update(SETTINGS.traceServer, undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });

  it('says the version, the catalog size and the models table size at start, then the workspace scan', async () => {
    const version = String(vscode.extensions.getExtension('yealink-cfg.yealink-cfg')!.packageJSON.version);
    const lines = await pollUntil('the workspace scan line', outputLines, hasLine(/workspace scan: \d+ \.cfg\/\.boot files in 1 folder found in \d+ ms/));
    const start = lines.find((line) => line.includes(`Yealink CFG ${version} in`));
    assert.ok(start, `a start line with the version among:\n${lines.join('\n')}`);
    const sizes = /catalog of (\d+) parameter patterns and \d+ aliases; models table of (\d+) models/.exec(start);
    assert.ok(sizes, start);
    assert.ok(Number(sizes[1]) > 400 && Number(sizes[2]) > 40, start);
    assert.ok(lines.some((line) => /language server started in \d+ ms/.test(line)));
  });

  it('a failed command leaves its error in the channel', async () => {
    const result = await vscode.commands.executeCommand('yealinkCfg.previewMerge', vscode.Uri.parse('untitled:Untitled-42'));
    assert.equal(result, undefined);
    await pollUntil('the error line', outputLines, hasLine(/error: yealinkCfg\.previewMerge: only files on disk can be merged \(untitled: is not supported\)/));
  });

  it('yealinkCfg.trace.server takes effect without a reload', async () => {
    const document = await openDocument(fixtureUri('y000000000066.cfg'));
    const hoverAt = positionOf(document, 'static.network.internet_port.type', true);
    const hover = () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, hoverAt);
    const traced = (lines: readonly string[]) => lines.filter((line) => /Sending request 'textDocument\/hover/.test(line)).length;
    await hover();
    const before = traced(await outputLines());
    assert.equal(before, 0, 'trace is off by default');

    await vscode.workspace.getConfiguration(SETTINGS_SECTION).update(SETTINGS.traceServer, 'messages', vscode.ConfigurationTarget.Workspace);
    const on = await pollUntil('a traced hover request', async () => (await hover(), traced(await outputLines())), (count) => count > 0);

    await vscode.workspace.getConfiguration(SETTINGS_SECTION).update(SETTINGS.traceServer, 'off', vscode.ConfigurationTarget.Workspace);
    // Switching off is itself asynchronous: once a hover goes untraced, later ones stay untraced.
    let last = -1;
    await pollUntil('trace to stop', async () => {
      await hover();
      const now = traced(await outputLines());
      const settled = now === last;
      last = now;
      return settled;
    }, (settled) => settled);
    await hover();
    assert.equal(traced(await outputLines()), last, 'no hover traced after the setting went back to off');
    assert.ok(last >= on);
  });
});
