/**
 * The layering rules of the repository, as a checker over source texts (test/architecture.test.ts runs it on
 * the real tree and on synthetic violations):
 * - the faces (client/, server/, cli/) import the engine only through its facades: the language facade,
 *   the file facade, the change-impact facade and the protocol module;
 * - the engine imports neither `vscode`, the language client, nor vscode-languageserver's connection (its
 *   types and text documents are plain data and fine).
 * Test files (`*.test.ts`) may reach engine internals for fixtures and are not checked.
 */
import { dirname, join, normalize, relative, sep } from 'node:path';
import * as ts from 'typescript';

/** The engine modules a face may import, relative to the repository root, without extension. */
export const ENGINE_FACADES = ['engine/src/languageService', 'engine/src/fileService', 'engine/src/impactService', 'engine/src/protocol'] as const;

const FACES = ['client/', 'server/', 'cli/'];
/** Packages the engine must not import (exact names and their subpaths). */
const FORBIDDEN_IN_ENGINE = ['vscode', 'vscode-languageclient', 'vscode-languageserver'];

export interface SourceFile {
  /** Path relative to the repository root, with forward slashes. */
  readonly path: string;
  readonly text: string;
}

export interface Violation {
  readonly file: string;
  readonly specifier: string;
  readonly reason: string;
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

/** Every module specifier of a file: imports, re-exports, `import()` and `require()`. */
export function moduleSpecifiers(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((file) => file.fileName);
}

export function checkLayering(files: readonly SourceFile[]): Violation[] {
  const violations: Violation[] = [];
  for (const file of files) {
    if (file.path.endsWith('.test.ts')) continue;
    const isFace = FACES.some((face) => file.path.startsWith(face));
    const isEngine = file.path.startsWith('engine/');
    for (const specifier of moduleSpecifiers(file.text)) {
      if (isEngine && FORBIDDEN_IN_ENGINE.some((name) => specifier === name || specifier.startsWith(`${name}/`))) {
        violations.push({ file: file.path, specifier, reason: 'the engine imports neither vscode, the language client nor the LSP connection' });
      }
      if (isFace && specifier.startsWith('.')) {
        const target = toPosix(normalize(join(dirname(file.path), specifier))).replace(/\.(ts|js)$/, '');
        if (target.startsWith('engine/') && !(ENGINE_FACADES as readonly string[]).includes(target)) {
          violations.push({
            file: file.path,
            specifier,
            reason: `faces import the engine only through ${ENGINE_FACADES.map((f) => `${f}.ts`).join(', ')} (re-export what you need there)`,
          });
        }
      }
    }
  }
  return violations;
}

/** Paths of a folder's `.ts` files, relative to `root`. */
export function listSources(root: string, folder: string, read: { readdir(path: string): string[]; isDirectory(path: string): boolean }): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of read.readdir(dir)) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const path = join(dir, name);
      if (read.isDirectory(path)) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) found.push(toPosix(relative(root, path)));
    }
  };
  walk(join(root, folder));
  return found;
}
