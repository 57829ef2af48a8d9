/**
 * A file's version at the base a change is measured against (a git ref), and what the edit changes against
 * it: the input the editor's YL007 and change code lens take. The face reads the base (git); the engine
 * only compares texts.
 */
import type { Catalog } from '../catalog/catalog';
import { fileImpact, type FileImpact } from './fileImpact';

export interface BaseVersion {
  /** How the user names the base: `HEAD`, `origin/main`. */
  readonly ref: string;
  /** The file's text there; undefined when the file did not exist at the base (every setting is new). */
  readonly text?: string;
}

/** The file's impact against its base, or undefined when the text is the same (phones skip it). */
export function impactAgainst(base: BaseVersion, file: string, text: string, catalog: Catalog): FileImpact | undefined {
  return fileImpact(file, base.text, text, catalog);
}
