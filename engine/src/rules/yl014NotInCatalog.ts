/**
 * YL014: a name the catalog does not know and that is not one slip from a single known name (those are
 * YL003). The catalog is incomplete, so this is information: the name may well be valid.
 */
import { knownPatternFor, PROJECT_FILE_NAME } from '../projectFile';
import type { Rule } from './rule';

const BLANK = /\s/;

export const notInCatalog: Rule = {
  code: 'YL014',
  title: 'Parameter not in the catalog',
  defaultSeverity: 'information',
  check({ doc, suggester }, report) {
    if (doc.isBoot) return; // YL003 says what boot files may hold
    return {
      unknownSetting(setting) {
        const near = suggester.nearMisses(setting.key);
        const placeholder = near.single && near.nearest[0].slip === 'placeholder' ? near.nearest[0] : undefined;
        if (placeholder) {
          report({
            line: setting.line,
            start: setting.keySpan.start,
            end: setting.keySpan.end,
            message: `"${setting.key}" keeps a placeholder letter from a template or guide where ${placeholder.pattern} takes a number, so the phone ignores the line. Write the number, e.g. ${placeholder.name}.`,
            data: { replacements: [placeholder.name] },
          });
          return;
        }
        if (near.single) return;
        const names = near.nearest.map((miss) => miss.name);
        const hasBlank = BLANK.test(setting.key);
        const close = names.length > 0 ? ` It is one slip from several known names (${names.join(', ')}), so it is not clearly a typo of one.` : '';
        report({
          line: setting.line,
          start: setting.keySpan.start,
          end: setting.keySpan.end,
          message: hasBlank
            ? `"${setting.key}" is not in the catalog of Yealink parameters, and parameter names hold no blanks.${close}`
            : `"${setting.key}" is not in the catalog of Yealink parameters. The catalog is incomplete, so the name may be valid; if it is, list it under extraParameters in ${PROJECT_FILE_NAME}.${close}`,
          data: { ...(hasBlank ? {} : { treatAsKnown: knownPatternFor(setting.key) }), ...(names.length > 0 ? { replacements: names, ambiguous: true } : {}) },
        });
      },
    };
  },
};
