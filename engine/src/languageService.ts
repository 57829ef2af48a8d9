/**
 * The engine's language facade: one service over one module per feature (YealinkLanguageService), plus the
 * few names the faces need besides it, grouped below by what they are for. The language server, the VS Code
 * client and the CLI import the engine's language side only from here (test/architecture.test.ts checks);
 * none of it knows about VS Code or the LSP connection.
 */
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, DocumentLink, DocumentSymbol, FoldingRange, Hover, InlayHint, Position, Range, SymbolInformation, TextEdit } from 'vscode-languageserver-types';
import { Catalog } from './catalog/catalog';
import { closeModelNames, findModel } from './catalog/models';
import { NameSuggester } from './catalog/suggest';
import { analyze, type AnalyzedDocument, type ServiceSettings, type TextSource } from './document';
import { changeLens, type ChangeLens } from './features/changeLens';
import { codeActions } from './features/codeActions';
import { complete, resolveCompletion } from './features/completion';
import { limitedDiagnostics } from './features/diagnostics';
import { explain, type ExplainResult } from './features/explain';
import { formatDocument } from './features/formatting';
import { hover } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { documentLinks } from './features/links';
import { sortSettingsInSections } from './features/sortSettings';
import { documentSymbols, foldingRanges } from './features/symbols';
import { indexSettings, workspaceSymbols, type SettingsIndex } from './features/workspaceSymbols';
import { describeFileKind } from './fileKind';
import type { BaseVersion } from './impact/baseVersion';
import { combineSettings, type ProjectSettings } from './projectFile';
import type { Finding } from './rules';
import { validate } from './validate';

// ---------------------------------------------------------------- what the faces need besides the service

// The types in the service's signatures.
export type { AnalyzedDocument, ServiceSettings, Severity, TextSource } from './document';
export type { Finding, FindingData } from './rules';
export type { SettingsIndex } from './features/workspaceSymbols';

// The project file `.yealink-cfg.json`: the CLI and the server judge files on disk with it, and the server's
// "Treat as a known parameter" quick fix writes it.
export { nodeProjectFiles, PROJECT_FILE_NAME, withExtraParameter, type ProjectSettings } from './projectFile';

// Models and file kinds: the client's start-up line, status bar, model picker and language detection (the
// one "is this a Yealink file" rule, which the server's workspace scan also uses), the CLI's --model.
export { Catalog } from './catalog/catalog';
export { MODELS } from './catalog/models';
export { analyze } from './document';
export { modelPinEdit } from './features/modelPin';
export { classifyFile, describeFileKind, isYealinkFile, YEALINK_SNIFF_LENGTH } from './fileKind';
// The status bar tells ciphertext opened as text from a readable file.
export { detectContent } from './parser';

// Rule documentation and catalog sources: the CLI's `rules`, `explain` and lint output, the server's links.
export { ruleDocsLink, RULES, shippedReadmeUri } from './rules';
export { describeKind } from './values';
export { SOURCES, sourceUrl } from './catalog/sources';
export type { SourceRef } from './catalog/types';

/** A model name as the user typed it: the catalog's spelling, or the close names when it is unknown. */
export function lookupModel(name: string): { readonly name?: string; readonly close: readonly string[] } {
  const model = findModel(name);
  return model ? { name: model.name, close: [] } : { close: closeModelNames(name) };
}

// ---------------------------------------------------------------- the service

/** What the face running the engine can do for it: the server and the CLI can look at the disk. */
export interface ServiceEnvironment {
  readonly fileExists?: (path: string) => boolean;
  /** The `.yealink-cfg.json` settings that apply to a document (by the path or URI it was analysed under). */
  readonly projectSettings?: (path: string) => ProjectSettings | undefined;
  /** The README that documents the rules (a file: URI, see rules/ruleDocs.ts); without it diagnostics carry no link. */
  readonly ruleDocs?: string;
}

/** What validation uses for one document: the face's settings combined with its project file's. */
interface Judgement {
  readonly settings: ServiceSettings;
  readonly catalog: Catalog;
  readonly suggester: NameSuggester;
}

/** Per-document inputs the face supplies besides the text. */
export interface DocumentOptions {
  readonly base?: BaseVersion;
}

/** What the status bar / code lens says about a file. */
export interface FileSummary {
  readonly kind: string;
  readonly model?: string;
  readonly modelSource?: string;
  readonly content: string;
}

export class YealinkLanguageService {
  private catalog: Catalog;
  private suggester: NameSuggester;
  private settings: ServiceSettings;
  private readonly analyses = new Map<string, { readonly version: number; readonly doc: AnalyzedDocument }>();
  /** Per project file (the parsed settings object is stable until the file changes). */
  private judgements = new WeakMap<ProjectSettings, Judgement>();
  /** The catalog for each list of extra parameters, so project files listing the same extras share one (and its suggester). */
  private catalogsByExtras = new Map<string, Catalog>();

  constructor(
    settings: ServiceSettings = {},
    private readonly baseCatalog: Catalog = Catalog.default(),
    private readonly environment: ServiceEnvironment = {},
  ) {
    this.settings = settings;
    this.catalog = this.catalogWith(settings.extraParameters ?? []);
    this.suggester = NameSuggester.of(this.catalog);
  }

  /** Applies new settings; rebuilds the catalog only when the extra parameters changed. */
  configure(settings: ServiceSettings): void {
    const extrasChanged = JSON.stringify(settings.extraParameters ?? []) !== JSON.stringify(this.settings.extraParameters ?? []);
    this.settings = settings;
    // Settings (the default model) change what an analysis holds: every cached one is stale.
    this.analyses.clear();
    this.judgements = new WeakMap();
    if (extrasChanged) {
      this.catalogsByExtras = new Map();
      this.catalog = this.catalogWith(settings.extraParameters ?? []);
      this.suggester = NameSuggester.of(this.catalog);
    }
  }

