// Benchmark: compatibility-mode encrypt/decrypt of a 1 MB CFG text with the engine against
// node:crypto (OpenSSL) on the same input. Needs the compiled engine: run `npx tsc -p .` first.
// Usage: node bench/crypto.mjs [--runs N] [--size BYTES]
import { createCipheriv, createDecipheriv } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { numberArg } from './args.mjs';
import { requireCompiled } from './compiled.mjs';

const { encryptCompat, decryptCompat, zeroPad, stripTrailingZeros, forgeEcb, activeEcbName } = requireCompiled('bench/crypto.mjs', 'engine/src/crypto/aes.js');

const RUNS = numberArg('--runs', 25);
const SIZE = numberArg('--size', 1024 * 1024);

// A realistic CFG text of SIZE bytes (not a multiple of 16, so padding is exercised).
let text = '#!version:1.0.0.1\r\n';
for (let i = 1; text.length < SIZE; i++) text += `account.${(i % 16) + 1}.label = Extension ${i} Reception\r\n`;
const plain = Buffer.from(text.slice(0, SIZE - 3) + '\r\n');

function nodeEncrypt(key, data) {
  const c = createCipheriv(key.length === 16 ? 'aes-128-ecb' : 'aes-256-ecb', Buffer.from(key, 'ascii'), null);
  c.setAutoPadding(false);
  return Buffer.concat([c.update(zeroPad(data)), c.final()]);
}
function nodeDecrypt(key, data) {
  const d = createDecipheriv(key.length === 16 ? 'aes-128-ecb' : 'aes-256-ecb', Buffer.from(key, 'ascii'), null);
  d.setAutoPadding(false);
  return stripTrailingZeros(Buffer.concat([d.update(data), d.final()]));
}

const medianOf = (times) => times.sort((x, y) => x - y)[Math.floor(times.length / 2)];

/** Times two functions in alternation, after a warm-up, so load on the machine hits both alike. */
function pairedMedians(first, second) {
  for (let i = 0; i < 5; i++) {
    first();
    second();
  }
  const a = [];
  const b = [];
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    first();
    a.push(performance.now() - t);
    t = performance.now();
    second();
    b.push(performance.now() - t);
  }
  return [medianOf(a), medianOf(b)];
}

const rows = [];
for (const key of ['ljB7jiDIQQ7XD888', 'q7Zr0PxK2mN8vW4tY6uB1cD9eF3gH5jL']) {
  const bits = key.length * 8;
  const cipher = encryptCompat(plain, key);
  if (!cipher.equals(nodeEncrypt(key, plain))) throw new Error(`AES-${bits}: engine and node:crypto disagree`);
  if (!decryptCompat(cipher, key).equals(plain)) throw new Error(`AES-${bits}: round trip failed`);
  for (const [op, engine, node] of [
    ['encrypt', () => encryptCompat(plain, key), () => nodeEncrypt(key, plain)],
    ['decrypt', () => decryptCompat(cipher, key), () => nodeDecrypt(key, cipher)],
  ]) {
    const [e, n] = pairedMedians(engine, node);
    rows.push({ op: `AES-${bits}-ECB ${op}`, engine: e, node: n });
  }
  // The node-forge fallback, for where node:crypto is missing.
  const [fallback] = pairedMedians(() => encryptCompat(plain, key, forgeEcb), () => {});
  rows.push({ op: `AES-${bits}-ECB encrypt (forge)`, engine: fallback, node: rows.at(-2).node, fallback: true });
}

const mb = plain.length / (1024 * 1024);
console.log(`crypto bench: ${plain.length} bytes (${mb.toFixed(2)} MiB), median of ${RUNS} runs, Node ${process.version}; engine AES: ${activeEcbName}`);
console.log('operation'.padEnd(30) + 'engine'.padStart(24) + 'node:crypto'.padStart(14) + 'ratio'.padStart(9) + '  target');
for (const r of rows) {
  const ratio = r.engine / r.node;
  const verdict = r.fallback ? 'fallback, no target' : `<= 3x ${ratio <= 3 ? 'met' : 'MISSED'}`;
  console.log(
    r.op.padEnd(30) +
      `${r.engine.toFixed(2)} ms (${(mb / (r.engine / 1000)).toFixed(0)} MiB/s)`.padStart(24) +
      `${r.node.toFixed(2)} ms`.padStart(14) +
      `${ratio.toFixed(1)}x`.padStart(9) +
      `  ${verdict}`,
  );
}
