/**
 * Change impact in the real extension host. The runner commits the workspace to a fresh git repository, so the
 * extension measures against HEAD: YL007 follows an edit, the change code lens sums it up and opens the report,
 * and Show Change Impact lists the files and phones with links to the lines.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as vscode from 'vscode';
import { COMMANDS, IMPACT_SCHEME } from '../../../engine/src/protocol';
import { activateExtension, closeAllEditors, describeDiagnostics, diagnosticCode, fixtureUri, openDocument, pollUntil, positionOf, waitForDiagnostics, workspaceRoot } from './helpers';

const COMMON = 'y000000000066.cfg';
const EDITED_KEY = 'static.network.internet_port.type';
const UNCHANGED_KEY = 'static.network.vlan.internet_port_enable';

/** Replaces the value on the line of `key` (the fixture has `key = 0`) without saving. */
async function setValue(document: vscode.TextDocument, key: string, value: string): Promise<number> {
  const line = positionOf(document, key, true).line;
  const text = document.lineAt(line).text;
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await editor.edit((edit) => edit.replace(new vscode.Range(line, text.indexOf('=') + 1, line, text.length), ` ${value}`));
  return line;
}

/** Commits every change of the workspace, as the user would from a terminal. */
function commitAll(message: string): void {
  const result = spawnSync('git', ['-c', 'user.name=suite', '-c', 'user.email=suite@example.invalid', '-c', 'commit.gpgsign=false', 'commit', '-q', '-am', message], {
    cwd: workspaceRoot(),
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, `git commit: ${result.stderr}`);
}

function reportDocument(): vscode.TextDocument | undefined {
  return vscode.window.visibleTextEditors.map((e) => e.document).find((d) => d.uri.scheme === IMPACT_SCHEME);
}

describe('Change impact (the workspace is a git repository)', () => {
  let document: vscode.TextDocument;
  let editedLine: number;

  before(async () => {
    await activateExtension();
    document = await openDocument(fixtureUri(COMMON));
    editedLine = await setValue(document, EDITED_KEY, '2');
  });

  after(async () => {
    await vscode.window.showTextDocument(document, { preview: false });
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAllEditors();
  });

  it('YL007 appears on the edited reboot-requiring line and not on the unchanged one', async () => {
    const diagnostics = await waitForDiagnostics(document.uri, (ds) => ds.some((d) => diagnosticCode(d) === 'YL007'), 'YL007 on the edited line', 30_000);
    const reboot = diagnostics.filter((d) => diagnosticCode(d) === 'YL007');
    assert.deepEqual(
      reboot.map((d) => [d.range.start.line, d.severity]),
      [[editedLine, vscode.DiagnosticSeverity.Warning]],
      `only the edited line; diagnostics:\n${describeDiagnostics(diagnostics)}`,
    );
    assert.match(reboot[0].message, /was 0 at HEAD, now 2/);
    const unchangedLine = positionOf(document, UNCHANGED_KEY, true).line;
    assert.ok(!diagnostics.some((d) => d.range.start.line === unchangedLine), 'the unchanged reboot-requiring line has no diagnostic');
    assert.deepEqual(diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error), [], 'a well-formed Common file has no errors');
  });

  it('the code lens on the first line sums up the change, and clicking it opens the report', async () => {
    const lenses = await pollUntil(
      'the change code lens',
      () => vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri),
      (result) => Array.isArray(result) && result.some((lens) => lens.command?.title.startsWith('This change reboots phones')),
      30_000,
    );
    const lens = lenses.find((l) => l.command?.title.startsWith('This change reboots phones'))!;
    assert.equal(lens.range.start.line, 0);
    assert.equal(lens.command!.title, 'This change reboots phones: 1 parameter');
    assert.equal(lens.command!.command, COMMANDS.showChangeImpact);
    const opened = await vscode.commands.executeCommand<vscode.Uri>(lens.command!.command, ...(lens.command!.arguments ?? []));
    assert.equal(opened?.scheme, IMPACT_SCHEME);
    const report = await pollUntil('the report in an editor', reportDocument, (doc) => doc !== undefined, 20_000);
    assert.match(report!.getText(), new RegExp(`${COMMON}:${editedLine + 1}: ${EDITED_KEY.replace(/\./g, '\\.')}: 0 -> 2 \\(reboot\\)`));
  });

  it('Show Change Impact opens the workspace report: files, the phone that reboots, links to the lines', async () => {
    await vscode.commands.executeCommand('workbench.action.closeEditorsInOtherGroups');
    const uri = await vscode.commands.executeCommand<vscode.Uri>(COMMANDS.showChangeImpact);
    assert.equal(uri?.scheme, IMPACT_SCHEME);
    const report = await pollUntil('the workspace report in an editor', reportDocument, (doc) => doc?.getText().includes('phone 001565abcdef') === true, 20_000);
    const text = report!.getText();
    // Every phone of the fixtures takes the Common file (the ones in errors/ too), except the T21P_E2 one.
    assert.match(text, /^1 file changed; \d+ phones reboot \([^)]*001565abcdef[^)]*\); 1 phone not resolved/);
    assert.match(text, /^phone 001565abcd06 not resolved: missing Common file: T21P_E2 downloads y000000000052\.cfg/m);
    assert.match(text, /^phone 001565abcdef reboots \(y000000000066\.cfg, 001565abcdef\.cfg\)$/m);
    const links = await pollUntil(
      'links in the report',
      () => vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', report!.uri),
      (result) => Array.isArray(result) && result.length > 0,
      20_000,
    );
    const changeLine = text.split('\n').findIndex((line) => line.includes(`${EDITED_KEY}: 0 -> 2`));
    const link = links.find((l) => l.range.start.line === changeLine);
    assert.ok(link?.target, `a link on report line ${changeLine}`);
    assert.equal(link.target.path, fixtureUri(COMMON).path);
    assert.equal(link.target.fragment, `L${editedLine + 1}`);
  });

  it('editing the value back takes YL007 and the lens away again: an unchanged file gets none', async () => {
    await setValue(document, EDITED_KEY, '0');
    await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => diagnosticCode(d) === 'YL007'), 'YL007 to go away', 30_000);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
    assert.deepEqual((lenses ?? []).map((lens) => lens.command?.title), [], 'no change, no lens');
  });

  it('a commit moves the base: the committed change is no longer flagged', async () => {
    await setValue(document, EDITED_KEY, '2');
    await waitForDiagnostics(document.uri, (ds) => ds.some((d) => diagnosticCode(d) === 'YL007'), 'YL007 on the edited line', 30_000);
    assert.ok(await document.save(), 'saved');
    commitAll('WAN port type 2');
    await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => diagnosticCode(d) === 'YL007'), 'YL007 to go away after the commit', 30_000);
    // Leave the fixture as the other suites expect it.
    await setValue(document, EDITED_KEY, '0');
    assert.ok(await document.save(), 'saved');
    commitAll('WAN port type back to 0');
  });
});
