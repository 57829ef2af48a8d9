/** YL010: the parameter exists, but not on the phone model this file targets. */
import type { Rule } from './rule';

export const notOnModel: Rule = {
  code: 'YL010',
  title: 'Parameter not available on this model',
  defaultSeverity: 'warning',
  check({ doc, matchOf }, report) {
    const model = doc.model;
    if (!model) return;
    for (const setting of doc.parsed.settings) {
      if (setting.templatedKey) continue;
      const models = matchOf(setting)?.spec.models;
      if (!models || models.includes(model.name) || models.includes(model.series)) continue;
      report({
        line: setting.line,
        start: setting.keySpan.start,
        end: setting.keySpan.end,
        message: `${setting.key} is documented for ${models.join(', ')}, not for the ${model.name}; the phone ignores it.`,
      });
    }
  },
};
