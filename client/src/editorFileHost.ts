/**
 * The client's file host for the engine's file facade: the disk, except that a file open in an editor with
 * unsaved edits reads as the editor's text, so the merge preview shows what the user sees.
 */
import type * as vscode from 'vscode';
import { withEditorText, type FileHost } from '../../engine/src/fileService';

export function editorFileHost(disk: FileHost, textDocuments: () => readonly vscode.TextDocument[]): FileHost {
  return withEditorText(disk, (path) => {
    const open = textDocuments().find((d) => d.uri.scheme === 'file' && d.uri.fsPath === path);
    return open?.isDirty ? open.getText() : undefined;
  });
}
