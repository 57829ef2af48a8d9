/** YL012: a `# yealink: model=...` comment naming no known model; model checks are then off. */
import { MODELS } from '../catalog/models';
import { editDistance } from '../catalog/suggest';
import type { Rule } from './rule';

export const unknownModel: Rule = {
  code: 'YL012',
  title: 'Model comment names an unknown model',
  defaultSeverity: 'warning',
  check({ doc }, report) {
    const pin = doc.modelPin;
    if (!pin || doc.modelSource === 'comment') return;
    const wanted = pin.name.toUpperCase();
    const close = MODELS.map((model) => ({ name: model.name, distance: editDistance(wanted, model.name, 2) }))
      .filter((candidate) => candidate.distance <= 2)
      .sort((a, b) => a.distance - b.distance)
      .slice(0, 3)
      .map((candidate) => candidate.name);
    report({
      line: pin.line,
      start: pin.start,
      end: pin.end,
      message: `"${pin.name}" is not a known model, so model-specific checks are off.${close.length ? ` Did you mean ${close.join(', ')}?` : ''}`,
      data: close.length ? { replacements: close } : undefined,
    });
  },
};
