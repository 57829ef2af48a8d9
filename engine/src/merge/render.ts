/**
 * The merge preview: a CFG text (summary header, then each key once with where it came from and what it
 * overrode) and the JSON form of `yealink-cfg merge --format json`.
 */
import { describeFileKind } from '../fileKind';
import type { MergedEntry, MergeResult, Provenance } from './merge';

export interface RenderOptions {
  /** Provenance and override comments (default true). Off: plain `key = value` lines, for a diff. */
  readonly comments?: boolean;
  /** Line break (default '\n'). */
  readonly eol?: string;
  /** Extra lines for the summary (notes from the partner search). */
  readonly notes?: readonly string[];
}

const at = (source: Provenance) => `${source.file}:${source.line}`;

function showValue(value: string): string {
  return value === '' ? '(blank)' : JSON.stringify(value);
}

function effectNote(entry: MergedEntry): string | undefined {
  switch (entry.effect) {
    case 'factory-default':
      return 'blank with overwrite_mode = 1: back to the factory default';
    case 'keep-current':
      return 'blank: the phone keeps its current value';
    case 'null':
      return '%NULL%: forces an empty value';
    case 'set':
      return undefined;
  }
}

/** The summary lines (without `#` prefixes). */
export function summaryLines(result: MergeResult, notes: readonly string[] = []): string[] {
  const lines: string[] = ['Effective configuration (read-only preview made by Yealink CFG)', 'Files, in the order the phone applies them:'];
  result.files.forEach((file, i) => {
    const what = describeFileKind(file.kind);
    const detail = file.skipped
      ? `skipped: ${file.skipped}`
      : file.includes
        ? `${file.includes.length} include${file.includes.length === 1 ? '' : 's'}`
        : `${file.settings} setting${file.settings === 1 ? '' : 's'}, ${file.effective} in the result`;
    lines.push(`  ${i + 1}. ${file.file} (${what}; ${detail})`);
  });
  lines.push(`${result.entries.length} parameters; ${result.overriddenCount} overrode an earlier value`);
  if (result.overwriteMode) {
    const where = result.overwriteMode.source ? ` (${at(result.overwriteMode.source)})` : '';
    lines.push(
      result.overwriteMode.enabled
        ? `overwrite_mode = 1${where}: blank values return to the factory default`
        : `overwrite_mode = 0${where}: blank values keep the phone's current value`,
    );
  }
  if (result.rebootRequired.length > 0) {
    lines.push(`Require a reboot (${result.rebootRequired.length}): ${result.rebootRequired.join(', ')}`);
  } else {
    lines.push('Require a reboot: none');
  }
  for (const warning of result.warnings) lines.push(`Warning: ${warning}`);
  for (const note of notes) lines.push(`Note: ${note}`);
  return lines;
}

/** The preview as CFG text: header line, summary, then one block per key. */
export function renderMergeCfg(result: MergeResult, options: RenderOptions = {}): string {
  const eol = options.eol ?? '\n';
  const comments = options.comments ?? true;
  const out: string[] = ['#!version:1.0.0.1'];
  if (comments) {
    for (const line of summaryLines(result, options.notes)) out.push(`## ${line}`);
    out.push('');
  }
  for (const entry of result.entries) {
    if (comments) {
      const parts = [`# from ${at(entry.source)}`];
      if (entry.reboot) parts.push('reboot');
      out.push(parts.join(' | '));
      if (entry.overridden.length > 0) {
        const replaced = [...entry.overridden].reverse().map((o) => `${showValue(o.value)} (${at(o.source)})`);
        out.push(`# overrides ${replaced.join(', ')}`);
      }
      const note = effectNote(entry);
      if (note) out.push(`# ${note}`);
    }
    out.push(`${entry.key} = ${entry.value}`);
  }
  return out.join(eol) + eol;
}

export interface MergeJson {
  readonly files: readonly string[];
  readonly entries: ReadonlyArray<{
    readonly key: string;
    readonly value: string;
    readonly source: Provenance;
    readonly overridden: ReadonlyArray<{ readonly value: string; readonly source: Provenance }>;
    readonly reboot: boolean;
  }>;
  readonly rebootRequired: readonly string[];
}

/** The JSON shape of issue 3 (`files`, `entries[key, value, source, overridden, reboot]`, `rebootRequired`). */
export function mergeToJson(result: MergeResult): MergeJson {
  return {
    files: result.files.map((f) => f.file),
    entries: result.entries.map((e) => ({
      key: e.key,
      value: e.value,
      source: { file: e.source.file, line: e.source.line },
      overridden: e.overridden.map((o) => ({ value: o.value, source: { file: o.source.file, line: o.source.line } })),
      reboot: e.reboot,
    })),
    rebootRequired: [...result.rebootRequired],
  };
}
