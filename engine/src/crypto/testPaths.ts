/** Test helper: where the fixtures are, from the compiled out/engine/src/crypto folder or the source one. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

function repoRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'engine'))) return dir;
    dir = resolve(dir, '..');
  }
  throw new Error('repository root not found');
}

export const ROOT = repoRoot();
export const CRYPTO_FIXTURES = join(ROOT, 'test', 'fixtures', 'crypto');
/** Yealink's 2013 tool output, from traviscross/yealink-confenc (MIT, see its README). */
export const TOOL_2013 = join(CRYPTO_FIXTURES, 'yealink-tool-2013');

export const K16 = 'Ab3#$%*+,-.:=?@[';
export const K32 = 'q7Zr0PxK2mN8vW4tY6uB1cD9eF3gH5jL';
