/**
 * YL010: the parameter exists, but not on the phone model this file targets. Information, not a warning:
 * most model lists come from "Only … support" notes in templates written before newer models existed, so
 * a model missing from a list is a hint to check, not proof.
 */
import type { Rule } from './rule';

export const notOnModel: Rule = {
  code: 'YL010',
  title: 'Parameter not available on this model',
  defaultSeverity: 'information',
  check({ doc }, report) {
    const model = doc.model;
    if (!model) return;
    return {
      setting(setting, match) {
        const models = match?.spec.models;
        if (!models || models.includes(model.name) || models.includes(model.series)) return;
        report({
          line: setting.line,
          start: setting.keySpan.start,
          end: setting.keySpan.end,
          message: `${setting.key} is documented for ${models.join(', ')}, not for the ${model.name}; if the ${model.name} lacks it, the phone ignores the line.`,
        });
      },
    };
  },
};
