/**
 * YL004: a value the parameter does not accept (kind, range, enum or length). An error only where a
 * documented rule excludes the value; where the value kind comes from a single template comment or the
 * sources disagree (`valueCertainty`), the finding is information and says so.
 */
import type { ParameterSpec } from '../catalog/types';
import { checkValue } from '../values';
import type { Rule } from './rule';

/** Why a value check is only a hint, by how certain the catalog is of the value kind. */
const UNCERTAIN_BECAUSE: Readonly<Record<Exclude<NonNullable<ParameterSpec['valueCertainty']>, 'documented'>, string>> = {
  template: 'the permitted values come from a single Yealink template comment, not a guide, so firmware may accept more',
  uncertain: 'the sources disagree on the permitted values or they are inferred, so firmware may accept more',
};

const NUMBER = /^\d+$/;

/** A whole number missing from a list of codes that firmware keeps extending (DSS key types). */
function beyondOpenList(kind: ParameterSpec['value'], value: string): boolean {
  return kind.kind === 'enum' && kind.openEnded === true && NUMBER.test(value);
}

export const invalidValue: Rule = {
  code: 'YL004',
  title: 'Value not permitted',
  defaultSeverity: 'error',
  check(_context, report) {
    return {
      setting(setting, match) {
        if (!match || setting.templatedValue) return;
        const problem = checkValue(match.spec.value, setting.value);
        if (!problem) return;
        const certainty = match.spec.valueCertainty;
        const doubt =
          certainty && certainty !== 'documented'
            ? UNCERTAIN_BECAUSE[certainty]
            : beyondOpenList(match.spec.value, setting.value)
              ? 'Yealink adds codes to this list with new firmware, so a code it lacks may be valid on other phones'
              : undefined;
        report({
          line: setting.line,
          start: setting.valueSpan.start,
          end: setting.valueSpan.end,
          severity: doubt ? 'information' : undefined,
          message: `${setting.key}: ${problem.problem}. Allowed: ${problem.allowed}.${doubt ? ` Information only: ${doubt}.` : ''}`,
          data: problem.replacements.length > 0 ? { replacements: problem.replacements } : undefined,
        });
      },
    };
  },
};
