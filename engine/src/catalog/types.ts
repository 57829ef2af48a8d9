/**
 * The shape of the parameter catalog. Catalog entries are plain data (see ./data/); everything that
 * interprets them (lookup, validation, completion, hover) lives elsewhere, so adding a parameter never
 * means touching code.
 */

/** One permitted value of an enumerated parameter, as written in a CFG file, with what it means. */
export interface EnumValue {
  readonly value: string;
  readonly label: string;
}

/** What a parameter's value may be. Every kind also accepts an empty value and `%NULL%`. */
export type ValueKind =
  /** `0` or `1`; the labels say what each means for this parameter (default: Disabled / Enabled). */
  | { readonly kind: 'bool'; readonly off?: string; readonly on?: string }
  /**
   * One of a fixed list. `openEnded`: a list of numeric codes that firmware keeps extending (DSS key types),
   * so a number it lacks is not known to be wrong.
   */
  | { readonly kind: 'enum'; readonly values: readonly EnumValue[]; readonly openEnded?: boolean }
  /** A whole number, optionally signed (`+8`, `-5`), inside [min, max]. */
  | { readonly kind: 'integer'; readonly min: number; readonly max: number; readonly unit?: string }
  /** A decimal number inside [min, max]. */
  | { readonly kind: 'float'; readonly min: number; readonly max: number; readonly unit?: string }
  /** A dotted-quad IPv4 address (netmasks too). */
  | { readonly kind: 'ipv4' }
  /** An IPv4 or IPv6 address or a domain name, optionally with `:port`. */
  | { readonly kind: 'host' }
  /** A URL (http, https, ftp, tftp, ldap, ldaps, sip ...). */
  | { readonly kind: 'url' }
  /** A time of day written HH:MM (00:00 .. 23:59). */
  | { readonly kind: 'time' }
  /**
   * Text with limits: at most maxLength characters, or exactly one of `lengths` (AES keys: 16 or 32),
   * every character from `charset` when given (a regular-expression character class body, e.g. `0-9a-f`).
   */
  | {
      readonly kind: 'string';
      readonly maxLength?: number;
      readonly lengths?: readonly number[];
      readonly charset?: string;
    }
  /** A list of items separated by `separator` (default `,`), each item of the given kind. */
  | { readonly kind: 'list'; readonly item: ValueKind; readonly separator?: string }
  /** Anything: names, labels, free text. No check. */
  | { readonly kind: 'text' };

/** A per-model count in the models table that bounds an index (see ./models.ts). */
export type ModelCapability =
  | 'accounts'
  | 'lineKeys'
  | 'programmableKeys'
  | 'memoryKeys'
  | 'expansionModules'
  | 'expansionKeys'
  | 'handsets';

/**
 * The values an index placeholder may take. `max` is the largest over all models, used when the model is
 * unknown; with `perModel`, a known model narrows it to that model's count. `gaps` lists values inside
 * [min, max] that are never valid (e.g. expansion key 21 on EXP20).
 */
export interface IndexRange {
  readonly min: number;
  readonly max: number;
  readonly perModel?: ModelCapability;
  readonly gaps?: readonly number[];
  /** True when no source states the upper limit (`max` is then only a bound for checks, not a fact). */
  readonly open?: boolean;
}

/** Where a fact came from: a tag from ./sources.ts and, where known, the page. */
export interface SourceRef {
  readonly guide: string;
  readonly page?: string;
  /** Line in the source file, for sources that are files in a repository (the link opens at it). */
  readonly line?: number;
}

/** A document that sources facts: a title and, where it can be read online, its address. */
export interface SourceDocument {
  readonly title: string;
  readonly url?: string;
  /** The address of one page, with `{page}` standing for the page number a fact cites. */
  readonly pageUrl?: string;
}

/**
 * One catalog entry: a parameter pattern and everything known about it.
 * In `pattern`, a segment that is a single upper-case letter (X, Y, Z) stands for a number; `indexes`
 * gives each one's range. Everything else is literal and lower-case, as Yealink writes it.
 */
export interface ParameterSpec {
  readonly pattern: string;
  readonly indexes?: Readonly<Record<string, IndexRange>>;
  readonly value: ValueKind;
  /** The factory default as it would be written in a file; '' means blank. Omit when no guide says. */
  readonly default?: string;
  /** True when the phone reboots to apply a change of this parameter. */
  readonly reboot?: boolean;
  /** Model families that have the parameter; omitted = all models. Names as in ./models.ts. */
  readonly models?: readonly string[];
  /** Firmware note, e.g. "V81 and later"; only when a guide says. */
  readonly firmware?: string;
  /** What the parameter does, in our own words (never pasted from a guide). */
  readonly description: string;
  readonly source: SourceRef;
  /** Further sources that name the parameter (generated layer: every template that has it). */
  readonly alsoIn?: readonly SourceRef[];
  /**
   * How sure the value kind is: `template` = it comes only from one Yealink template comment;
   * `uncertain` = inferred, or sources disagree. Absent = documented.
   */
  readonly valueCertainty?: 'documented' | 'template' | 'uncertain';
  /** Keys that may legitimately repeat in one file, distinguished by the text before this separator. */
  readonly repeatableBy?: string;
}

/**
 * An older or alternative name for a parameter, e.g. `network.internet_port.type` for
 * `static.network.internet_port.type`. `of` must be the pattern of a ParameterSpec.
 */
export interface ParameterAlias {
  readonly alias: string;
  readonly of: string;
  readonly note?: string;
}

/** One catalog data module: a family of parameters (accounts, line keys, network ...). */
export interface CatalogFamily {
  /** Short id shown in counts, e.g. "account". */
  readonly family: string;
  readonly parameters: readonly ParameterSpec[];
  readonly aliases?: readonly ParameterAlias[];
  /** Source tags this family cites beyond the shared ones in ../sources.ts. */
  readonly sources?: Readonly<Record<string, SourceDocument>>;
}
