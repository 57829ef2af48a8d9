/**
 * A status bar item for Yealink files: the file's role (Common, MAC, MAC-local, boot) and the model it
 * targets, as the language server sees them. Clicking it picks the model for the file. The role is shown
 * from the file name at once (a document that just became Yealink CFG is not known to the server yet); the
 * server's answer, with the model, follows as soon as the server has the document. Ciphertext (the
 * encrypted-file view in front, or encrypted bytes opened as text) shows as encrypted, never as a file kind,
 * and clicking it decrypts.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { classifyFile, describeFileKind, detectContent } from '../../engine/src/languageService';
import { COMMANDS, decryptedDocumentSource, FileSummaryRequest, LANGUAGE_ID, MERGE_SCHEME, SETTINGS, SETTINGS_SECTION, type FileSummary } from '../../engine/src/protocol';
import { activeEncryptedView } from './encryptedView';
import { sendRequest } from './messages';

const ICON = '$(circuit-board)';

export class FileKindStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('yealinkCfg.fileKind', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  /** The document whose server summary has not come yet; its diagnostics arriving means the server has it. */
  private waitingFor: string | undefined;

  constructor(private readonly client: LanguageClient) {
    this.item.name = 'Yealink CFG file kind';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      // The encrypted-file view is no text editor: only the tabs say it came to the front.
      vscode.window.tabGroups.onDidChangeTabs(() => {
        if (activeEncryptedView()) void this.refresh();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SETTINGS_SECTION)) void this.refresh();
      }),
      vscode.workspace.onDidSaveTextDocument(() => void this.refresh()),
      // A language switch closes the document and opens it again under the new language.
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (document.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) void this.refresh(document);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === vscode.window.activeTextEditor?.document && event.contentChanges.length > 0) this.refreshSoon();
      }),
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (this.waitingFor && event.uris.some((uri) => uri.toString() === this.waitingFor)) void this.refresh();
      }),
    );
    void this.refresh();
  }

  /** What the item shows now, for the integration suite's test hook. */
  get state(): { visible: boolean; text: string; command?: string } {
    return { visible: this.visible, text: this.item.text, command: typeof this.item.command === 'string' ? this.item.command : this.item.command?.command };
  }

  private visible = false;
  /** The document the item describes now. */
  private shownFor: string | undefined;
  private timer: NodeJS.Timeout | undefined;

  /** Shows the item for `document` (default: the active editor's), first from its name, then from the server. */
  async refresh(document = vscode.window.activeTextEditor?.document): Promise<void> {
    const enabled = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<boolean>(SETTINGS.statusBarEnable, true);
    const view = activeEncryptedView();
    if (view && enabled) {
      this.showEncrypted(view, undefined);
      return;
    }
    if (!document || document.languageId !== LANGUAGE_ID || !enabled) {
      this.hide();
      return;
    }
    if (document.uri.scheme === MERGE_SCHEME) {
      this.item.text = `${ICON} Merged configuration (read-only)`;
      this.item.tooltip = 'The effective configuration after the files listed at the top are applied in order.';
      this.item.command = undefined;
      this.show();
      return;
    }
    this.item.command = { title: 'Pick the Model', command: COMMANDS.pickModel, arguments: [document.uri] };
    if (this.shownFor !== document.uri.toString()) this.showFromName(document);
    let summary: FileSummary | null = null;
    try {
      summary = await sendRequest(this.client, FileSummaryRequest, { uri: document.uri.toString() });
    } catch {
      summary = null; // the server is restarting: the name-based text stays
    }
    // Another file came to the front meanwhile: its own refresh shows it.
    if (vscode.window.activeTextEditor && vscode.window.activeTextEditor.document.uri.toString() !== document.uri.toString()) return;
    if (!summary) {
      this.waitingFor = document.uri.toString();
      this.showFromName(document);
      return;
    }
    this.waitingFor = undefined;
    this.shownFor = document.uri.toString();
    if (summary.content === 'binary' || summary.content === 'rsa-encrypted') {
      this.showEncrypted(document.uri, summary.content);
      return;
    }
    const model = summary.model ? ` · ${summary.model}` : '';
    this.item.text = `${ICON} ${summary.kind}${model}`;
    this.item.tooltip = summary.model
      ? `${summary.kind}, checked for the ${summary.model} (from the ${summary.modelSource}). Click to pick another model for this file.`
      : `${summary.kind}. No model known: click to pick the model for this file, or set yealinkCfg.model.`;
    this.show();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.item.dispose();
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }

  /** Ciphertext: says so (never a file kind or a model), and a click decrypts. */
  private showEncrypted(uri: vscode.Uri, content: 'binary' | 'rsa-encrypted' | undefined): void {
    this.shownFor = uri.toString();
    this.item.text = `$(lock) ${content === 'rsa-encrypted' ? 'Encrypted (RSA mode)' : content === 'binary' ? 'Encrypted (AES)' : 'Encrypted file'}`;
    this.item.tooltip = 'Encrypted file: its settings cannot be read or checked. Click to decrypt it.';
    this.item.command = { title: 'Decrypt File', command: COMMANDS.decryptFile, arguments: [uri] };
    this.show();
  }

  private showFromName(document: vscode.TextDocument): void {
    const content = detectContent(document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, 64), 0)));
    if (content === 'binary' || content === 'rsa-encrypted') {
      this.showEncrypted(document.uri, content);
      return;
    }
    this.shownFor = document.uri.toString();
    // A decrypted document (`y000000000066.cfg (decrypted)`) is of the kind of the file it came from.
    const kind = describeFileKind(classifyFile(decryptedDocumentSource(document.uri.path) ?? document.fileName).kind);
    this.item.text = `${ICON} ${kind}`;
    this.item.tooltip = `${kind}. Click to pick the model for this file.`;
    this.show();
  }

  /** Edits change the model comment; ask again once typing pauses. */
  private refreshSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), 400);
  }

  private show(): void {
    this.item.show();
    this.visible = true;
  }

  private hide(): void {
    this.shownFor = undefined;
    this.item.hide();
    this.visible = false;
  }
}
