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
        if (line.kind === 'template') repeats.newRegion();
      },
      setting(setting, match) {
        repeats.add(setting, match);
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
 * Finds the settings of one region that repeat an earlier one. A file can have tens of thousands of settings
 * and repeats are rare, so a known key goes into an open-addressing table of typed arrays (its packed
 * identity, its line, and the region it was seen in, so a new region needs no clearing): a map of every key
 * allocated several times as much on every edit of a large file, and the collector's work on it showed in
 * every validation.
 */
class RepeatFinder {
  private readonly identities: Float64Array;
  private readonly lines: Int32Array;
  /** The region each slot was filled in, plus one (0: empty). */
  private readonly regions: Int32Array;
  private readonly mask: number;
  private region = 1;
  /** The first setting of each key that goes by its text, in the current region. */
  private byText = new Map<string, SettingLine>();

  constructor(
    settings: number,
    /** Called with the line numbers of a repeat and of the first setting it repeats. */
    private readonly onRepeat: (line: number, earlierLine: number) => void,
  ) {
    // At most half full, so a probe ends after a step or two.
    let size = 16;
    while (size < settings * 2) size *= 2;
    this.identities = new Float64Array(size);
    this.lines = new Int32Array(size);
    this.regions = new Int32Array(size);
    this.mask = size - 1;
  }

  add(setting: SettingLine, match: CatalogMatch | undefined): void {
    const identity = packedIdentity(match);
    if (identity < 0) {
      const text = canonicalKey(setting.key, setting.value, match);
      const earlier = this.byText.get(text);
      if (earlier) this.onRepeat(setting.line, earlier.line);
      else this.byText.set(text, setting);
      return;
    }
    const { identities, regions, mask, region } = this;
    // The entry in the high bits, the index numbers in the low ones: mixed so that neighbours spread out.
    const high = Math.floor(identity / TWO_32);
    let slot = (Math.imul(high, 0x9e3779b1) ^ Math.imul((identity - high * TWO_32) | 0, 0x85ebca77)) & mask;
    while (regions[slot] === region) {
      if (identities[slot] === identity) {
        this.onRepeat(setting.line, this.lines[slot]);
        return;
      }
      slot = (slot + 1) & mask;
    }
    regions[slot] = region;
    identities[slot] = identity;
    this.lines[slot] = setting.line;
  }

  /** Starts a new region: settings before it are not compared with settings after it. */
  newRegion(): void {
    this.region++;
    if (this.byText.size > 0) this.byText = new Map();
  }
}
