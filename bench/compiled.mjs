// The compiled engine the benchmarks load (`npx tsc -p .` writes it under out/); a clear exit when it is missing.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** The module at out/<path> (e.g. 'engine/src/crypto/aes.js'); exits 2 naming `script` if it was not compiled. */
export function requireCompiled(script, path) {
  const compiled = join(root, 'out', path);
  if (!existsSync(compiled)) {
    console.error(`${script}: ${compiled} is missing; run \`npx tsc -p .\` first`);
    process.exit(2);
  }
  return require(compiled);
}
