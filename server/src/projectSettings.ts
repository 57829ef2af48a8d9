/**
 * The server's side of `.yealink-cfg.json`: which project file applies to a document, and the "Treat as a
 * known parameter" command that adds a pattern to it. The engine reads and updates the file's content;
 * this knows URIs, workspace folders and the disk.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../../engine/src/fileService';
import { nodeProjectFiles, PROJECT_FILE_NAME, withExtraParameter, type ProjectSettings } from '../../engine/src/languageService';

function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export class ProjectSettingsHost {
  private readonly files = nodeProjectFiles();
  private folders: string[] = [];
  /** Problems already shown, so a broken file is reported once, not on every keystroke. */
  private readonly reported = new Set<string>();

  /** `warn` tells the user about a project file that cannot be used. */
  constructor(private readonly warn: (message: string) => void) {}

  setWorkspaceFolders(uris: readonly string[]): void {
    this.folders = uris.map(pathOf).filter((path): path is string => path !== undefined);
  }

  /** The project settings for a document URI (none for unsaved or non-file documents). */
  settingsFor(uri: string): ProjectSettings | undefined {
    const path = pathOf(uri);
    if (!path) return undefined;
    const found = this.files.lookup(path);
    if (found?.error && !this.reported.has(found.error)) {
      this.reported.add(found.error);
      this.warn(`Yealink CFG: ${found.error}. Its settings are not used until it is fixed.`);
    }
    return found?.settings;
  }

  /** A project file changed on disk: read again. */
  changed(): void {
    this.files.invalidate();
    this.reported.clear();
  }

  /**
   * Adds `pattern` to the project file that applies to `uri`, creating `.yealink-cfg.json` at the root
   * of the workspace folder holding the document when there is none. Returns the file written.
   */
  async treatAsKnown(uri: string, pattern: string): Promise<string> {
    const path = pathOf(uri);
    if (!path) throw new Error('only files saved on disk can have a project file');
    const target = this.files.lookup(path)?.path ?? join(this.folderOf(path) ?? dirname(path), PROJECT_FILE_NAME);
    const existing = await readFile(target, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    await writeFileAtomic(target, withExtraParameter(existing, pattern, target), { overwrite: existing !== undefined });
    this.changed();
    return target;
  }

  /** The innermost workspace folder holding a path. */
  private folderOf(path: string): string | undefined {
    return this.folders
      .filter((folder) => path.startsWith(folder.endsWith(sep) ? folder : folder + sep))
      .sort((a, b) => b.length - a.length)[0];
  }
}
