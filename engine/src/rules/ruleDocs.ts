/**
 * Where the README documents each rule (`#yl003`). The project has no public repository yet, so a face links
 * to the README it ships with: the extension's and the npm package's root holds it beside package.json. Without
 * a README there, findings carry no link rather than one that leads nowhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The link for one rule, or undefined without a README. */
export function ruleDocsLink(readmeUri: string | undefined, code: string): string | undefined {
  return readmeUri ? `${readmeUri}#${code.toLowerCase()}` : undefined;
}

/**
 * The README of the yealink-cfg package that holds `from` (a bundle's folder, e.g. `dist/`), as a file: URI:
 * the nearest folder above with this package's package.json and a README (vsce stores it as `readme.md`).
 */
export function shippedReadmeUri(from: string): string | undefined {
  let dir = from;
  for (let depth = 0; depth < 5; depth++) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'yealink-cfg') {
          const readme = readdirSync(dir).find((name) => /^readme\.md$/i.test(name));
          return readme ? pathToFileURL(join(dir, readme)).href : undefined;
        }
      } catch {
        /* not a readable manifest: keep looking */
      }
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}
