/**
 * Findings as LSP diagnostics: severity numbers, a link to the rule's README section, quick-fix data,
 * related locations and tags.
 */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver-types';
import type { Severity } from '../document';
import { RULE_DOCS, type Finding } from '../rules';

export const DIAGNOSTIC_SOURCE = 'yealink-cfg';

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(finding: Finding, uri = ''): Diagnostic {
  const range = { start: { line: finding.line, character: finding.start }, end: { line: finding.line, character: finding.end } };
  return {
    range,
    severity: SEVERITY[finding.severity],
    code: finding.code,
    codeDescription: { href: `${RULE_DOCS}#${finding.code.toLowerCase()}` },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data: finding.data,
    tags: finding.deprecated ? [DiagnosticTag.Deprecated] : undefined,
    relatedInformation: finding.related?.map((related) => ({
      location: { uri, range: { start: { line: related.line, character: related.start }, end: { line: related.line, character: related.end } } },
      message: related.message,
    })),
  };
}
