/** YL006: an index (account number, line key ...) beyond what the phone model, or any model, supports. */
import { rangeOf } from '../catalog/catalog';
import { capabilityOf, missingIndexesOf } from '../catalog/models';
import { keySegments, type SettingLine } from '../parser';
import type { Rule } from './rule';

const NUMBER = /^\d+$/;

export const indexOutOfRange: Rule = {
  code: 'YL006',
  title: 'Index beyond what the model supports',
  defaultSeverity: 'warning',
  check({ doc, matchOf }, report) {
    for (const setting of doc.parsed.settings) {
      if (setting.templatedKey) continue;
      const match = matchOf(setting);
      if (!match || match.alias || match.entry.placeholders.length === 0) continue;
      const { placeholders } = match.entry;
      for (let i = 0; i < placeholders.length; i++) {
        const letter = placeholders[i];
        const value = match.indexes[letter];
        const range = rangeOf(match.spec, letter);
        if (value < range.min || value > range.max || range.gaps?.includes(value)) {
          const gaps = range.gaps?.length ? ` except ${range.gaps.join(', ')}` : '';
          report({ ...numberAt(setting, i), message: `${setting.key}: index ${value} is outside ${range.min}..${range.max}${gaps} for ${match.spec.pattern}.` });
          continue;
        }
        const limit = doc.model && range.perModel ? capabilityOf(doc.model, range.perModel) : undefined;
        if (doc.model && limit !== undefined && value > limit) {
          report({
            ...numberAt(setting, i),
            message: `${setting.key}: the ${doc.model.name} has ${limit} ${describeCapability(range.perModel)}; index ${value} does not exist on it.`,
          });
        } else if (doc.model && range.perModel && missingIndexesOf(doc.model, range.perModel).includes(value)) {
          report({
            ...numberAt(setting, i),
            message: `${setting.key}: the ${doc.model.name} skips ${describeCapability(range.perModel)} ${missingIndexesOf(doc.model, range.perModel).join(', ')}; index ${value} does not exist on it.`,
          });
        }
      }
    }
  },
};

/** Where the i-th number stands in the key; only worked out when there is something to report. */
function numberAt(setting: SettingLine, i: number): { line: number; start: number; end: number } {
  const span = keySegments(setting.key, setting.keySpan.start).filter((s) => NUMBER.test(s.text))[i]?.span ?? setting.keySpan;
  return { line: setting.line, start: span.start, end: span.end };
}

function describeCapability(capability: string | undefined): string {
  switch (capability) {
    case 'accounts':
      return 'accounts';
    case 'lineKeys':
      return 'line keys';
    case 'programmableKeys':
      return 'programmable keys';
    case 'memoryKeys':
      return 'memory keys';
    case 'expansionModules':
      return 'expansion module slots';
    case 'expansionKeys':
      return 'keys per expansion module';
    case 'handsets':
      return 'DECT handsets';
    default:
      return 'positions';
  }
}
