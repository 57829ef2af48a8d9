/**
 * The committed stand-in for the held-out evaluation: a small fleet of realistic provisioning files we wrote
 * ourselves (test/fixtures/fleet: Common, MAC, MAC-local and boot files for seven models, one as a template, names from the
 * catalog's Yealink sources). Three figures, the same kinds the held-out set measures:
 * - recognition: the share of distinct names the files set that the catalog knows;
 * - false alarms: warnings and errors on these valid files (the goal is none);
 * - seeded typos: each name with a letter dropped, swapped, doubled or replaced, or a dot lost, put back in
 *   its own file and checked with every rule: how many get a YL003 warning, and how many of those offer
 *   the original name first.
 * Run by fixtureFleet.test.ts (thresholds) and bench/fixtures.mjs (prints the figures).
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../catalog/catalog';
import { ROOT } from '../crypto/testPaths';
import { YealinkLanguageService } from '../languageService';
import { parse } from '../parser';
import type { Finding } from '../rules';
import { percent, seededTypos } from './typoBenchmark';

export const FIXTURE_FLEET = join(ROOT, 'test', 'fixtures', 'fleet');

export interface FleetFile {
  readonly path: string;
  readonly name: string;
  readonly text: string;
}

export interface FleetAlarm {
  readonly file: string;
  readonly line: number;
  readonly code: string;
  readonly message: string;
}

export interface FixtureFleetResult {
  readonly files: number;
  /** Distinct keys set in the .cfg files (template placeholders left out). */
  readonly names: readonly string[];
  readonly unknownNames: readonly string[];
  readonly falseAlarms: readonly FleetAlarm[];
  readonly typos: number;
  readonly warned: number;
  readonly firstRight: number;
  readonly misses: readonly { typo: string; original: string; offered?: string }[];
}

/** Every .cfg and .boot file of the fleet folder, sorted by name. */
export function fleetFiles(folder = FIXTURE_FLEET): FleetFile[] {
  return readdirSync(folder)
    .filter((name) => /\.(cfg|boot)$/i.test(name) && statSync(join(folder, name)).isFile())
    .sort()
    .map((name) => ({ path: join(folder, name), name, text: readFileSync(join(folder, name), 'utf8') }));
}

function lintWith(service: YealinkLanguageService, text: string, path: string): Finding[] {
  return service.validate(service.analyze(text, path));
}

export function runFixtureFleet(catalog: Catalog, folder = FIXTURE_FLEET, seed = 8): FixtureFleetResult {
  // Checked as `yealink-cfg lint` checks a folder: every rule, boot includes looked up on disk.
  const service = new YealinkLanguageService({}, catalog, { fileExists: (path) => existsSync(path) });
  const files = fleetFiles(folder);
  const falseAlarms: FleetAlarm[] = [];
  const firstFileOf = new Map<string, FleetFile>();
  for (const file of files) {
    for (const finding of lintWith(service, file.text, file.path)) {
      if (finding.severity === 'warning' || finding.severity === 'error') {
        falseAlarms.push({ file: file.name, line: finding.line + 1, code: finding.code, message: finding.message });
      }
    }
    if (!/\.cfg$/i.test(file.name)) continue;
    for (const setting of parse(file.text).settings) if (!setting.templatedKey && !firstFileOf.has(setting.key)) firstFileOf.set(setting.key, file);
  }
  const names = [...firstFileOf.keys()].sort();
  const unknownNames = names.filter((name) => !catalog.lookup(name));

  let warned = 0;
  let firstRight = 0;
  const misses: { typo: string; original: string; offered?: string }[] = [];
  const known = names.filter((name) => catalog.lookup(name));
  const typos = seededTypos(catalog, known, seed);
  for (const { typo, original } of typos) {
    const file = firstFileOf.get(original) as FleetFile;
    const lines = file.text.split('\n');
    const at = lines.findIndex((line) => line.startsWith(`${original} `) || line.startsWith(`${original}=`));
    lines[at] = typo + lines[at].slice(original.length);
    const finding = lintWith(service, lines.join('\n'), file.path).find((f) => f.code === 'YL003' && f.line === at && f.severity === 'warning');
    const offered = finding?.data?.replacements?.[0];
    if (finding) warned++;
    if (offered === original) firstRight++;
    else misses.push({ typo, original, offered });
  }
  return { files: files.length, names, unknownNames, falseAlarms, typos: typos.length, warned, firstRight, misses };
}

/** Recognition, typos warned and first suggestion right, as percentages with one decimal. */
export function fleetFigures(result: FixtureFleetResult): { recognised: number; typosWarned: number; firstRight: number } {
  return {
    recognised: percent(result.names.length - result.unknownNames.length, result.names.length),
    typosWarned: percent(result.warned, result.typos),
    firstRight: percent(result.firstRight, result.typos),
  };
}
