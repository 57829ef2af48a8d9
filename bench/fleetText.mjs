// Fleet-style CFG text for the benchmarks, made from the catalog itself: valid names with values of the
// right kind, banners and comments as Yealink templates have them, and about 1 % mistakes.
// Needs the compiled engine (`npm run compile`).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { Catalog, isPlaceholder } = require(join(root, 'out/engine/src/catalog/catalog.js'));

/** A value that fits the kind (most lines valid, like a real fleet file). */
function sampleValue(kind, i) {
  switch (kind.kind) {
    case 'bool': return String(i % 2);
    case 'enum': return kind.values[i % kind.values.length].value;
    case 'integer':
    case 'float': return String(kind.min + (i % Math.max(1, kind.max - kind.min + 1)));
    case 'ipv4': return `10.0.${i % 250}.${(i * 7) % 250}`;
    case 'host': return `host${i}.example.com`;
    case 'url': return `https://prov.example.com/${i}/`;
    case 'time': return `${String(i % 24).padStart(2, '0')}:30`;
    case 'string': return kind.lengths ? 'x'.repeat(kind.lengths[0]) : `value${i}`.slice(0, kind.maxLength ?? 20);
    default: return `value ${i}`;
  }
}

/** Every index combination of a pattern, in order, so generated keys are unique like a real file's. */
function* instances(spec) {
  const letters = spec.pattern.split('.').filter(isPlaceholder);
  const counters = letters.map((letter) => spec.indexes[letter].min);
  for (;;) {
    let used = 0;
    yield spec.pattern.split('.').map((segment) => (isPlaceholder(segment) ? String(counters[used++]) : segment)).join('.');
    let i = letters.length - 1;
    while (i >= 0 && counters[i] === spec.indexes[letters[i]].max) counters[i--] = spec.indexes[letters[i + 1]].min;
    if (i < 0) return;
    counters[i]++;
  }
}

/**
 * A fleet-style file of about `lines` lines, starting `rotate` entries into the catalog so that files
 * differ: each catalog entry in turn (all index combinations, round-robin), a banner every
 * 50 lines and a comment above every third setting as Yealink templates have, and about 1 % mistakes
 * (unknown names, bad values) so the rules have something to report.
 */
export function generateFleetText(lines, rotate = 0) {
  const specs = Catalog.default().entries.map(({ spec }) => spec);
  const rotated = [...specs.slice(rotate % specs.length), ...specs.slice(0, rotate % specs.length)];
  const generators = rotated.map((spec) => ({ spec, keys: instances(spec) }));
  const out = ['#!version:1.0.0.1'];
  for (let i = 0, live = generators.length; out.length < lines && live > 0; i++) {
    const slot = generators[i % generators.length];
    if (!slot.keys) continue;
    const next = slot.keys.next();
    if (next.done) { slot.keys = undefined; live--; continue; }
    const key = next.value;
    if (out.length % 50 === 0) out.push(`####### Section ${out.length / 50} #######`);
    if (i % 3 === 0) out.push(`## ${slot.spec.description.slice(0, 60)}`);
    if (i % 97 === 0) out.push(`${key.replace(/\.(\w)/, '.x$1')} = 1`);
    else if (i % 89 === 0) out.push(`${key} = not valid`);
    else out.push(`${key} = ${sampleValue(slot.spec.value, i)}`);
  }
  return out.join('\r\n') + '\r\n';
}
