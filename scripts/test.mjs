// Runs every compiled *.test.js under out/ with Node's own test runner (its closing summary is what CI reads).
// Explicit files, because node --test would otherwise also run every .js under a folder named "test".
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function collect(dir, found) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'vscode' && name !== 'e2e') collect(path, found); // those run inside VS Code, see README
    } else if (name.endsWith('.test.js')) {
      found.push(path);
    }
  }
  return found;
}

const only = process.argv.slice(2);
const files = collect('out', []).filter((file) => only.length === 0 || only.some((part) => file.includes(part)));
if (files.length === 0) {
  console.error('no test files found under out/; run `npm run compile` first');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=2', ...files.sort()], { stdio: 'inherit' });
process.exit(result.status ?? 1);
