/** YL012: a `# yealink: model=...` comment naming no known model; model checks are then off. */
import { closeModelNames } from '../catalog/models';
import type { Rule } from './rule';

export const unknownModel: Rule = {
  code: 'YL012',
  title: 'Model comment names an unknown model',
  defaultSeverity: 'warning',
  check({ doc }, report) {
    const pin = doc.modelPin;
    if (!pin || doc.modelSource === 'comment') return;
    const close = closeModelNames(pin.name);
    report({
      line: pin.line,
      start: pin.start,
      end: pin.end,
      message: `"${pin.name}" is not a known model, so model-specific checks are off.${close.length ? ` Did you mean ${close.join(', ')}?` : ''}`,
      data: close.length ? { replacements: close } : undefined,
    });
  },
};
