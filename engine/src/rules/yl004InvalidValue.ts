/** YL004: a value the parameter does not accept (kind, range, enum or length). */
import { checkValue } from '../values';
import type { Rule } from './rule';

export const invalidValue: Rule = {
  code: 'YL004',
  title: 'Value not permitted',
  defaultSeverity: 'error',
  check({ doc, matchOf }, report) {
    for (const setting of doc.parsed.settings) {
      if (setting.templatedKey || setting.templatedValue) continue;
      const match = matchOf(setting);
      if (!match) continue;
      const problem = checkValue(match.spec.value, setting.value);
      if (!problem) continue;
      report({
        line: setting.line,
        start: setting.valueSpan.start,
        end: setting.valueSpan.end,
        message: `${setting.key}: ${problem.problem}. Allowed: ${problem.allowed}.`,
        data: problem.replacements.length > 0 ? { replacements: problem.replacements } : undefined,
      });
    }
  },
};
