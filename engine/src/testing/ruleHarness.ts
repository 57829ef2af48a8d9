/** Runs one rule over a text with the sample catalog, for the rule's own test file. */
import { analyze, type ServiceSettings } from '../document';
import type { BaseVersion } from '../impact/baseVersion';
import type { Finding, Rule } from '../rules';
import { validate } from '../validate';
import { sampleCatalog, sampleSuggester } from './sampleCatalog';

export const HEADER_LINE = '#!version:1.0.0.1\n';

export function findingsOf(
  rule: Rule,
  text: string,
  path = 'settings.cfg',
  settings: ServiceSettings = {},
  fileExists?: (path: string) => boolean,
  base?: BaseVersion,
): Finding[] {
  return validate(analyze(text, path, settings), { catalog: sampleCatalog, suggester: sampleSuggester, settings, rules: [rule], fileExists, base });
}

/** The text a finding points at, to assert ranges without counting columns by hand. */
export function flagged(text: string, finding: Finding): string {
  const lines = text.split(/\r?\n/);
  return (lines[finding.line] ?? '').slice(finding.start, finding.end);
}
