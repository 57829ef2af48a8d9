/**
 * Runs every rule over an analysed document, then applies the user's severity settings and the file's
 * suppression comments. A rule that throws is reported as a finding instead of breaking the others.
 */
import type { Catalog, CatalogMatch } from './catalog/catalog';
import type { SettingLine } from './parser';
import type { NameSuggester } from './catalog/suggest';
import { isSuppressed, type AnalyzedDocument, type ServiceSettings } from './document';
import { RULES, type Finding, type Rule } from './rules';
import type { BaseVersion } from './impact/baseVersion';
import type { RuleContext } from './rules/rule';

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

export function validate(doc: AnalyzedDocument, options: ValidationOptions): Finding[] {
  const { catalog, suggester, settings = {}, rules = RULES, fileExists, base } = options;
  const findings: Finding[] = [];
  const matches = new Map<SettingLine, CatalogMatch | null>();
  const context: RuleContext = {
    doc,
    catalog,
    suggester,
    matchOf: (setting) => {
      // Most rules ask about every setting: one catalog lookup per line, however many rules ask.
      if (setting.templatedKey) return undefined;
      const known = matches.get(setting);
      if (known !== undefined) return known ?? undefined;
      const match = catalog.lookup(setting.key);
      matches.set(setting, match ?? null);
      return match;
    },
    fileExists,
    settings,
    base,
  };
  const { suppressions } = doc;
  const anySuppressed = suppressions.fileAll || suppressions.file.size > 0 || suppressions.lines.size > 0;
  for (const rule of rules) {
    const configured = settings.severity?.[rule.code];
    if (configured === 'off') continue;
    try {
      const code = rule.code;
      rule.check(context, (finding) => {
        if (anySuppressed && isSuppressed(suppressions, code, finding.line)) return;
        findings.push({ ...finding, code, severity: configured ?? finding.severity ?? rule.defaultSeverity });
      });
    } catch (error) {
      findings.push({
        code: rule.code,
        severity: 'error',
        line: 0,
        start: 0,
        end: 0,
        message: `Internal error in rule ${rule.code}: ${error instanceof Error ? error.message : String(error)}. Please report it.`,
      });
    }
  }
  return findings.sort((a, b) => a.line - b.line || a.start - b.start || a.code.localeCompare(b.code));
}
