/**
 * The client's file host for the engine's file facade: the disk, except that a file open in an editor with
 * unsaved edits reads as the editor's text, so the merge preview shows what the user sees.
 */
import type * as vscode from 'vscode';
import type { FileHost } from '../../engine/src/fileService';

export function editorFileHost(disk: FileHost, textDocuments: () => readonly vscode.TextDocument[]): FileHost {
  return {
    read: async (path, options) => {
      const open = textDocuments().find((d) => d.uri.scheme === 'file' && d.uri.fsPath === path);
      return open?.isDirty ? Buffer.from(open.getText(), 'utf8') : disk.read(path, options);
    },
    stat: (path) => disk.stat(path),
    list: (path) => disk.list(path),
    exists: (path) => disk.exists(path),
    writeAtomic: (path, data, options) => disk.writeAtomic(path, data, options),
    remove: (path) => disk.remove(path),
    realPath: (path) => disk.realPath(path),
  };
}
