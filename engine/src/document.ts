/**
 * Everything the features need to know about one document: its parsed lines, its role (Common, MAC,
 * boot ...), the phone model it targets and the rule suppressions it declares.
 */
import { findModel, type ModelInfo } from './catalog/models';
import { classifyFile, isBootKind, type FileRole } from './fileKind';
import { parse, type ParsedDocument } from './parser';
import { parsePragma } from './pragmas';
import type { TextEncoding } from './plainText';
import { decryptedDocumentSource } from './protocol';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** User settings that change analysis; the same names as the `yealinkCfg.*` VS Code settings. */
export interface ServiceSettings {
  /** Model to assume when the file does not say. */
  readonly model?: string;
  /** Severity per rule code, or 'off'. */
  readonly severity?: Readonly<Record<string, Severity | 'off'>>;
  /** Extra parameter names or patterns (with X/Y placeholders) to treat as known. */
  readonly extraParameters?: readonly string[];
  /** YL007: on changed values only (default), on every reboot-requiring value, or never. */
  readonly rebootWarnings?: RebootWarnings;
  /** Value labels after enumerated values (`yealinkCfg.inlayHints.enable`); on unless false. */
  readonly inlayHints?: boolean;
}

export type RebootWarnings = 'changed' | 'always' | 'off';

export type ModelSource = 'comment' | 'file name' | 'setting';

export interface ModelPin {
  readonly name: string;
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

export interface Suppressions {
  /** Codes disabled for the whole file; an empty set with `all` true disables every rule. */
  readonly file: ReadonlySet<string>;
  readonly fileAll: boolean;
  /** Line number -> codes disabled on that line ('*' for all). */
  readonly lines: ReadonlyMap<number, ReadonlySet<string>>;
}

export interface AnalyzedDocument {
  readonly path: string;
  readonly text: string;
  readonly parsed: ParsedDocument;
  readonly role: FileRole;
  readonly isBoot: boolean;
  readonly model?: ModelInfo;
  readonly modelSource?: ModelSource;
  /** A `# yealink: model=...` comment, also when it names no known model (rule YL012 reports that). */
  readonly modelPin?: ModelPin;
  readonly suppressions: Suppressions;
  /** How the file's bytes were encoded, when the face read them from disk (the editor decodes itself). */
  readonly encoding?: TextEncoding;
}

/** Facts about where the text came from. */
export interface TextSource {
  readonly encoding?: TextEncoding;
}

/** How far down a model pin is looked for: "anywhere in the first lines". */
const MODEL_PIN_LINES = 20;

function findModelPin(parsed: ParsedDocument): ModelPin | undefined {
  for (const line of parsed.lines.slice(0, MODEL_PIN_LINES)) {
    if (line.kind !== 'comment') continue;
    const pragma = parsePragma(line.text);
    if (pragma?.kind === 'model') return { name: pragma.name, line: line.line, start: pragma.start, end: pragma.start + pragma.name.length };
  }
  return undefined;
}

function findSuppressions(parsed: ParsedDocument): Suppressions {
  const file = new Set<string>();
  let fileAll = false;
  const lines = new Map<number, Set<string>>();
  // An index loop: a for-of's iterator over every line of a large file showed up as garbage in profiles.
  const all = parsed.lines;
  for (let i = 0; i < all.length; i++) {
    const line = all[i];
    if (line.kind !== 'comment') continue;
    const pragma = parsePragma(line.text);
    if (pragma?.kind !== 'disable') continue;
    const codes = pragma.codes;
    if (pragma.nextLine) {
      const next = lines.get(line.line + 1) ?? new Set<string>();
      (codes.length ? codes : ['*']).forEach((code) => next.add(code));
      lines.set(line.line + 1, next);
    } else if (codes.length) {
      codes.forEach((code) => file.add(code));
    } else {
      fileAll = true;
    }
  }
  return { file, fileAll, lines };
}

export function isSuppressed(suppressions: Suppressions, code: string, line: number): boolean {
  if (suppressions.fileAll || suppressions.file.has(code)) return true;
  const codes = suppressions.lines.get(line);
  return codes !== undefined && (codes.has('*') || codes.has(code));
}

/** Parses and classifies a document. `path` may be a file path or URI; only its last segment matters. */
export function analyze(text: string, path: string, settings: ServiceSettings = {}, source: TextSource = {}): AnalyzedDocument {
  const parsed = parse(text);
  // A decrypted document (`y000000000066.cfg (decrypted)`) has the role of the encrypted file it came from.
  const role = classifyFile(decryptedDocumentSource(path) ?? path);
  const isBoot = isBootKind(role.kind);
  const modelPin = findModelPin(parsed);
  let model: ModelInfo | undefined;
  let modelSource: ModelSource | undefined;
  if (modelPin) {
    model = findModel(modelPin.name);
    modelSource = model ? 'comment' : undefined;
  } else if (role.models.length > 0) {
    model = role.models[0];
    modelSource = 'file name';
  } else if (settings.model) {
    model = findModel(settings.model);
    modelSource = model ? 'setting' : undefined;
  }
  return { path, text, parsed, role, isBoot, model, modelSource, modelPin, suppressions: findSuppressions(parsed), encoding: source.encoding };
}
