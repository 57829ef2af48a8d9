/**
 * The output formats of `yealink-cfg lint`, each written file by file as the results come in, so no format
 * ever holds the whole fleet's report in memory:
 *
 * - text: one line per finding, then a summary line;
 * - json: one array of `{ file, diagnostics }`, opened before the first file and closed after the last;
 * - jsonl: one `{ file, diagnostics }` object per line;
 * - sarif: one SARIF 2.1.0 log (one run; rules with their README links; results with locations), the form
 *   code-scanning services take.
 *
 * `--max-findings` cuts what is printed, never what is counted: the summary says how many were left out.
 */
import { pathToFileURL } from 'node:url';
import { ruleDocsLink, RULES, shippedReadmeUri } from '../../engine/src/languageService';
import type { LintDiagnostic } from './lintFleet';

export const LINT_FORMATS = ['text', 'json', 'jsonl', 'sarif'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

/** One file in the report; `omitted` counts the findings --max-findings left out of this file. */
export interface LintedFile {
  readonly file: string;
  readonly diagnostics: readonly LintDiagnostic[];
  readonly omitted?: number;
}

export interface LintTotals {
  readonly checked: number;
  readonly errors: number;
  readonly warnings: number;
  /** Every finding, printed or not. */
  readonly findings: number;
  /** Findings left out by --max-findings. */
  readonly omitted: number;
  readonly maxFindings?: number;
  /** Files of a folder walk that are another dialect (haproxy, Asterisk), not checked. */
  readonly skipped?: readonly string[];
}

export interface LintWriter {
  file(result: LintedFile): void;
  end(totals: LintTotals): void;
}

export interface LintSinks {
  /** The report (standard output). */
  out(text: string): void;
  /** Notes beside the report, so structured output stays pure (standard error). */
  note(text: string): void;
  /** The working folder, that relative file names are relative to. */
  readonly cwd: string;
}

/** Lets the first `max` findings through and counts the rest. */
export class FindingBudget {
  private left: number;
  constructor(readonly max: number | undefined) {
    this.left = max ?? Number.POSITIVE_INFINITY;
  }

  take(file: string, diagnostics: readonly LintDiagnostic[]): LintedFile {
    if (diagnostics.length <= this.left) {
      this.left -= diagnostics.length;
      return { file, diagnostics };
    }
    const shown = diagnostics.slice(0, this.left);
    this.left = 0;
    return { file, diagnostics: shown, omitted: diagnostics.length - shown.length };
  }
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** What the summary adds when findings were cut. */
export function cutNote(totals: LintTotals): string | undefined {
  if (totals.omitted === 0) return undefined;
  return `${plural(totals.omitted, 'finding')} not shown (--max-findings ${totals.maxFindings}: ${totals.findings - totals.omitted} of ${totals.findings} shown)`;
}

/** What the summary says about other dialects left out of a folder walk. */
export function skippedNote(totals: LintTotals): string | undefined {
  const skipped = totals.skipped ?? [];
  if (skipped.length === 0) return undefined;
  return `${plural(skipped.length, 'other .cfg/.boot file')} skipped (not Yealink: ${skipped.join(', ')})`;
}

function summaryLine(totals: LintTotals): string {
  const notes = [cutNote(totals), skippedNote(totals)].filter((note) => note !== undefined);
  return `${plural(totals.checked, 'file')} checked: ${plural(totals.errors, 'error')}, ${plural(totals.warnings, 'warning')}${notes.map((note) => `; ${note}`).join('')}`;
}

export function createLintWriter(format: LintFormat, sinks: LintSinks): LintWriter {
  switch (format) {
    case 'text':
      return textWriter(sinks);
    case 'json':
      return jsonWriter(sinks);
    case 'jsonl':
      return jsonlWriter(sinks);
    case 'sarif':
      return sarifWriter(sinks);
  }
}

function textWriter(sinks: LintSinks): LintWriter {
  return {
    file({ file, diagnostics }) {
      if (diagnostics.length === 0) return;
      let text = '';
      for (const d of diagnostics) text += `${file}:${d.line}:${d.column}: ${d.severity === 'info' ? 'information' : d.severity} ${d.code} ${d.message}\n`;
      sinks.out(text);
    },
    end(totals) {
      sinks.out(`${summaryLine(totals)}\n`);
    },
  };
}

/** The structured formats keep their summary on standard error when it has news (a cut, skipped files). */
function noteCut(sinks: LintSinks, totals: LintTotals): void {
  for (const note of [cutNote(totals), skippedNote(totals)]) if (note) sinks.note(`yealink-cfg: ${note}\n`);
}

function jsonWriter(sinks: LintSinks): LintWriter {
  let first = true;
  return {
    file(result) {
      // Indented like JSON.stringify(all, null, 2) would: JSON strings hold no raw line breaks, so this is safe.
      const entry = JSON.stringify(result, null, 2).replace(/\n/g, '\n  ');
      sinks.out(`${first ? '[\n' : ',\n'}  ${entry}`);
      first = false;
    },
    end(totals) {
      sinks.out(first ? '[]\n' : '\n]\n');
      noteCut(sinks, totals);
    },
  };
}

function jsonlWriter(sinks: LintSinks): LintWriter {
  return {
    file(result) {
      sinks.out(`${JSON.stringify(result)}\n`);
    },
    end(totals) {
      noteCut(sinks, totals);
    },
  };
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const SARIF_LEVELS: Readonly<Record<LintDiagnostic['severity'], 'error' | 'warning' | 'note'>> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  hint: 'note',
};

/** A file as a SARIF artifact location: relative names against the working folder (%SRCROOT%), others as file URLs. */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
}

function sarifWriter(sinks: LintSinks): LintWriter {
  const ruleIndex = new Map(RULES.map((rule, i) => [rule.code, i]));
  // The README shipped with the package documents the rules (there is no public repository to link to yet).
  const readme = shippedReadmeUri(__dirname);
  const driver = {
    name: 'yealink-cfg',
    version: '0.1.0',
    ...(readme ? { informationUri: readme } : {}),
    rules: RULES.map((rule) => ({
      id: rule.code,
      shortDescription: { text: rule.title },
      ...(readme ? { helpUri: ruleDocsLink(readme, rule.code) } : {}),
      defaultConfiguration: { level: SARIF_LEVELS[rule.defaultSeverity === 'information' ? 'info' : rule.defaultSeverity] },
    })),
  };
  const base = pathToFileURL(sinks.cwd.endsWith('/') ? sinks.cwd : `${sinks.cwd}/`).href;
  // Written as the head up to the results array, one result per line, then the invocation and the closing.
  sinks.out(
    `{\n  "$schema": ${JSON.stringify(SARIF_SCHEMA)},\n  "version": "2.1.0",\n  "runs": [\n    {\n` +
      `      "tool": ${JSON.stringify({ driver })},\n` +
      `      "originalUriBaseIds": ${JSON.stringify({ SRCROOT: { uri: base } })},\n` +
      `      "columnKind": "utf16CodeUnits",\n      "results": [\n`,
  );
  let first = true;
  return {
    file({ file, diagnostics }) {
      if (diagnostics.length === 0) return;
      const location = artifactLocation(file);
      let text = '';
      for (const d of diagnostics) {
        const result = {
          ruleId: d.code,
          ...(ruleIndex.has(d.code) ? { ruleIndex: ruleIndex.get(d.code) } : {}),
          level: SARIF_LEVELS[d.severity],
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: location,
                region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: Math.max(d.endColumn, d.column) },
              },
            },
          ],
        };
        text += `${first ? '' : ',\n'}        ${JSON.stringify(result)}`;
        first = false;
      }
      sinks.out(text);
    },
    end(totals) {
      const cut = cutNote(totals);
      const invocation = {
        executionSuccessful: true,
        ...(cut ? { toolExecutionNotifications: [{ level: 'warning', message: { text: cut } }] } : {}),
      };
      sinks.out(`\n      ],\n      "invocations": [${JSON.stringify(invocation)}]\n    }\n  ]\n}\n`);
      noteCut(sinks, totals);
    },
  };
}
