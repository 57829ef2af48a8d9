/** YL005: the same parameter set twice in one file; only one line can take effect. */
import { canonicalKey } from '../catalog/canonical';
import type { ParsedLine, SettingLine } from '../parser';
import type { Rule } from './rule';

export const duplicateKey: Rule = {
  code: 'YL005',
  title: 'Parameter set twice in one file',
  defaultSeverity: 'warning',
  check({ doc, matchOf }, report) {
    const regions = templateRegions(doc.parsed.lines);
    const first = new Map<string, SettingLine>();
    for (const setting of doc.parsed.settings) {
      if (setting.templatedKey) continue;
      const identity = canonicalKey(setting.key, setting.value, matchOf(setting));
      const earlier = first.get(identity);
      // Lines in different template branches (`{if}` … `{else}` …) never both reach a phone.
      if (!earlier || regions[earlier.line] !== regions[setting.line]) {
        first.set(identity, setting);
        continue;
      }
      const sameName = earlier.key === setting.key;
      report({
        line: setting.line,
        start: setting.keySpan.start,
        end: setting.keySpan.end,
        message: sameName
          ? `"${setting.key}" is already set on line ${earlier.line + 1}; keep one of the two lines.`
          : `"${setting.key}" sets the same parameter as "${earlier.key}" on line ${earlier.line + 1}; keep one of the two lines.`,
        related: [{ line: earlier.line, start: earlier.keySpan.start, end: earlier.keySpan.end, message: 'first set here' }],
        data: { removeLine: true },
      });
    }
  },
};

/** For each line, how many template statements (`{if}`, `{% else %}` …) come before it. */
function templateRegions(lines: readonly ParsedLine[]): number[] {
  const regions: number[] = new Array(lines.length);
  let region = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].kind === 'template') region++;
    regions[i] = region;
  }
  return regions;
}
