/**
 * A file's version at the base a change is measured against (a git ref), and what the edit changes against
 * it: the input the editor's YL007 and change code lens take. The face reads the base (git); the engine
 * only compares texts.
 */
import type { Catalog } from '../catalog/catalog';
import type { ParsedDocument } from '../parser';
import { settingsImpact, type FileImpact } from './fileImpact';
import { effectiveSettings, effectiveSettingsOf, type FileSettings } from './settingChanges';

export interface BaseVersion {
  /** How the user names the base: `HEAD`, `origin/main`. */
  readonly ref: string;
  /** The file's text there; undefined when the file did not exist at the base (every setting is new). */
  readonly text?: string;
}

/** The edited document, as the editor has it: its text and that text parsed. */
export interface EditedDocument {
  readonly path: string;
  readonly text: string;
  readonly parsed: ParsedDocument;
}

/** Base versions whose effective settings are kept: the files being edited, each against its one base. */
const KEPT_BASES = 8;

/**
 * Effective settings kept between edits, per catalog. Every keystroke re-validates the document against
 * the same base text (the server keeps it per commit), and both YL007 and the change lens ask: without
 * this, each asked for a parse of the base and of the document, on every edit.
 */
interface KeptSettings {
  /** By base text, most recently used last. */
  readonly bases: Map<string, FileSettings>;
  /** By document version (a parse is never changed, only replaced). */
  readonly documents: WeakMap<ParsedDocument, FileSettings>;
}

const kept = new WeakMap<Catalog, KeptSettings>();

function keptFor(catalog: Catalog): KeptSettings {
  let settings = kept.get(catalog);
  if (!settings) {
    settings = { bases: new Map(), documents: new WeakMap() };
    kept.set(catalog, settings);
  }
  return settings;
}

function baseSettings(text: string, catalog: Catalog): FileSettings {
  const { bases } = keptFor(catalog);
  let settings = bases.get(text);
  if (settings) {
    bases.delete(text);
  } else {
    settings = effectiveSettings(text, catalog);
    if (bases.size >= KEPT_BASES) bases.delete(bases.keys().next().value as string);
  }
  bases.set(text, settings);
  return settings;
}

function documentSettings(doc: EditedDocument, catalog: Catalog): FileSettings {
  const { documents } = keptFor(catalog);
  let settings = documents.get(doc.parsed);
  if (!settings) {
    settings = effectiveSettingsOf(doc.parsed, catalog);
    documents.set(doc.parsed, settings);
  }
  return settings;
}

/** The document's impact against its base, or undefined when the text is the same (phones skip it). */
export function impactAgainst(base: BaseVersion, doc: EditedDocument, catalog: Catalog): FileImpact | undefined {
  if (base.text === doc.text) return undefined;
  return settingsImpact(doc.path, base.text === undefined ? undefined : baseSettings(base.text, catalog), documentSettings(doc, catalog), catalog);
}
