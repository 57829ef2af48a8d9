/** `yealink-cfg lint`: the editor's diagnostics for files and folders, as text or JSON, for CI and git hooks. */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Catalog } from '../../../engine/src/catalog/catalog';
import type { Severity } from '../../../engine/src/document';
import { YealinkLanguageService } from '../../../engine/src/languageService';
import type { Finding } from '../../../engine/src/rules';
import { parseCommandArgs, UsageError, type CliCommand, type CliIO } from '../io';

export const usage = `yealink-cfg lint <file|dir>... [--format text|json] [--model T46S] [--severity YL007=off]...

  Folders are searched for *.cfg and *.boot files (node_modules and dot-folders are skipped).
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

const LINTED = /\.(cfg|boot)$/i;
const LEVELS = new Set(['error', 'warning', 'information', 'hint', 'off']);

async function collectFiles(path: string, found: string[]): Promise<void> {
  const info = await stat(path);
  if (!info.isDirectory()) {
    found.push(path);
    return;
  }
  const entries = await readdir(path, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const child = join(path, entry.name);
    if (entry.isDirectory()) await collectFiles(child, found);
    else if (LINTED.test(entry.name)) found.push(child);
  }
}

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
  const service = new YealinkLanguageService({ model: values.model, severity: parseSeverities(values.severity ?? []) }, Catalog.default(), {
    fileExists: existsSync,
  });

  let ioFailed = false;
  const files: string[] = [];
  for (const path of positionals) {
    try {
      await collectFiles(resolve(io.cwd, path), files);
    } catch (error) {
      io.stderr(`yealink-cfg: cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
      ioFailed = true;
    }
  }

  const results: LintedFile[] = [];
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    let text: string;
    try {
      text = (await readFile(file)).toString('utf8');
    } catch (error) {
      io.stderr(`yealink-cfg: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
      ioFailed = true;
      continue;
    }
    const findings = service.validate(service.analyze(text, file));
    errors += findings.filter((f) => f.severity === 'error').length;
    warnings += findings.filter((f) => f.severity === 'warning').length;
    const shown = displayPath(io.cwd, file);
    results.push({ file: shown, diagnostics: toJson(findings) });
    if (format === 'text') {
      for (const f of findings) io.stdout(`${shown}:${f.line + 1}:${f.start + 1}: ${f.severity} ${f.code} ${f.message}\n`);
    }
  }
  if (format === 'json') {
    io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  } else {
    io.stdout(`${files.length} file${files.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
  }
  if (ioFailed) return 2;
  return errors > 0 ? 1 : 0;
};

/** Paths as the user gave them when inside the working folder, so output is stable across machines. */
function displayPath(cwd: string, file: string): string {
  const base = resolve(cwd);
  return file.startsWith(`${base}/`) ? file.slice(base.length + 1) : file;
}
