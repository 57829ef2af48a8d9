/**
 * YL010: the parameter exists, but not on the phone model this file targets. Information, not a warning:
 * most model lists come from "Only … support" notes in templates written before newer models existed, so
 * a model missing from a list is a hint to check, not proof.
 */
import type { Rule } from './rule';

/**
 * The models table states Wi-Fi and Bluetooth per model, from newer sources than the template notes, so a
 * model it marks as having one takes that one's keys even where an older note leaves the model out.
 */
function capabilityCovers(key: string, model: { readonly wifi?: boolean; readonly bluetooth?: boolean }): boolean {
  return (model.wifi === true && key.includes('wifi')) || (model.bluetooth === true && key.includes('bluetooth'));
}

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
        if (capabilityCovers(setting.key, model)) return;
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