  /** The base catalog plus extra parameters, built once per distinct list. */
  private catalogWith(extras: readonly string[]): Catalog {
    const key = extras.join('\n');
    let catalog = this.catalogsByExtras.get(key);
    if (!catalog) {
      catalog = this.baseCatalog.withExtraPatterns(extras);
      this.catalogsByExtras.set(key, catalog);
    }
    return catalog;
  }

  /**
   * The analysis of an open document, computed once per URI and version and shared by every request
   * (diagnostics, hover, completion ...). `text` is only called when the version is new.
   */
  document(uri: string, version: number, text: () => string, source: TextSource = {}): AnalyzedDocument {
    const cached = this.analyses.get(uri);
    if (cached && cached.version === version) return cached.doc;
    const doc = this.analyze(text(), uri, source);
    this.analyses.set(uri, { version, doc });
    return doc;
  }

  /** Drops a closed document's analysis. */
  forget(uri: string): void {
    this.analyses.delete(uri);
  }

  get currentCatalog(): Catalog {
    return this.catalog;
  }

  /** `source.encoding`: how the face decoded the file's bytes (a non-UTF-8 encoding gets a YL009 finding). */
  analyze(text: string, path: string, source: TextSource = {}): AnalyzedDocument {
    return analyze(text, path, this.settings, source);
  }

  /** `base`: the file at the version changes are measured against (git), so YL007 marks changed values only. */
  validate(doc: AnalyzedDocument, options: DocumentOptions = {}): Finding[] {
    const { catalog, suggester, settings } = this.judgementFor(doc.path);
    return validate(doc, { catalog, suggester, settings, fileExists: this.environment.fileExists, base: options.base });
  }

  /** The settings, catalog and suggester for a document, with its project file's extras and severities. */
  private judgementFor(path: string): Judgement {
    const project = this.environment.projectSettings?.(path);
    if (!project) return { settings: this.settings, catalog: this.catalog, suggester: this.suggester };
    let judgement = this.judgements.get(project);
    if (!judgement) {
      const settings = combineSettings(project, this.settings);
      const catalog = this.catalogWith(settings.extraParameters ?? []);
      judgement = { settings, catalog, suggester: NameSuggester.of(catalog) };
      this.judgements.set(project, judgement);
    }
    return judgement;
  }

  /** The findings as diagnostics, at most `limit` of them plus a summary of the rest (see MAX_DIAGNOSTICS_PER_FILE). */
  diagnostics(doc: AnalyzedDocument, uri: string, limit = Number.POSITIVE_INFINITY, options: DocumentOptions = {}): Diagnostic[] {
    return limitedDiagnostics(this.validate(doc, options), uri, limit, this.environment.ruleDocs);
  }

  /** The code lens summing up what the file's change does, when it differs from the base. */
  changeLens(doc: AnalyzedDocument, base: BaseVersion): ChangeLens | undefined {
    return changeLens(doc, base, this.catalog);
  }

  complete(doc: AnalyzedDocument, position: Position): CompletionList {
    return complete(doc, position, this.catalog);
  }

  resolveCompletion(item: CompletionItem, doc?: AnalyzedDocument): CompletionItem {
    return resolveCompletion(item, this.catalog, doc?.model);
  }

  hover(doc: AnalyzedDocument, position: Position): Hover | null {
    return hover(doc, position, this.catalog);
  }

  codeActions(doc: AnalyzedDocument, uri: string, diagnostics: readonly Diagnostic[]): CodeAction[] {
    return codeActions(doc, uri, diagnostics);
  }

  documentSymbols(doc: AnalyzedDocument): DocumentSymbol[] {
    return documentSymbols(doc);
  }

  foldingRanges(doc: AnalyzedDocument): FoldingRange[] {
    return foldingRanges(doc);
  }

  documentLinks(doc: AnalyzedDocument, uri: string): DocumentLink[] {
    return documentLinks(doc, uri);
  }

  /** Value labels after enumerated values; none when the `inlayHints` setting is off. */
  inlayHints(doc: AnalyzedDocument, range: Range): InlayHint[] {
    return this.settings.inlayHints === false ? [] : inlayHints(doc, range, this.catalog);
  }

  /** Format Document (or only the lines of `range`): spacing and trailing blanks, never a value. */
  format(doc: AnalyzedDocument, range?: Range): TextEdit[] {
    return formatDocument(doc, range);
  }

  /** What workspace symbols need to remember of a file: its keys and their lines. */
  indexSettings(doc: AnalyzedDocument): SettingsIndex {
    return indexSettings(doc);
  }

  /** Go to Symbol in Workspace over the given files' indexes. */
  workspaceSymbols(files: Iterable<readonly [string, SettingsIndex]>, query: string): SymbolInformation[] {
    return workspaceSymbols(files, query);
  }

  /** Sort Settings in Section: key order within each banner section. */
  sortSettings(doc: AnalyzedDocument): TextEdit[] {
    return sortSettingsInSections(doc, this.catalog);
  }

  explain(key: string): ExplainResult {
    return explain(key, this.catalog, this.suggester);
  }

  summarize(doc: AnalyzedDocument): FileSummary {
    return {
      kind: describeFileKind(doc.role.kind),
      model: doc.model?.name,
      modelSource: doc.modelSource,
      content: doc.parsed.content,
    };
  }
}
