/**
 * "Did you mean": the known names closest to an unknown key, by edit distance over the key's shape
 * (numbers stand for any index, so `acount.3.enable` finds `account.X.enable` and answers `account.3.enable`).
 */
import { fillPlaceholders, isPlaceholder, type Catalog } from './catalog';

const NUMBER = /^\d+$/;

/** Optimal-string-alignment distance, giving up (returning limit + 1) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2] + 1);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length];
}

export class NameSuggester {
  private readonly shapes: { shape: string; pattern: string; target: string }[];
  private readonly cache = new Map<string, readonly string[]>();

  constructor(private readonly catalog: Catalog) {
    this.shapes = [
      ...catalog.entries.map((entry) => ({ shape: toShape(entry.spec.pattern), pattern: entry.spec.pattern, target: entry.spec.pattern })),
      ...catalog.aliases.map((alias) => ({ shape: toShape(alias.alias), pattern: alias.alias, target: alias.of })),
    ];
  }

  /** Up to `count` concrete key names close to `key`, nearest first. */
  suggest(key: string, count = 3): readonly string[] {
    const numbers = key.split('.').filter((segment) => NUMBER.test(segment));
    const shape = toShape(key);
    const cacheKey = `${shape}|${numbers.join('.')}|${count}`;
    const cached = this.cache.get(cacheKey);
    if (cached) return cached;

    const lower = key.toLowerCase();
    const exactLower = lower !== key ? this.catalog.lookup(lower) : undefined;
    const limit = Math.max(2, Math.min(5, Math.floor(shape.length / 6)));
    const scored: { name: string; distance: number }[] = [];
    for (const candidate of this.shapes) {
      const distance = editDistance(shape.toLowerCase() === shape ? shape : shape.toLowerCase(), candidate.shape, limit);
      if (distance > limit) continue;
      const spec = this.catalog.byPatternName(candidate.target)?.spec;
      // The key's own numbers where the shapes line up, else each placeholder's minimum.
      const name = fillPlaceholders(candidate.pattern, (letter, i) => numbers[i] ?? String(spec?.indexes?.[letter]?.min ?? 1));
      scored.push({ name, distance });
    }
    scored.sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name));
    const names = [...new Set([...(exactLower ? [lower] : []), ...scored.map((s) => s.name)])].slice(0, count);
    if (this.cache.size > 5000) this.cache.clear();
    this.cache.set(cacheKey, names);
    return names;
  }
}

/** A key or pattern with every index (number or placeholder letter) written as `#`. */
function toShape(name: string): string {
  return name
    .split('.')
    .map((segment) => (NUMBER.test(segment) || isPlaceholder(segment) ? '#' : segment))
    .join('.');
}
