/** YL003: a parameter name the catalog does not know; the phone silently ignores such lines. */
import { BOOT_KEYS } from '../fileKind';
import type { Rule } from './rule';


export const unknownParameter: Rule = {
  code: 'YL003',
  title: 'Unknown parameter',
  defaultSeverity: 'warning',
  check({ doc, catalog, suggester, matchOf }, report) {
    for (const setting of doc.parsed.settings) {
      if (setting.templatedKey) continue;
      if (doc.isBoot) {
        if (!BOOT_KEYS.includes(setting.key)) {
          report({
            line: setting.line,
            start: setting.keySpan.start,
            end: setting.keySpan.end,
            message: `Boot files hold only include:config lines and ${BOOT_KEYS.join(', ')}; "${setting.key}" belongs in a CFG file.`,
          });
        }
        continue;
      }
      if (matchOf(setting)) continue;
      const suggestions = suggester.suggest(setting.key);
      const lowerCase = setting.key !== setting.key.toLowerCase() && catalog.lookup(setting.key.toLowerCase());
      const hint = lowerCase
        ? ` Parameter names are lower-case: ${setting.key.toLowerCase()}.`
        : suggestions.length > 0
          ? ` Did you mean ${suggestions.join(', ')}?`
          : '';
      report({
        line: setting.line,
        start: setting.keySpan.start,
        end: setting.keySpan.end,
        message: `Unknown parameter "${setting.key}": not in the catalog of Yealink parameters; if it is a typo, the phone silently ignores the line.${hint}`,
        data: suggestions.length > 0 ? { replacements: suggestions } : undefined,
      });
    }
  },
};
