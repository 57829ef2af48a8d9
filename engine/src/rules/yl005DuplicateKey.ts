/** YL005: the same parameter set twice in one file; only one line can take effect. */
import type { CatalogEntry, CatalogMatch } from '../catalog/catalog';
import { canonicalKey } from '../catalog/canonical';
import type { SettingLine } from '../parser';
import type { Rule } from './rule';

export const duplicateKey: Rule = {
  code: 'YL005',
  title: 'Parameter set twice in one file',
  defaultSeverity: 'warning',
  check(_context, report) {
    /** The first line of each parameter since the last template statement. */
    let first = new FirstSettings();
    return {
      other(line) {
        // Lines in different template branches (`{if}` … `{else}` …) never both reach a phone: each template
        // statement starts a region of its own, and a setting is only compared within its region.
        if (line.kind === 'template') first = new FirstSettings();
      },
      setting(setting, match) {
        const earlier = first.claim(setting, match);
        if (!earlier) return;
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
      },
    };
  },
};

/** Index numbers up to this fit, two at a time, in one small integer key. */
const PACKED_LIMIT = 0x8000;

/**
 * The first setting of each parameter. A known key written plainly is told by its catalog entry and index
 * numbers (an older name has its successor's entry, so the two meet); that costs a lookup by object and by
 * number, where the key text would cost a hash and a compare of every character, for every line of the file.
 * Other keys (unknown, zero-padded indexes, per-user parameters) go by their canonical text.
 */
class FirstSettings {
  private readonly byEntry = new Map<CatalogEntry, SettingLine | Map<number, SettingLine>>();
  private readonly byText = new Map<string, SettingLine>();

  /** The earlier setting of the same parameter, or nothing when this one is the first (it is then kept). */
  claim(setting: SettingLine, match: CatalogMatch | undefined): SettingLine | undefined {
    if (match && match.plainNumbers && match.spec.repeatableBy === undefined) {
      const { numbers, entry } = match;
      if (numbers.length === 0) return this.firstOfEntry(entry, setting);
      const packed = numbers.length === 1 ? numbers[0] : numbers.length === 2 && numbers[1] < PACKED_LIMIT ? numbers[0] * PACKED_LIMIT + numbers[1] : -1;
      if (packed >= 0 && packed < 2 ** 31) return this.firstOfNumber(entry, packed, setting);
    }
    const identity = canonicalKey(setting.key, setting.value, match);
    const earlier = this.byText.get(identity);
    if (!earlier) this.byText.set(identity, setting);
    return earlier;
  }

  private firstOfEntry(entry: CatalogEntry, setting: SettingLine): SettingLine | undefined {
    const earlier = this.byEntry.get(entry) as SettingLine | undefined;
    if (!earlier) this.byEntry.set(entry, setting);
    return earlier;
  }

  private firstOfNumber(entry: CatalogEntry, packed: number, setting: SettingLine): SettingLine | undefined {
    let byNumber = this.byEntry.get(entry) as Map<number, SettingLine> | undefined;
    if (!byNumber) {
      byNumber = new Map();
      this.byEntry.set(entry, byNumber);
    }
    const earlier = byNumber.get(packed);
    if (!earlier) byNumber.set(packed, setting);
    return earlier;
  }
}
