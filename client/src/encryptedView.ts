/**
 * Encrypted `.cfg` files open as a notice, not as ciphertext. A read-only custom editor (ENCRYPTED_VIEW_TYPE,
 * contributed for `*.cfg` with priority "option", so it never claims plain files) says what the file is, with
 * **Decrypt...** (the Decrypt File command) and **Open as Text**. When a `.cfg` file opens in a text editor
 * (or VS Code's "binary file" placeholder) and the engine's detection (FileService.readConfig) finds AES or
 * RSA-mode ciphertext, the tab is reopened in this view. Open as Text, or Reopen Editor With... Text Editor,
 * is remembered for the file for the session.
 */
import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import * as vscode from 'vscode';
import type { Detection, FileService } from '../../engine/src/fileService';
import { COMMANDS, ENCRYPTED_VIEW_TYPE } from '../../engine/src/protocol';
import type { OutputLog } from './output';

/** The file an encrypted-file view in front shows, if one is in front. */
export function activeEncryptedView(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputCustom && input.viewType === ENCRYPTED_VIEW_TYPE ? input.uri : undefined;
}

function isEncrypted(detection: Detection): boolean {
  return detection.kind === 'compat-encrypted' || detection.kind === 'rsa-encrypted';
}

/** A text editor closed this soon after the view of the same file means "Reopen Editor With... Text Editor". */
const REOPEN_WITH_WINDOW_MS = 3000;

export class EncryptedFileView implements vscode.CustomReadonlyEditorProvider, vscode.Disposable {
  /** Files the user wants as text this session. */
  private readonly textWanted = new Set<string>();
  /** The URI each tab was last checked for (a preview tab changes its file). */
  private readonly checked = new WeakMap<vscode.Tab, string>();
  private lastViewClosed: { key: string; at: number } | undefined;
  /** Files being reopened now: one tab change can report the same new tab as opened and as changed. */
  private readonly reopening = new Set<string>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly files: FileService,
    private readonly log: OutputLog,
  ) {
    this.subscriptions = [
      vscode.window.registerCustomEditorProvider(ENCRYPTED_VIEW_TYPE, this, { supportsMultipleEditorsPerDocument: true }),
      vscode.window.tabGroups.onDidChangeTabs((event) => {
        for (const tab of event.closed) {
          if (tab.input instanceof vscode.TabInputCustom && tab.input.viewType === ENCRYPTED_VIEW_TYPE) this.lastViewClosed = { key: tab.input.uri.toString(), at: Date.now() };
        }
        for (const tab of [...event.opened, ...event.changed]) void this.reopenIfEncrypted(tab);
      }),
    ];
    for (const group of vscode.window.tabGroups.all) for (const tab of group.tabs) void this.reopenIfEncrypted(tab);
  }

  openCustomDocument(uri: vscode.Uri): vscode.CustomDocument {
    return { uri, dispose: () => undefined };
  }

  async resolveCustomEditor(document: vscode.CustomDocument, panel: vscode.WebviewPanel): Promise<void> {
    const { uri } = document;
    let detection: Detection | undefined;
    let problem: string | undefined;
    try {
      detection = (await this.files.readConfig(uri.fsPath)).detection;
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
    panel.webview.options = { enableScripts: true };
    panel.webview.onDidReceiveMessage(async (message: { action?: string }) => {
      if (message.action === 'decrypt') await vscode.commands.executeCommand(COMMANDS.decryptFile, uri);
      if (message.action === 'text') await this.openAsText(uri, panel);
    });
    panel.webview.html = page(panel.webview, basename(uri.fsPath), detection, problem);
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
  }

  private async openAsText(uri: vscode.Uri, panel: vscode.WebviewPanel): Promise<void> {
    this.textWanted.add(uri.toString());
    await vscode.commands.executeCommand('vscode.openWith', uri, 'default', panel.viewColumn);
    panel.dispose();
  }

  /** A `.cfg` file in a text tab whose bytes are ciphertext: show it in the view instead, in the same place. */
  private async reopenIfEncrypted(tab: vscode.Tab): Promise<void> {
    const input = tab.input;
    if (!(input instanceof vscode.TabInputText) || input.uri.scheme !== 'file' || !/\.cfg$/i.test(input.uri.path)) return;
    const key = input.uri.toString();
    if (this.checked.get(tab) === key || this.textWanted.has(key) || this.reopening.has(key)) return;
    this.checked.set(tab, key);
    this.reopening.add(key);
    try {
      await this.reopen(tab, input);
    } finally {
      this.reopening.delete(key);
    }
  }

  private async reopen(tab: vscode.Tab, input: vscode.TabInputText): Promise<void> {
    const key = input.uri.toString();
    if (this.lastViewClosed?.key === key && Date.now() - this.lastViewClosed.at < REOPEN_WITH_WINDOW_MS) {
      this.textWanted.add(key);
      return;
    }
    let detection: Detection;
    try {
      detection = (await this.files.readConfig(input.uri.fsPath)).detection;
    } catch {
      return; // unreadable: the text editor says why
    }
    if (!isEncrypted(detection)) return;
    const column = tab.group.viewColumn;
    const textTab = (): vscode.Tab | undefined =>
      vscode.window.tabGroups.all.find((g) => g.viewColumn === column)?.tabs.find((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === key);
    if (!textTab()) return; // closed meanwhile
    await vscode.commands.executeCommand('vscode.openWith', input.uri, ENCRYPTED_VIEW_TYPE, { viewColumn: column, preview: tab.isPreview, preserveFocus: !tab.isActive });
    const stale = textTab();
    if (stale) await vscode.window.tabGroups.close(stale, true);
    this.log.info(`${basename(input.uri.fsPath)}: ${detection.description} Shown as a notice with Decrypt... instead of its bytes.`);
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(webview: vscode.Webview, name: string, detection: Detection | undefined, problem: string | undefined): string {
  const nonce = randomBytes(16).toString('base64');
  const encrypted = detection !== undefined && isEncrypted(detection);
  const title = encrypted ? `${name} is encrypted` : detection ? `${name} is not encrypted` : `${name} cannot be read`;
  const description = problem ?? detection?.description ?? '';
  const hint = encrypted
    ? 'Decrypt... asks for the key (the <code>_Security.enc</code> beside the file is tried first) and opens the plain text in a read-only document named after this file. Nothing is written until you choose Save Decrypted As...'
    : 'Open it as text to read or edit it.';
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource} 'unsafe-inline'; script-src 'nonce-${nonce}';">
<style>
  body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 2em; max-width: 46em; }
  .notice { border-left: 4px solid var(--vscode-editorInfo-foreground); padding: 0.5em 1em; background: var(--vscode-textBlockQuote-background); }
  button { font: inherit; padding: 0.35em 1em; margin-right: 0.6em; border: none; cursor: pointer;
    color: var(--vscode-button-foreground); background: var(--vscode-button-background); }
  button.secondary { color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); }
</style></head>
<body>
  <div class="notice">
    <h2>${escapeHtml(title)}</h2>
    <p>${escapeHtml(description)}</p>
    <p>${hint}</p>
  </div>
  <p>${encrypted ? '<button id="decrypt">Decrypt…</button>' : ''}<button id="text" class="${encrypted ? 'secondary' : ''}">Open as Text</button></p>
<script nonce="${nonce}">
  const vscode = acquireVsCodeApi();
  for (const id of ['decrypt', 'text']) document.getElementById(id)?.addEventListener('click', () => vscode.postMessage({ action: id }));
</script>
</body></html>`;
}
