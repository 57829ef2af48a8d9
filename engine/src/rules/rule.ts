/**
 * The contract every validation rule implements. A rule looks at one analysed document and reports
 * findings; severity overrides and suppression comments are applied by ../validate.ts, not by rules.
 * No rule walks the settings itself: a rule that looks at lines returns a visitor, and validate.ts walks
 * the lines once for all rules, looking each setting up in the catalog once.
 */
import type { Catalog, CatalogMatch } from '../catalog/catalog';
import type { NameSuggester } from '../catalog/suggest';
import type { AnalyzedDocument, ServiceSettings, Severity } from '../document';
import type { BaseVersion } from '../impact/baseVersion';
import type { SettingLine, StatementLine } from '../parser';


/** What quick fixes need, carried in `diagnostic.data` so they never parse message text. */
export interface FindingData {
  /** Names or values that can replace the flagged text, best first. */
  readonly replacements?: readonly string[];
  /** The replacements are equally good: none is marked as the preferred fix. */
  readonly ambiguous?: boolean;
  /** The pattern to add to the project file's `extraParameters` ("Treat as a known parameter"). */
  readonly treatAsKnown?: string;
  /** Replace `length` characters at `column` of the flagged line with `text` (YL002: ` = ` between key and value). */
  readonly insert?: { readonly column: number; readonly length: number; readonly text: string };
  /** The flagged line can simply be deleted (a duplicate setting). */
  readonly removeLine?: boolean;
  /** The header line should be inserted at the top (and removed from `headerLine` if it stands elsewhere). */
  readonly insertHeader?: boolean;
  readonly headerLine?: number;
  /** The file is encrypted: offer to decrypt it. */
  readonly decrypt?: 'compatibility' | 'rsa';
  /** The file starts with a byte-order mark that should go. */
  readonly removeBom?: boolean;
}

export interface RelatedLocation {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly data?: FindingData;
  readonly related?: readonly RelatedLocation[];
  /** Marks text that still works but is discouraged, shown struck through. */
  readonly deprecated?: boolean;
}

export interface RuleContext {
  readonly doc: AnalyzedDocument;
  readonly catalog: Catalog;
  readonly suggester: NameSuggester;
  /** Whether a local file exists; absent where the face cannot look (then rules that need it stay quiet). */
  readonly fileExists?: (path: string) => boolean;
  readonly settings: ServiceSettings;
  /** The file at the version changes are measured against (git); absent outside a repository. */
  readonly base?: BaseVersion;
}

/** A finding; `severity` replaces the rule's default for this one (the user's setting still wins). */
export type Report = (finding: Omit<Finding, 'code' | 'severity'> & { readonly severity?: Severity }) => void;

/**
 * What a rule wants to see of each line, in file order, during the one shared walk (validate.ts). The
 * walk looks every setting up in the catalog once and hands the answer to every visitor that wants it.
 */
export interface LineVisitor {
  /**
   * Each setting whose key is a name (a key with a template placeholder is none, so no rule sees it), with
   * the catalog entry that governs it (undefined when the catalog does not know the key).
   */
  setting?(setting: SettingLine, match: CatalogMatch | undefined): void;
  /** Each such setting the catalog does not know (a rule about unknown names needs no call for the others). */
  unknownSetting?(setting: SettingLine): void;
  /** Each line that is neither a setting, a comment nor blank (comments and blanks matter to no rule). */
  other?(line: StatementLine): void;
}

export interface Rule {
  readonly code: string;
  /** A few words naming the rule, used in the README table and the `yealink-cfg rules` listing. */
  readonly title: string;
  readonly defaultSeverity: Severity;
  /**
   * Called once per document: whole-document checks report here. A rule that looks at lines returns
   * its visitor (which may keep per-document state), or nothing when the document gives it nothing to do.
   */
  check(context: RuleContext, report: Report): LineVisitor | void;
}
