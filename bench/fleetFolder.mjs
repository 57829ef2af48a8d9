// The bench fleet folder: a MAC-file set and a Common-file set in customer folders (50 phones each), made
// from the catalog (fleetText.mjs), about 27 KB a file, built once and kept in the temp folder between runs.
// Shared by bench/fleet.mjs (the CLI) and bench/scan.mjs (the language server's workspace scan).
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateFleetText } from './fleetText.mjs';

const PHONES_PER_CUSTOMER = 50;
const LINES_PER_FILE = 600; // about 27 KB with the generator's line lengths
const VARIANTS = 16; // distinct bodies; each file still gets its own MAC, labels and accounts

/** Builds (once) a fleet of `files` files: per customer folder one Common file and up to 50 MAC files. */
export function buildFleet(files) {
  const dir = join(tmpdir(), `yealink-cfg-bench-fleet-${files}`);
  if (existsSync(join(dir, '.complete'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  const building = `${dir}.building`;
  rmSync(building, { recursive: true, force: true });
  const bodies = Array.from({ length: VARIANTS }, (_, v) => generateFleetText(LINES_PER_FILE, v * 37).split('\r\n').slice(1).join('\r\n'));
  let written = 0;
  for (let customer = 0; written < files; customer++) {
    const folder = join(building, `customer-${String(customer).padStart(4, '0')}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'y000000000066.cfg'), `#!version:1.0.0.1\r\n# Common file of customer ${customer}\r\n${bodies[customer % VARIANTS]}`);
    written++;
    for (let phone = 0; phone < PHONES_PER_CUSTOMER && written < files; phone++, written++) {
      const mac = (0x001565000000 + written).toString(16).padStart(12, '0');
      const personal = `account.1.label = Phone ${written}\r\naccount.1.user_name = ${1000 + written}\r\naccount.1.auth_name = ${1000 + written}\r\n`;
      writeFileSync(join(folder, `${mac}.cfg`), `#!version:1.0.0.1\r\n${personal}${bodies[(customer + phone) % VARIANTS]}`);
    }
  }
  writeFileSync(join(building, '.complete'), '');
  renameSync(building, dir);
  return dir;
}

export function fleetFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...fleetFiles(path));
    else out.push(path);
  }
  return out;
}

