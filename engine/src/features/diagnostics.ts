/**
 * Findings as LSP diagnostics: severity numbers, a link to the rule's README section, quick-fix data,
 * related locations and tags.
 */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver-types';
import type { Severity } from '../document';
import { ruleDocsLink, type Finding } from '../rules';
import { byPosition } from '../validate';

export const DIAGNOSTIC_SOURCE = 'yealink-cfg';

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** `readme`: the README's URI for the rule link (see rules/ruleDocs.ts); without it, no link. */
export function toDiagnostic(finding: Finding, uri = '', readme?: string): Diagnostic {
  const docs = ruleDocsLink(readme, finding.code);
  const range = { start: { line: finding.line, character: finding.start }, end: { line: finding.line, character: finding.end } };
  return {
    range,
    severity: SEVERITY[finding.severity],
    code: finding.code,
    codeDescription: docs ? { href: docs } : undefined,
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

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, information: 2, hint: 3 };

/**
 * At most `limit` diagnostics for one file, the most severe first (then by position), plus one summary that
 * says how many were left out and how to see them all. A file with hundreds of thousands of findings (a
 * generated or corrupt file) would otherwise cost the server and the editor memory without bound.
 */
export function limitedDiagnostics(findings: readonly Finding[], uri: string, limit: number, readme?: string): Diagnostic[] {
  if (findings.length <= limit) return findings.map((finding) => toDiagnostic(finding, uri, readme));
  const bySeverity = [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.line - b.line || a.start - b.start);
  const kept = bySeverity.slice(0, limit).sort(byPosition);
  const omitted = findings.length - limit;
  // The summary is as severe as the worst finding it stands for.
  const summarySeverity = bySeverity[limit].severity;
  return [
    ...kept.map((finding) => toDiagnostic(finding, uri, readme)),
    {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: SEVERITY[summarySeverity],
      source: DIAGNOSTIC_SOURCE,
      message:
        `${withThousandsCommas(omitted)} more findings in this file are not shown: the editor lists at most ` +
        `${withThousandsCommas(limit)} per file, the most severe first. Run \`yealink-cfg lint\` on the file for the full list.`,
    },
  ];
}

/**
 * A count as en-US writes it (12,345). Not toLocaleString('en-US'): that loads ICU's number formatting,
 * several megabytes of server memory for one summary line.
 */
export function withThousandsCommas(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}
