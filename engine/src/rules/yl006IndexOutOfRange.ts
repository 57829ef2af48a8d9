/**
 * YL006: an index (account number, line key ...) beyond what the phone model, or any model, supports.
 *
 * What it leaves alone, as the phone does nothing with such a line either way:
 * - a blank or `%NULL%` value (Yealink's own Common templates list every key of the largest model, blank);
 * - the ends of an index range no source states (the importer's `open` ranges); a model's count still counts.
 *
 * A model's count is a warning only when the user named the model (`# yealink: model=` or the model setting)
 * and a Yealink document gives the count. A model taken from a Common file's number is information: since
 * firmware 81 a boot file can make any phone download any file, and generic templates cover larger models.
 * A count only a non-Yealink capability file gives is information too, and so is the catalog's widest range
 * for a model the models table has no count for, or, with no model known, an index only some model in the
 * table takes (account.40 may be a W90DM's). A model's own count above that range wins (W90DM accounts).
 * The severity setting still wins.
 */
import { capabilityOf, missingIndexesOf, modelFactSource, MODELS, type ModelInfo } from '../catalog/models';
import type { IndexRange, ModelCapability } from '../catalog/types';
import type { AnalyzedDocument } from '../document';
import { keySegments, type SettingLine } from '../parser';
import { setsValue } from '../values';
import type { Rule } from './rule';

const NUMBER = /^\d+$/;
/** Sources that are not Yealink documents: their counts are the project's own choices. */
const NOT_YEALINK = new Set(['TANCREDI']);
/** No model, no counts: shared rather than a new empty list for every index of every setting. */
const NO_COUNTS: readonly (number | undefined)[] = [];

export const indexOutOfRange: Rule = {
  code: 'YL006',
  title: 'Index beyond what the model supports',
  defaultSeverity: 'warning',
  check({ doc }, report) {
    const models = targetModels(doc);
    return {
      setting(setting, match) {
        if (!match || match.alias || match.numbers.length === 0 || !setsValue(setting.value)) return;
        const { numbers } = match;
        const { ranges } = match.entry;
        for (let i = 0; i < numbers.length; i++) {
          const value = numbers[i];
          const range = ranges[i];
          const counts = range.perModel && models.length > 0 ? countsOf(models, range.perModel as ModelCapability) : NO_COUNTS;
          // Where the models' own counts are known they bound the index, not the catalog's widest range
          // (a W90DM has 250 accounts, where the T-series' widest is 16).
          const max = counts.length > 0 && counts.every((count) => count !== undefined) ? Infinity : range.max;
          // An open range's ends are no source's facts; a model's count still is.
          if (!range.open && (value < range.min || value > max || range.gaps?.includes(value))) {
            const gaps = range.gaps?.length ? ` except ${range.gaps.join(', ')}` : '';
            const doubt = value > max ? rangeDoubt(models, counts, range, value) : undefined;
            report({
              ...numberAt(setting, i),
              severity: doubt ? 'information' : undefined,
              message: `${setting.key}: index ${value} is outside ${range.min}..${range.max}${gaps} for ${match.spec.pattern}${doubt ? ` (${doubt})` : ''}.`,
            });
            continue;
          }
          const problem = range.perModel && models.length > 0 ? modelProblem(models, range, value) : undefined;
          if (!problem) continue;
          const doubt = doubtAbout(doc, models, range.perModel as ModelCapability);
          report({
            ...numberAt(setting, i),
            severity: doubt ? 'information' : undefined,
            message: `${setting.key}: ${problem}; index ${value} does not exist on it${doubt ? ` (${doubt})` : ''}.`,
          });
        }
      },
    };
  },
};

/**
 * The models the file is for: the one the user named, or every model sharing the Common file's number
 * (T23P and T23G both read y000000000044.cfg), so a count holds for each of them.
 */
function targetModels(doc: AnalyzedDocument): readonly ModelInfo[] {
  if (!doc.model) return [];
  return doc.modelSource === 'file name' && doc.role.models.length > 0 ? doc.role.models : [doc.model];
}

// A helper rather than a closure in the loop above, which would make V8 allocate a scope for every index checked.

/** Each model's count of a capability (undefined where the models table has none). */
function countsOf(models: readonly ModelInfo[], capability: ModelCapability): readonly (number | undefined)[] {
  return models.map((model) => capabilityOf(model, capability));
}

/** What the models lack at this index, in words ("the T23P/T23G have 3 line keys"), or nothing. */
function modelProblem(models: readonly ModelInfo[], range: IndexRange, value: number): string | undefined {
  const capability = range.perModel as ModelCapability;
  const counts = models.map((model) => capabilityOf(model, capability));
  if (models.length === 0 || counts.some((count) => count === undefined)) return undefined;
  const names = models.map((model) => model.name).join('/');
  const verb = models.length > 1 ? 'have' : 'has';
  const limit = Math.max(...(counts as number[]));
  if (value > limit) return `the ${names} ${verb} ${limit} ${describeCapability(capability)}`;
  // An index is missing only when every model lacks it.
  const missing = missingIndexesOf(models[0], capability).filter((index) => models.every((model) => missingIndexesOf(model, capability).includes(index)));
  return missing.includes(value) ? `the ${names} ${models.length > 1 ? 'skip' : 'skips'} ${describeCapability(capability)} ${missing.join(', ')}` : undefined;
}

/**
 * Why an index above the catalog's widest range is only information: the file's model has no count (the
 * range comes from other models), or no model is known and some model in the table takes that many
 * (account.40 in an unnamed file may be a W90DM's).
 */
function rangeDoubt(models: readonly ModelInfo[], counts: readonly (number | undefined)[], range: IndexRange, value: number): string | undefined {
  const uncounted = models.filter((_, n) => counts[n] === undefined);
  if (uncounted.length > 0) return `no count is known for the ${uncounted.map((model) => model.name).join('/')}; the range comes from other models`;
  if (models.length > 0 || !range.perModel) return undefined;
  const capability = range.perModel;
  const larger = MODELS.filter((model) => (capabilityOf(model, capability) ?? 0) >= value);
  if (larger.length === 0) return undefined;
  return `only the ${larger.map((model) => model.name).join('/')} take${larger.length > 1 ? '' : 's'} that many; name the model with "# yealink: model=…" to check it`;
}

/** Why a model count is only information, or nothing when the user named the model and Yealink gives the count. */
function doubtAbout(doc: AnalyzedDocument, models: readonly ModelInfo[], capability: ModelCapability): string | undefined {
  if (doc.modelSource === 'file name') {
    return `model inferred from the file name ${doc.path.split(/[\\/]/).pop()}; name it with "# yealink: model=…" to make this a warning`;
  }
  const sources = models.map((model) => modelFactSource(model, capability));
  if (sources.some((ref) => !ref)) return 'no Yealink document in the catalog gives this count';
  if (sources.some((ref) => ref && NOT_YEALINK.has(ref.guide))) return 'only a non-Yealink capability file gives this count';
  return undefined;
}

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
