/**
 * Where a boot file's `include:config` path points. The phone resolves a relative path against the boot
 * file's own URL, so the editor resolves it against the boot file's location the same way.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';

const URI = /^[a-z][a-z0-9+.-]+:/i; // a scheme of two or more letters, so `C:\fleet` stays a path
const REMOTE = /^[a-z][a-z0-9+.-]*:\/\//i;

/** The URI an include names, or undefined when the document's location cannot anchor a relative path. */
export function includeTarget(documentLocation: string, include: string): string | undefined {
  if (REMOTE.test(include)) return include;
  const base = URI.test(documentLocation) ? documentLocation : pathToFileURL(documentLocation).toString();
  try {
    return new URL(include.replace(/\\/g, '/'), base).toString();
  } catch {
    return undefined;
  }
}

/** The local file an include names, or undefined for remote URLs and unanchored documents. */
export function includeFile(documentLocation: string, include: string): string | undefined {
  const target = includeTarget(documentLocation, include);
  return target?.startsWith('file:') ? fileURLToPath(target) : undefined;
}
