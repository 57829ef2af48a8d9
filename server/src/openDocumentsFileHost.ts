/**
 * The server's file host for the engine's file facade: the disk, except that a file open in the editor reads
 * as the editor's current text (the client keeps the server's copy up to date).
 */
import { fileURLToPath } from 'node:url';
import type { FileHost } from '../../engine/src/fileService';

export interface OpenDocument {
  readonly uri: string;
  getText(): string;
}

export function openDocumentsFileHost(disk: FileHost, openDocuments: () => readonly OpenDocument[]): FileHost {
  const openText = (path: string): string | undefined => {
    for (const document of openDocuments()) {
      if (document.uri.startsWith('file:') && fileURLToPath(document.uri) === path) return document.getText();
    }
    return undefined;
  };
  return {
    read: async (path, options) => {
      const text = openText(path);
      return text !== undefined ? Buffer.from(text, 'utf8') : disk.read(path, options);
    },
    stat: (path) => disk.stat(path),
    list: (path) => disk.list(path),
    exists: (path) => disk.exists(path),
    writeAtomic: (path, data, options) => disk.writeAtomic(path, data, options),
    remove: (path) => disk.remove(path),
    realPath: (path) => disk.realPath(path),
  };
}
