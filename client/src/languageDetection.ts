/**
 * Claims `.cfg` and `.boot` files that start with a Yealink header, or whose first settings are Yealink
 * names, but carry no Yealink file name (`site-defaults.cfg`), by the engine's one "is this a Yealink file" rule. VS Code gives `.cfg` to its built-in properties language before it looks at a
 * manifest's `firstLine`, so the extension switches such documents itself once they open.
 */
import * as vscode from 'vscode';
import { isYealinkFile, YEALINK_SNIFF_LENGTH } from '../../engine/src/languageService';

export function claimYealinkDocuments(languageId: string): vscode.Disposable {
  // Documents switched once: when one opens again in another language, the user chose it, so leave it.
  const claimed = new Set<string>();
  const check = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    if (document.languageId === languageId || claimed.has(key)) return;
    if (document.uri.scheme !== 'file' && document.uri.scheme !== 'untitled') return;
    if (document.lineCount === 0) return;
    const head = document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, 200), 0)).slice(0, YEALINK_SNIFF_LENGTH);
    if (!isYealinkFile(document.fileName, head)) return;
    claimed.add(key);
    void vscode.languages.setTextDocumentLanguage(document, languageId);
  };
  vscode.workspace.textDocuments.forEach(check);
  return vscode.workspace.onDidOpenTextDocument(check);
}
