/**
 * Runs every rule over an analysed document, then applies the user's severity settings and the file's
 * suppression comments. A rule that throws is reported as a finding instead of breaking the others.
 *
 * The lines are walked once for all rules (rules/rule.ts, LineVisitor): each setting is looked up in the
 * catalog once and handed to every rule that looks at settings, so adding a rule adds no pass over the file.
 */
import type { Catalog } from './catalog/catalog';
import type { NameSuggester } from './catalog/suggest';
import { isSuppressed, type AnalyzedDocument, type ServiceSettings, type Severity } from './document';
import { RULES, type Finding, type Rule } from './rules';
import type { BaseVersion } from './impact/baseVersion';
import type { LineVisitor, Report, RuleContext } from './rules/rule';
import type { SettingLine, StatementLine } from './parser';
import type { CatalogMatch } from './catalog/catalog';

/** What validation needs besides the document. `fileExists` lets rules look at the disk (boot includes). */
export interface ValidationOptions {
  readonly catalog: Catalog;
  readonly suggester: NameSuggester;
  readonly settings?: ServiceSettings;
  readonly rules?: readonly Rule[];
  readonly fileExists?: (path: string) => boolean;
  /** The file at the base version (git), for rules about changes (YL007). */
  readonly base?: BaseVersion;
}

/** One rule's visitor in the shared walk; `visitor` is dropped once the rule throws. */
interface Visiting {
  readonly rule: Rule;
  visitor: LineVisitor | undefined;
}

export function validate(doc: AnalyzedDocument, options: ValidationOptions): Finding[] {
  const { catalog, suggester, settings = {}, rules = RULES, fileExists, base } = options;
  const findings: Finding[] = [];
  const context: RuleContext = { doc, catalog, suggester, fileExists, settings, base };
  const { suppressions } = doc;
  const anySuppressed = suppressions.fileAll || suppressions.file.size > 0 || suppressions.lines.size > 0;
  const failed = (rule: Rule, error: unknown): void => {
    findings.push({
      code: rule.code,
      severity: 'error',
      line: 0,
      start: 0,
      end: 0,
      message: `Internal error in rule ${rule.code}: ${error instanceof Error ? error.message : String(error)}. Please report it.`,
    });
  };
  const settingVisitors: Visiting[] = [];
  const otherVisitors: Visiting[] = [];
  const unknownVisitors: Visiting[] = [];
  for (const rule of rules) {
    const configured = settings.severity?.[rule.code];
    if (configured === 'off') continue;
    const code = rule.code;
    const report: Report = (finding) => {
      if (anySuppressed && isSuppressed(suppressions, code, finding.line)) return;
      findings.push(completed(finding, code, configured ?? finding.severity ?? rule.defaultSeverity));
    };
    try {
      const visitor = rule.check(context, report);
      if (!visitor) continue;
      const visiting: Visiting = { rule, visitor };
      if (visitor.setting) settingVisitors.push(visiting);
      if (visitor.unknownSetting) unknownVisitors.push(visiting);
      if (visitor.other) otherVisitors.push(visiting);
    } catch (error) {
      failed(rule, error);
    }
  }
  if (settingVisitors.length > 0 || unknownVisitors.length > 0 || otherVisitors.length > 0) walk(doc, catalog, { settingVisitors, unknownVisitors, otherVisitors }, failed);
  return findings.sort(byPosition);
}

/**
 * Findings in file order: line, column, then rule code. Codes are ASCII (`YLnnn`), so comparing code units
 * gives localeCompare's order without loading ICU's collator, which costs the server megabytes of memory.
 */
export function byPosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.start - b.start || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/** A reported finding with its code and severity, always built in the same shape (cheaper than a spread of each rule's own). */
function completed(finding: Parameters<Report>[0], code: string, severity: Severity): Finding {
  const full: { -readonly [K in keyof Finding]: Finding[K] } = { code, severity, message: finding.message, line: finding.line, start: finding.start, end: finding.end };
  if (finding.data !== undefined) full.data = finding.data;
  if (finding.related !== undefined) full.related = finding.related;
  if (finding.deprecated !== undefined) full.deprecated = finding.deprecated;
  return full;
}

/**
 * The one pass over the lines: settings with their catalog match, and in between, in file order, the other
 * lines that mean something. The two lists come from the parser, so comments and blanks cost nothing here.
 */
function walk(doc: AnalyzedDocument, catalog: Catalog, visitors: WalkVisitors, failed: (rule: Rule, error: unknown) => void): void {
  const { settingVisitors, unknownVisitors, otherVisitors } = visitors;
  const { settings, statements } = doc.parsed;
  const visitOthers = otherVisitors.length > 0;
  let next = 0;
  const othersBefore = (line: number): void => {
    for (; next < statements.length && statements[next].line < line; next++) {
      for (let v = 0; v < otherVisitors.length; v++) visit(otherVisitors[v], OTHER, statements[next], undefined, failed);
    }
  };
  if (settingVisitors.length > 0 || unknownVisitors.length > 0) {
    for (let i = 0; i < settings.length; i++) {
      const setting = settings[i];
      if (visitOthers && next < statements.length && statements[next].line < setting.line) othersBefore(setting.line);
      if (setting.templatedKey) continue;
      const match = catalog.lookup(setting.key);
      for (let v = 0; v < settingVisitors.length; v++) visit(settingVisitors[v], SETTING, setting, match, failed);
      if (!match) for (let v = 0; v < unknownVisitors.length; v++) visit(unknownVisitors[v], UNKNOWN_SETTING, setting, undefined, failed);
    }
  }
  if (visitOthers) othersBefore(Infinity);
}

/** The visitors of the walk, by what they look at. */
interface WalkVisitors {
  readonly settingVisitors: readonly Visiting[];
  readonly unknownVisitors: readonly Visiting[];
  readonly otherVisitors: readonly Visiting[];
}

/**
 * Calls one method of a visitor; a visitor that throws is dropped and its rule reported, and the walk goes
 * on. The methods are the module-level callers below, so no closure is made per line.
 */
function visit<A, B>(visiting: Visiting, call: (visitor: LineVisitor, a: A, b: B) => void, a: A, b: B, failed: (rule: Rule, error: unknown) => void): void {
  const visitor = visiting.visitor;
  if (!visitor) return;
  try {
    call(visitor, a, b);
  } catch (error) {
    visiting.visitor = undefined;
    failed(visiting.rule, error);
  }
}

const SETTING = (visitor: LineVisitor, setting: SettingLine, match: CatalogMatch | undefined): void => visitor.setting!(setting, match);
const UNKNOWN_SETTING = (visitor: LineVisitor, setting: SettingLine): void => visitor.unknownSetting!(setting);
const OTHER = (visitor: LineVisitor, line: StatementLine): void => visitor.other!(line);
