// Benchmark: `yealink-cfg lint` on a fleet folder of real-sized provisioning files, side by side with the
// floor (a bare Node read-and-split of the same files). Prints wall time, the ratio to the floor and the
// CLI's peak RSS for text and JSON output, with one worker and with all of them, and peak RSS for a fleet
// twice the size. Needs `npm run build` and `npm run compile` (npm run bench does both) and GNU time.
// Usage: node bench/fleet.mjs [--files N] [--no-double]
// The fleet is a MAC-file set and a Common-file set in customer folders (50 phones each), made from the
// catalog (bench/fleetText.mjs), about 27 KB a file, and kept in the temp folder between runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { buildFleet, fleetFiles } from './fleetFolder.mjs';
import { numberArg } from './args.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/cli.js');
const FILES = numberArg('--files', 10000);
const DOUBLE = !process.argv.includes('--no-double');
/** The floor: walk, read every file, split into lines and lines into key and value, in one thread. */
function bareReadAndSplit(dir) {
  const start = performance.now();
  let rows = 0;
  let bytes = 0;
  for (const file of fleetFiles(dir)) {
    const text = readFileSync(file, 'utf8');
    bytes += text.length;
    for (const line of text.split(/\r?\n/)) {
      const at = line.indexOf('=');
      rows += at < 0 ? 1 : [line.slice(0, at).trim(), line.slice(at + 1).trim()].length - 1;
    }
  }
  return { ms: performance.now() - start, rows, bytes };
}

const cliHelp = spawnSync(process.execPath, [cli, 'lint', '--help'], { encoding: 'utf8' }).stdout;
const hasJobs = cliHelp.includes('--jobs');

/** Runs the CLI under GNU time; returns wall seconds, peak RSS in MB and the exit code. */
function timeLint(dir, format, jobs) {
  const args = ['-f', '%e %M', process.execPath, cli, 'lint', dir, '--format', format];
  if (jobs !== undefined && hasJobs) args.push('--jobs', String(jobs));
  const run = spawnSync('/usr/bin/time', args, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const last = run.stderr.trim().split('\n').pop() ?? '';
  const [seconds, kb] = last.split(' ').map(Number);
  if (run.status === 2 || !Number.isFinite(seconds)) throw new Error(`lint failed (${run.status}): ${run.stderr.slice(-500)}`);
  return { ms: seconds * 1000, rssMb: kb / 1024, status: run.status };
}

try {
  execFileSync('/usr/bin/time', ['-f', '%M', 'true'], { stdio: 'ignore' });
} catch {
  console.error('bench/fleet.mjs needs GNU time (/usr/bin/time; Debian package "time")');
  process.exit(2);
}

const dir = buildFleet(FILES);
bareReadAndSplit(dir); // warm the page cache, as a CI runner that just checked out the files has it
const floor = Math.min(...[0, 1, 2].map(() => bareReadAndSplit(dir).ms));
const { bytes } = bareReadAndSplit(dir);
const workers = availableParallelism();
console.log(`fleet lint: ${FILES} files, ${(bytes / 1e6).toFixed(0)} MB, ${workers} cores; floor (bare read-and-split, 1 thread, best of 3) ${(floor / 1000).toFixed(2)} s; each lint best of 3`);
const cases = hasJobs
  ? [['text', 1], ['text', workers], ['json', workers], ['jsonl', workers], ['sarif', workers]]
  : [['text', undefined], ['json', undefined]];
/**
 * Each lint line is measured as the floor is, best of 3 (a single run on a shared machine swings by a
 * second either way), with the highest peak RSS of the three.
 */
function bestOfThree(format, jobs) {
  const runs = [0, 1, 2].map(() => timeLint(dir, format, jobs));
  return { ms: Math.min(...runs.map((r) => r.ms)), rssMb: Math.max(...runs.map((r) => r.rssMb)), spread: runs.map((r) => (r.ms / 1000).toFixed(1)).join('/') };
}
for (const [format, jobs] of cases) {
  const r = bestOfThree(format, jobs);
  const ratio = r.ms / floor;
  console.log(
    `  lint --format ${format.padEnd(5)} ${jobs === undefined ? '' : `--jobs ${jobs}`}`.padEnd(36) +
      `${(r.ms / 1000).toFixed(2)} s  ratio ${ratio.toFixed(2)} (target <= 5 ${ratio <= 5 ? 'met' : 'MISSED'})  peak RSS ${r.rssMb.toFixed(0)} MB (target <= 512 ${r.rssMb <= 512 ? 'met' : 'MISSED'})  runs ${r.spread} s`,
  );
}
if (DOUBLE) {
  const big = buildFleet(FILES * 2);
  const r = timeLint(big, 'json', hasJobs ? workers : undefined);
  console.log(`  twice the fleet (${FILES * 2} files), --format json: ${(r.ms / 1000).toFixed(2)} s, peak RSS ${r.rssMb.toFixed(0)} MB (should stay about flat)`);
}
