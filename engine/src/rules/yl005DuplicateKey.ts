/** YL005: the same parameter set twice in one file; only one line can take effect. */
import { canonicalKey } from '../catalog/canonical';
import type { SettingLine } from '../parser';
import type { Rule } from './rule';

export const duplicateKey: Rule = {
  code: 'YL005',
  title: 'Parameter set twice in one file',
  defaultSeverity: 'warning',
  check(_context, report) {
    /** The first line of each parameter since the last template statement. */
    let first = new Map<string, SettingLine>();
    return {
      other(line) {
        // Lines in different template branches (`{if}` … `{else}` …) never both reach a phone: each template
        // statement starts a region of its own, and a setting is only compared within its region.
        if (line.kind === 'template') first = new Map();
      },
      setting(setting, match) {
        const identity = canonicalKey(setting.key, setting.value, match);
        const earlier = first.get(identity);
        if (!earlier) {
          first.set(identity, setting);
          return;
        }
        // Two blank lines do the same thing in every overwrite mode (keep the current value, or go back to the
        // factory default), so neither can undo the other; Yealink's stock templates repeat blank keys.
        if (setting.value === '' && earlier.value === '') return;
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
      },
    };
  },
};
