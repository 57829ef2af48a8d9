/** Test helpers for seeded fuzzing: a small PRNG and text mutations over the characters CFG parsing cares about. */

/** Small deterministic PRNG (mulberry32) so failures reproduce from the seed. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = ['#', '!', '=', '.', ' ', '\t', '\r', '\n', '\r\n', '[', ']', '"', '{', '}', '$', '%', 'a', '1', '9', 'é', '\u0000', '\ufffd', '\ufeff', '😀'];

export function mutate(text: string, next: () => number): string {
  let result = text;
  const edits = 1 + Math.floor(next() * 8);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(next() * (result.length + 1));
    const choice = next();
    if (choice < 0.4) result = result.slice(0, at) + ALPHABET[Math.floor(next() * ALPHABET.length)] + result.slice(at);
    else if (choice < 0.7) result = result.slice(0, at) + result.slice(at + 1 + Math.floor(next() * 5));
    else result = result.slice(0, at) + result.slice(Math.floor(next() * result.length)); // splice a tail
  }
  return result;
}

export function randomText(next: () => number): string {
  const length = Math.floor(next() * 400);
  let text = '';
  for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return text;
}
