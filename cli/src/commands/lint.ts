/** `yealink-cfg lint`: the editor's diagnostics for files and folders, as text or JSON, for CI and git hooks. */
import { resolve } from 'node:path';
import { nodeFileService } from '../../../engine/src/fileService';
import { lookupModel, YealinkLanguageService, type Finding, type Severity } from '../../../engine/src/languageService';
import { parseCommandArgs, UsageError, type CliCommand, type CliIO } from '../io';

export const usage = `yealink-cfg lint <file|dir>... [--format text|json] [--model T46S] [--severity YL007=off]...

  Folders are searched for Yealink *.cfg and *.boot files (by name or first line; other .cfg dialects,
  node_modules and dot-folders are skipped; unreadable folders are reported and the walk goes on).
  --format text|json   text (default): one line per finding; json: [{ file, diagnostics: [...] }]
  --model NAME         model for files that do not name one (file name or "# yealink: model=" comment win)
  --severity CODE=LVL  change a rule's severity: error, warning, information, hint or off (repeatable)
  Exit status: 1 if any error-severity finding, 2 on usage or I/O errors, else 0.`;

export interface LintedFile {
  readonly file: string;
  readonly diagnostics: readonly {
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: 'error' | 'warning' | 'info' | 'hint';
    code: string;
    message: string;
  }[];
}

const LEVELS = new Set(['error', 'warning', 'information', 'hint', 'off']);

function toJson(findings: readonly Finding[]): LintedFile['diagnostics'] {
  return findings.map((f) => ({
    line: f.line + 1,
    column: f.start + 1,
    endLine: f.line + 1,
    endColumn: f.end + 1,
    severity: f.severity === 'information' ? 'info' : f.severity,
    code: f.code,
    message: f.message,
  }));
}

function parseSeverities(values: readonly string[]): Record<string, Severity | 'off'> {
  const severity: Record<string, Severity | 'off'> = {};
  for (const value of values) {
    const [code, level] = value.split('=');
    if (!/^YL\d{3}$/i.test(code ?? '') || !LEVELS.has(level ?? '')) {
      throw new UsageError(`lint: --severity takes CODE=LEVEL, e.g. YL007=off (got "${value}")`);
    }
    severity[code.toUpperCase()] = level as Severity | 'off';
  }
  return severity;
}

export const command: CliCommand = async (args, io: CliIO) => {
  const parsed = parseCommandArgs('lint', args, {
    format: { type: 'string' },
    model: { type: 'string' },
    severity: { type: 'string', multiple: true },
  });
  const { values, positionals } = parsed;
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`lint: --format is text or json, not "${format}"`);
  if (positionals.length === 0) throw new UsageError('lint: name at least one file or folder');
  if (values.model !== undefined && lookupModel(values.model).name === undefined) {
    const close = lookupModel(values.model).close;
    throw new UsageError(`lint: unknown --model "${values.model}"${close.length ? `; did you mean ${close.join(', ')}?` : ''}`);
  }
  const files = nodeFileService();
  const service = new YealinkLanguageService({ model: values.model, severity: parseSeverities(values.severity ?? []) }, undefined, {
    fileExists: (path) => files.host.exists(path),
  });

  let ioFailed = false;
  const fleet = await files.collectFleetFiles(positionals.map((path) => resolve(io.cwd, path)));
  const results: LintedFile[] = [];
  let errors = 0;
  let warnings = 0;
  for (const problem of fleet.problems) {
    if (problem.kind === 'too-large') {
      // A finding, not an I/O error: the file is there, it is just not a configuration anyone wrote.
      const shown = displayPath(io.cwd, problem.path);
      errors++;
      const message = `The file is ${problem.reason}.`;
      const finding = { line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error' as const, code: 'YL008', message };
      results.push({ file: shown, diagnostics: [finding] });
      if (format === 'text') io.stdout(`${shown}:1:1: error YL008 ${message}\n`);
    } else {
      const shown = displayPath(io.cwd, problem.path);
      io.stderr(`yealink-cfg: ${problem.kind === 'unreadable' ? `cannot read ${shown}` : shown}: ${problem.reason}\n`);
      ioFailed = true;
    }
  }
  for (const file of fleet.files) {
    const findings = service.validate(service.analyze(file.text, file.path, { encoding: file.encoding }));
    errors += findings.filter((f) => f.severity === 'error').length;
    warnings += findings.filter((f) => f.severity === 'warning').length;
    const shown = displayPath(io.cwd, file.path);
    results.push({ file: shown, diagnostics: toJson(findings) });
    if (format === 'text') {
      for (const f of findings) io.stdout(`${shown}:${f.line + 1}:${f.start + 1}: ${f.severity} ${f.code} ${f.message}\n`);
    }
  }
  const checked = fleet.files.length;
  if (format === 'json') {
    io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  } else {
    io.stdout(`${checked} file${checked === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
  }
  if (ioFailed) return 2;
  return errors > 0 ? 1 : 0;
};

/** Paths as the user gave them when inside the working folder, so output is stable across machines. */
function displayPath(cwd: string, file: string): string {
  const base = resolve(cwd);
  return file.startsWith(`${base}/`) ? file.slice(base.length + 1) : file;
}
