/** `yealink-cfg lint`: the editor's diagnostics for files and folders, as text, JSON, JSON Lines or SARIF, for CI and git hooks. */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { lookupModel, PROJECT_FILE_NAME, type Severity } from '../../../engine/src/languageService';
import { parseCommandArgs, UsageError, type CliCommand, type CliIO } from '../io';
import { lintFleet } from '../lintFleet';
import { createLintWriter, FindingBudget, LINT_FORMATS, type LintFormat } from '../lintOutput';

export type { LintedFile } from '../lintOutput';

export const usage = `yealink-cfg lint <file|dir>... [--format text|json|jsonl|sarif] [--model T46S] [--severity YL007=off]... [--extra custom.X.value]... [--jobs N] [--max-findings N]

  Folders are searched for Yealink *.cfg and *.boot files (by the editor's rule: name, first line or first
  settings; other .cfg dialects are skipped and counted, node_modules and dot-folders are skipped;
  unreadable folders are reported and the walk goes on). A file named explicitly is always checked.
  Each file uses the nearest ${PROJECT_FILE_NAME} in its folder or above (extraParameters, severity).
  --format FORMAT      text (default): one line per finding and a summary;
                       json: [{ file, diagnostics: [...] }], written file by file;
                       jsonl: one { file, diagnostics } object per line;
                       sarif: a SARIF 2.1.0 log for code-scanning upload
  --model NAME         model for files that do not name one (file name or "# yealink: model=" comment win)
  --severity CODE=LVL  change a rule's severity: error, warning, information, hint or off (repeatable);
                       wins over the project file for that rule
  --extra PATTERN      a parameter name or pattern to treat as known (repeatable); adds to the project file's
  --jobs N             files checked in parallel on N worker threads (default: one per core, here ${availableParallelism()});
                       the output is the same for any N
  --max-findings N     print at most N findings (the rest are counted; the summary says how many were cut;
                       a cut file carries "omitted" in json/jsonl)
  Exit status: 1 if any error-severity finding (printed or cut), 2 on usage or I/O errors or an unusable
  project file, else 0.`;

const LEVELS = new Set(['error', 'warning', 'information', 'hint', 'off']);

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

function positiveInteger(name: string, value: string | undefined, allowZero: boolean): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || (!allowZero && n === 0)) {
    throw new UsageError(`lint: ${name} takes a whole number${allowZero ? '' : ' of at least 1'} (got "${value}")`);
  }
  return n;
}

export const command: CliCommand = async (args, io: CliIO) => {
  const parsed = parseCommandArgs('lint', args, {
    format: { type: 'string' },
    model: { type: 'string' },
    severity: { type: 'string', multiple: true },
    jobs: { type: 'string' },
    'max-findings': { type: 'string' },
    extra: { type: 'string', multiple: true },
  });
  const { values, positionals } = parsed;
  const format = (values.format ?? 'text') as LintFormat;
  if (!LINT_FORMATS.includes(format)) throw new UsageError(`lint: --format is text, json, jsonl or sarif, not "${values.format}"`);
  if (positionals.length === 0) throw new UsageError('lint: name at least one file or folder');
  if (values.model !== undefined && lookupModel(values.model).name === undefined) {
    const close = lookupModel(values.model).close;
    throw new UsageError(`lint: unknown --model "${values.model}"${close.length ? `; did you mean ${close.join(', ')}?` : ''}`);
  }
  const jobs = positiveInteger('--jobs', values.jobs, false) ?? availableParallelism();
  const maxFindings = positiveInteger('--max-findings', values['max-findings'], true);
  const setup = { model: values.model, severity: parseSeverities(values.severity ?? []), extraParameters: values.extra ?? [] };

  const writer = createLintWriter(format, { out: (text) => io.stdout(text), note: (text) => io.stderr(text), cwd: io.cwd });
  const budget = new FindingBudget(maxFindings);
  let ioFailed = false;
  let checked = 0;
  let errors = 0;
  let warnings = 0;
  let findings = 0;
  let omitted = 0;
  const skipped: string[] = [];
  const unusableProjectFiles = new Set<string>();
  const roots = positionals.map((path) => resolve(io.cwd, path));
  for await (const outcome of lintFleet(roots, setup, jobs)) {
    if (outcome.kind === 'not-yealink') {
      skipped.push(displayPath(io.cwd, outcome.path));
      continue;
    }
    if (outcome.kind === 'problem') {
      const { problem } = outcome;
      const shown = displayPath(io.cwd, problem.path);
      if (problem.kind !== 'too-large') {
        io.stderr(`yealink-cfg: ${problem.kind === 'unreadable' ? `cannot read ${shown}` : shown}: ${problem.reason}\n`);
        ioFailed = true;
        continue;
      }
      // A finding, not an I/O error: the file is there, it is just not a configuration anyone wrote.
      errors++;
      findings++;
      const result = budget.take(shown, [{ line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', code: 'YL008', message: `The file is ${problem.reason}.` }]);
      omitted += result.omitted ?? 0;
      writer.file(result);
      continue;
    }
    checked++;
    if (outcome.projectProblem && !unusableProjectFiles.has(outcome.projectProblem)) {
      unusableProjectFiles.add(outcome.projectProblem);
      io.stderr(`yealink-cfg: ${outcome.projectProblem}; files below it are checked without it\n`);
    }
    for (const d of outcome.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
    }
    findings += outcome.diagnostics.length;
    const result = budget.take(displayPath(io.cwd, outcome.path), outcome.diagnostics);
    omitted += result.omitted ?? 0;
    writer.file(result);
  }
  writer.end({ checked, errors, warnings, findings, omitted, maxFindings, skipped });
  if (ioFailed || unusableProjectFiles.size > 0) return 2;
  return errors > 0 ? 1 : 0;
};

/** Paths as the user gave them when inside the working folder, so output is stable across machines. */
function displayPath(cwd: string, file: string): string {
  const base = resolve(cwd);
  return file.startsWith(`${base}/`) ? file.slice(base.length + 1) : file;
}
