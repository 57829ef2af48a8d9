/**
 * `.yealink-cfg.json`: the list of known extras and rule severities a repository shares, so the editor and
 * CI judge files the same way. The nearest one above a file applies to it (no merging of several).
 *
 *   { "extraParameters": ["custom.X.value"], "severity": { "YL014": "off" } }
 *
 * Editor settings and CLI flags add to it: their extra parameters join the file's, and their severity for
 * a rule wins over the file's for that rule (the person at the keyboard decides for their own run).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ServiceSettings, Severity } from './document';
import { isSeverityLevel } from './protocol';

export const PROJECT_FILE_NAME = '.yealink-cfg.json';

export interface ProjectSettings {
  readonly extraParameters: readonly string[];
  readonly severity: Readonly<Record<string, Severity | 'off'>>;
}

/** A project file that cannot be used, with the reason in words. */
export class ProjectFileError extends Error {}

const RULE_CODE = /^YL\d{3}$/i;
const NUMBER = /^\d+$/;
const PLACEHOLDER_LETTERS = ['X', 'Y', 'Z', 'W', 'V', 'U'];

/** Reads a project file's text, refusing anything it does not understand rather than guessing. */
export function parseProjectFile(text: string, path: string): ProjectSettings {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new ProjectFileError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new ProjectFileError(`${path} must hold a JSON object`);
  const value = raw as Record<string, unknown>;
  const extras = value.extraParameters ?? [];
  if (!Array.isArray(extras) || extras.some((item) => typeof item !== 'string' || item.trim() === '')) {
    throw new ProjectFileError(`${path}: "extraParameters" must be a list of parameter names or patterns`);
  }
  const severityRaw = value.severity ?? {};
  if (severityRaw === null || typeof severityRaw !== 'object' || Array.isArray(severityRaw)) {
    throw new ProjectFileError(`${path}: "severity" must be an object such as { "YL014": "off" }`);
  }
  const severity: Record<string, Severity | 'off'> = {};
  for (const [code, level] of Object.entries(severityRaw as Record<string, unknown>)) {
    if (!RULE_CODE.test(code)) throw new ProjectFileError(`${path}: "${code}" in "severity" is not a rule code such as YL014`);
    if (!isSeverityLevel(level)) {
      throw new ProjectFileError(`${path}: the severity of ${code} must be error, warning, information, hint or off (got ${JSON.stringify(level)})`);
    }
    severity[code.toUpperCase()] = level;
  }
  return { extraParameters: (extras as string[]).map((item) => item.trim()), severity };
}

/** The pattern a concrete key stands for: each numeric segment becomes a placeholder (`account.3.x` -> `account.X.x`). */
export function knownPatternFor(key: string): string {
  let next = 0;
  return key
    .split('.')
    .map((segment) => (NUMBER.test(segment) ? (PLACEHOLDER_LETTERS[next++] ?? 'X') : segment))
    .join('.');
}

/**
 * The project file's new text with `pattern` among its extra parameters; other content is kept. Throws
 * ProjectFileError when the existing text is not a project file, so nothing the user wrote is lost.
 */
export function withExtraParameter(existing: string | undefined, pattern: string, path: string): string {
  const blank = existing === undefined || existing.trim() === '';
  if (!blank) parseProjectFile(existing, path);
  const value = blank ? {} : (JSON.parse(existing.charCodeAt(0) === 0xfeff ? existing.slice(1) : existing) as Record<string, unknown>);
  const extras = Array.isArray(value.extraParameters) ? (value.extraParameters as string[]) : [];
  const updated = { ...value, extraParameters: extras.includes(pattern) ? extras : [...extras, pattern] };
  const eol = existing?.includes('\r\n') ? '\r\n' : '\n';
  return `${JSON.stringify(updated, null, 2).replace(/\n/g, eol)}${eol}`;
}

/** Project settings under the face's own settings: extras add up, the face's severity wins per rule. */
export function combineSettings(project: ProjectSettings | undefined, own: ServiceSettings): ServiceSettings {
  if (!project) return own;
  return {
    ...own,
    extraParameters: [...new Set([...project.extraParameters, ...(own.extraParameters ?? [])])],
    severity: { ...project.severity, ...own.severity },
  };
}

/** What finding project files needs from the face: reading a file's text, undefined when it is absent. */
export interface ProjectFileHost {
  readText(path: string): string | undefined;
}

export interface ProjectLookup {
  /** The project file that applies, if any. */
  readonly path: string;
  readonly settings?: ProjectSettings;
  /** Why the file was not used. */
  readonly error?: string;
}

/** Finds and reads the nearest project file above each file, remembering answers until `invalidate`. */
export class ProjectFiles {
  private readonly byFolder = new Map<string, ProjectLookup | null>();

  constructor(private readonly host: ProjectFileHost) {}

  /** The project file for a file path (not a URI), walking up from its folder. */
  lookup(filePath: string): ProjectLookup | undefined {
    return this.inFolder(dirname(filePath));
  }

  /** Forget everything read, after a project file changed. */
  invalidate(): void {
    this.byFolder.clear();
  }

  private inFolder(folder: string): ProjectLookup | undefined {
    const cached = this.byFolder.get(folder);
    if (cached !== undefined) return cached ?? undefined;
    const path = join(folder, PROJECT_FILE_NAME);
    const text = this.host.readText(path);
    let found: ProjectLookup | undefined;
    if (text !== undefined) {
      try {
        found = { path, settings: parseProjectFile(text, path) };
      } catch (error) {
        found = { path, error: (error as Error).message };
      }
    } else {
      const parent = dirname(folder);
      found = parent === folder ? undefined : this.inFolder(parent);
    }
    this.byFolder.set(folder, found ?? null);
    return found;
  }
}

/** Project files read from the local disk (CLI, language server); an absent or unreadable file counts as none. */
export function nodeProjectFiles(): ProjectFiles {
  return new ProjectFiles({
    readText: (path) => {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return undefined;
      }
    },
  });
}
