/**
 * The server's file host for the engine's file facade: the disk, except that a file open in the editor reads
 * as the editor's current text (the client keeps the server's copy up to date).
 */
import { fileURLToPath } from 'node:url';
import { withEditorText, type FileHost } from '../../engine/src/fileService';

export interface OpenDocument {
  readonly uri: string;
  getText(): string;
}

export function openDocumentsFileHost(disk: FileHost, openDocuments: () => readonly OpenDocument[]): FileHost {
  return withEditorText(disk, (path) => {
    for (const document of openDocuments()) {
      if (document.uri.startsWith('file:') && fileURLToPath(document.uri) === path) return document.getText();
    }
    return undefined;
  });
}
