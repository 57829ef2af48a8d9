/** YL005: the same parameter set twice in one file; only one line can take effect. */
import type { CatalogMatch } from '../catalog/catalog';
import { canonicalKey } from '../catalog/canonical';
import type { SettingLine } from '../parser';
import type { Report, Rule } from './rule';

export const duplicateKey: Rule = {
  code: 'YL005',
  title: 'Parameter set twice in one file',
  defaultSeverity: 'warning',
  check({ doc }, report) {
    const lines = doc.parsed.lines;
    const settingAt = (line: number): SettingLine => lines[line] as SettingLine;
    const repeats = new RepeatFinder(doc.parsed.settings.length, (line, earlierLine) => reportRepeat(report, settingAt(line), settingAt(earlierLine)));
    return {
      other(line) {
        // Lines in different template branches (`{if}` … `{else}` …) never both reach a phone: each template
        // statement starts a region of its own, and a setting is only compared within its region.
        if (line.kind === 'template') repeats.endRegion();
      },
      setting(setting, match) {
        repeats.add(setting, match);
      },
      end() {
        repeats.endRegion();
      },
    };
  },
};

function reportRepeat(report: Report, setting: SettingLine, earlier: SettingLine): void {
  // Two blank lines do the same thing in every overwrite mode (keep the current value, or go back to the
  // factory default), so neither can undo the other; Yealink's stock templates repeat blank keys.
  if (setting.value === '' && earlier.value === '') return;
  const sameName = earlier.key === setting.key;
  report({
    line: setting.line,
    start: setting.keySpan.start,
    end: setting.keySpan.end,
    message: sameName
      ? `"${setting.key}" is already set on line ${earlier.line + 1}; keep one of the two lines.`
      : `"${setting.key}" sets the same parameter as "${earlier.key}" on line ${earlier.line + 1}; keep one of the two lines.`,
    related: [{ line: earlier.line, start: earlier.keySpan.start, end: earlier.keySpan.end, message: 'first set here' }],
    data: { removeLine: true },
  });
}

const TWO_16 = 2 ** 16;
const TWO_32 = 2 ** 32;
/** Entry numbers below this leave the packed identity exact in a double (20 + 32 bits). */
const ENTRY_LIMIT = 2 ** 20;

/**
 * A known key as one number: its catalog entry and index numbers (an older name has its successor's entry,
 * so the two meet, as their canonical names do). -1 where that does not fit: unknown keys, per-user
 * parameters, very large indexes, and zero-padded indexes of a current name (`account.01` is its own text);
 * those keys go by their canonical text.
 */
function packedIdentity(match: CatalogMatch | undefined): number {
  if (!match || (!match.plainNumbers && !match.alias) || match.spec.repeatableBy !== undefined || match.entry.id >= ENTRY_LIMIT) return -1;
  const { numbers } = match;
  const base = match.entry.id * TWO_32;
  if (numbers.length === 0) return base;
  if (numbers.length === 1) return numbers[0] < TWO_32 ? base + numbers[0] : -1;
  if (numbers.length === 2) return numbers[0] < TWO_16 && numbers[1] < TWO_16 ? base + numbers[0] * TWO_16 + numbers[1] : -1;
  return -1;
}

/**
 * Finds the settings of one region that repeat an earlier one. Repeats are rare and a file can have tens of
 * thousands of settings, so known keys are written down as numbers in two typed arrays and sorted once per
 * region: a map of every key would allocate several times as much, on every edit of a large file, and the
 * collector's work on it showed in every validation.
 */
class RepeatFinder {
  private readonly identities: Float64Array;
  private readonly lines: Int32Array;
  private count = 0;
  private regionStart = 0;
  /** The first setting of each key that goes by its text, in the current region. */
  private byText = new Map<string, SettingLine>();

  constructor(
    capacity: number,
    /** Called with the line numbers of a repeat and of the first setting it repeats. */
    private readonly onRepeat: (line: number, earlierLine: number) => void,
  ) {
    this.identities = new Float64Array(capacity);
    this.lines = new Int32Array(capacity);
  }

  add(setting: SettingLine, match: CatalogMatch | undefined): void {
    const identity = packedIdentity(match);
    if (identity >= 0 && this.count < this.identities.length) {
      this.identities[this.count] = identity;
      this.lines[this.count] = setting.line;
      this.count++;
      return;
    }
    const text = canonicalKey(setting.key, setting.value, match);
    const earlier = this.byText.get(text);
    if (earlier) this.onRepeat(setting.line, earlier.line);
    else this.byText.set(text, setting);
  }

  /** Reports the repeats among the numbered settings since the region began, then starts a new region. */
  endRegion(): void {
    const { identities, count, regionStart } = this;
    if (count - regionStart > 1) {
      const sorted = identities.slice(regionStart, count).sort();
      let repeated: Set<number> | undefined;
      for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) (repeated ??= new Set()).add(sorted[i]);
      if (repeated) this.reportRepeated(repeated);
    }
    this.regionStart = count;
    if (this.byText.size > 0) this.byText = new Map();
  }

  /** In file order, each later setting of a repeated identity against the first one. */
  private reportRepeated(repeated: ReadonlySet<number>): void {
    const firstLine = new Map<number, number>();
    for (let i = this.regionStart; i < this.count; i++) {
      const identity = this.identities[i];
      if (!repeated.has(identity)) continue;
      const earlier = firstLine.get(identity);
      if (earlier === undefined) firstLine.set(identity, this.lines[i]);
      else this.onRepeat(this.lines[i], earlier);
    }
  }
}
