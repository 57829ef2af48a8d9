/**
 * YL003: a parameter name that is one slip away from a known name, so almost certainly a typo the phone
 * silently ignores; and, in boot files, a key that belongs in a CFG file. Names the catalog does not know
 * and that are not near a known one are YL014 (information), since the catalog is incomplete.
 */
import type { SlipKind } from '../catalog/suggest';
import { BOOT_KEYS } from '../fileKind';
import type { Rule } from './rule';

const SLIP_WORDS: Readonly<Record<SlipKind, string>> = {
  case: 'parameter names are lower-case',
  'static prefix': 'with or without the `static.` prefix',
  letter: 'one character apart',
  dot: 'a dot apart',
  index: 'an index where the name has a word, or the reverse',
  placeholder: 'a template placeholder letter where the name has an index',
};

export const unknownParameter: Rule = {
  code: 'YL003',
  title: 'Likely typo in a parameter name',
  defaultSeverity: 'warning',
  check({ doc, suggester }, report) {
    if (doc.isBoot) {
      return {
        setting(setting) {
          if (BOOT_KEYS.includes(setting.key)) return;
          report({
            line: setting.line,
            start: setting.keySpan.start,
            end: setting.keySpan.end,
            message: `Boot files hold only include:config lines and ${BOOT_KEYS.join(', ')}; "${setting.key}" belongs in a CFG file.`,
          });
        },
      };
    }
    return {
      // Known names need no suggestion: the near-miss search runs for unknown ones only.
      unknownSetting(setting) {
        const near = suggester.nearMisses(setting.key);
        if (!near.single) return;
        const [miss] = near.nearest;
        // `handset.x.name` is a guide's placeholder copied in, not a slip of the hand: YL014 says so.
        if (miss.slip === 'placeholder') return;
        report({
          line: setting.line,
          start: setting.keySpan.start,
          end: setting.keySpan.end,
          message: `Unknown parameter "${setting.key}": probably a typo of ${miss.name} (${SLIP_WORDS[miss.slip]}). The phone silently ignores names it does not know.`,
          data: { replacements: [miss.name] },
        });
      },
    };
  },
};
