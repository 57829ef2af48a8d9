/**
 * Read-only documents with the decrypted text of encrypted files, named after them
 * (`yealink-decrypted:/…/y000000000066.cfg (decrypted)`, see DECRYPTED_SCHEME), instead of an untitled editor.
 * The plain bytes stay in this process's memory while the document is open (for Save Decrypted As..., which
 * writes them exactly); they are dropped when it closes. The language client keeps the scheme out of the
 * server trace (see withheldDocuments).
 */
import { basename } from 'node:path';
import * as vscode from 'vscode';
import { DECRYPTED_SCHEME, decryptedDocumentPath, decryptedDocumentSource, LANGUAGE_ID } from '../../engine/src/protocol';

export interface DecryptedText {
  /** The encrypted file's path on disk. */
  readonly source: string;
  /** The decrypted bytes, as they will be saved. */
  readonly plain: Buffer;
  /** Their text, as shown. */
  readonly text: string;
}

export class DecryptedDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly held = new Map<string, DecryptedText>();
  /** Documents being switched to Yealink CFG: VS Code closes and reopens them, which must not drop their text. */
  private readonly switching = new Set<string>();
  private readonly subscriptions: vscode.Disposable[] = [
    this.changed,
    vscode.workspace.onDidCloseTextDocument((document) => this.dropUnlessShown(document.uri)),
    vscode.window.tabGroups.onDidChangeTabs((event) => {
      for (const tab of event.closed) if (tab.input instanceof vscode.TabInputText) this.dropUnlessShown(tab.input.uri);
    }),
  ];

  /** Forgets the text of a decrypted document no tab shows any more. */
  private dropUnlessShown(uri: vscode.Uri): void {
    const key = uri.toString();
    if (uri.scheme !== DECRYPTED_SCHEME || this.switching.has(key)) return;
    const shown = vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === key));
    if (!shown) this.held.delete(key);
  }

  static isDecrypted(uri: vscode.Uri | string): boolean {
    return (typeof uri === 'string' ? vscode.Uri.parse(uri) : uri).scheme === DECRYPTED_SCHEME;
  }

  /** The document's URI for an encrypted file: one per file, so decrypting again refreshes the same tab. */
  static uriFor(source: string): vscode.Uri {
    return vscode.Uri.from({ scheme: DECRYPTED_SCHEME, path: decryptedDocumentPath(vscode.Uri.file(source).path) });
  }

  /** Holds the text, opens the document as Yealink CFG and shows it. */
  async show(decrypted: DecryptedText): Promise<vscode.TextDocument> {
    const uri = DecryptedDocuments.uriFor(decrypted.source);
    const key = uri.toString();
    const refreshing = this.held.has(key);
    this.held.set(key, decrypted);
    if (refreshing) this.changed.fire(uri);
    // Shown before the language switch (which closes and reopens the document), so a tab holds it throughout.
    this.switching.add(key);
    try {
      let document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document, { preview: false });
      if (document.languageId !== LANGUAGE_ID) document = await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
      return document;
    } finally {
      this.switching.delete(key);
    }
  }

  /** What a decrypted document holds; undefined once it was closed (or for another URI). */
  get(uri: vscode.Uri): DecryptedText | undefined {
    return this.held.get(uri.toString());
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    const held = this.held.get(uri.toString());
    if (held) return held.text;
    const source = decryptedDocumentSource(uri.path);
    return `# This decrypted text is no longer held in memory. Run "Decrypt File..." on ${source ? basename(source) : 'the encrypted file'} again.\n`;
  }

  dispose(): void {
    this.held.clear();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
