/**
 * The contract every validation rule implements. A rule looks at one analysed document and reports
 * findings; severity overrides and suppression comments are applied by ../validate.ts, not by rules.
 */
import type { Catalog, CatalogMatch } from '../catalog/catalog';
import type { NameSuggester } from '../catalog/suggest';
import type { AnalyzedDocument, ServiceSettings, Severity } from '../document';
import type { BaseVersion } from '../impact/baseVersion';
import type { SettingLine } from '../parser';


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
  /** The catalog entry for a setting's key (none for template placeholders); lookups are cached. */
  matchOf(setting: SettingLine): CatalogMatch | undefined;
  /** Whether a local file exists; absent where the face cannot look (then rules that need it stay quiet). */
  readonly fileExists?: (path: string) => boolean;
  readonly settings: ServiceSettings;
  /** The file at the version changes are measured against (git); absent outside a repository. */
  readonly base?: BaseVersion;
}

/** A finding; `severity` replaces the rule's default for this one (the user's setting still wins). */
export type Report = (finding: Omit<Finding, 'code' | 'severity'> & { readonly severity?: Severity }) => void;

export interface Rule {
  readonly code: string;
  /** A few words naming the rule, used in the README table and the `yealink-cfg rules` listing. */
  readonly title: string;
  readonly defaultSeverity: Severity;
  check(context: RuleContext, report: Report): void;
}
