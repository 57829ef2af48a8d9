/**
 * The manifest's `workspaceContains` patterns through VS Code's own file search (the service that decides
 * `workspaceContains` activation): in a folder of real fleet names and their non-Yealink neighbours, the
 * patterns find exactly the provisioning files.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import { ACTIVATING_NAMES, OTHER_NAMES } from '../../activationNames';
import { EXTENSION_ID } from './helpers';

describe('Yealink CFG activation patterns', () => {
  let folder = '';
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'yealink-cfg-activation-'));
    for (const name of [...ACTIVATING_NAMES, ...OTHER_NAMES]) {
      mkdirSync(dirname(join(folder, name)), { recursive: true });
      writeFileSync(join(folder, name), '#!version:1.0.0.1\n');
    }
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('workspaceContains finds every Common, MAC, MAC-local and boot name, and nothing else', async () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { activationEvents: string[] };
    const patterns = manifest.activationEvents.filter((e) => e.startsWith('workspaceContains:')).map((e) => e.slice('workspaceContains:'.length));
    assert.ok(patterns.length >= 3);
    const found = new Set<string>();
    for (const pattern of patterns) {
      for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(vscode.Uri.file(folder), pattern))) {
        found.add(uri.fsPath.slice(folder.length + 1).split('\\').join('/'));
      }
    }
    const missing = [...new Set(ACTIVATING_NAMES)].filter((name) => !found.has(name));
    assert.deepEqual(missing, [], `VS Code's search does not find: ${missing.join(', ')}`);
    const extra = OTHER_NAMES.filter((name) => found.has(name));
    assert.deepEqual(extra, [], `VS Code's search also finds: ${extra.join(', ')}`);
  });
});
