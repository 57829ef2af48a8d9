/**
 * Claims `.cfg` and `.boot` files that start with a Yealink header but carry no Yealink name
 * (`site-defaults.cfg`). VS Code gives `.cfg` to its built-in properties language before it looks at a
 * manifest's `firstLine`, so the extension switches such documents itself once they open.
 */
import * as vscode from 'vscode';
import { isYealinkFile } from '../../engine/src/fileKind';

export function claimYealinkDocuments(languageId: string): vscode.Disposable {
  // Documents switched once: when one opens again in another language, the user chose it, so leave it.
  const claimed = new Set<string>();
  const check = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    if (document.languageId === languageId || claimed.has(key)) return;
    if (document.uri.scheme !== 'file' && document.uri.scheme !== 'untitled') return;
    if (document.lineCount === 0 || !isYealinkFile(document.fileName, document.lineAt(0).text)) return;
    claimed.add(key);
    void vscode.languages.setTextDocumentLanguage(document, languageId);
  };
  vscode.workspace.textDocuments.forEach(check);
  return vscode.workspace.onDidOpenTextDocument(check);
}
