/**
 * Where a boot file's `include:config` path points. The phone resolves a relative path against the boot
 * file's own URL; here the path is resolved as a FILE PATH against the boot file's folder, the same way for
 * YL013, document links and merge, so `#`, `?` and `%` are ordinary characters of a file name, never a URL
 * fragment, query or escape. Remote URLs (`http://...`) are kept as they are.
 */
import { dirname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const URI = /^[a-z][a-z0-9+.-]+:/i; // a scheme of two or more letters, so `C:\fleet` stays a path
const REMOTE = /^[a-z][a-z0-9+.-]*:\/\//i;

/** True for `http://`, `tftp://` ... includes, which name a server, not a local file. */
export function isRemoteInclude(include: string): boolean {
  return REMOTE.test(include);
}

/** A document location (path or `file:` URI) as a path; undefined for other schemes (`untitled:`). */
function locationPath(documentLocation: string): string | undefined {
  if (!URI.test(documentLocation)) return documentLocation;
  if (!documentLocation.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(documentLocation);
  } catch {
    return undefined;
  }
}

/** The local file an include names, or undefined for remote URLs and unanchored documents. */
export function includeFile(documentLocation: string, include: string): string | undefined {
  if (include === '' || isRemoteInclude(include)) return undefined;
  const base = locationPath(documentLocation);
  if (base === undefined) return undefined;
  const path = sep === '/' ? include.replace(/\\/g, '/') : include;
  // join, not resolve: a relative boot-file path (a git tree listing) gives relative include paths.
  return isAbsolute(path) ? normalize(path) : join(dirname(base), path);
}

/** The URI an include names (remote URLs as given, local files as `file:` URIs), for document links. */
export function includeTarget(documentLocation: string, include: string): string | undefined {
  if (isRemoteInclude(include)) return include;
  const file = includeFile(documentLocation, include);
  return file === undefined ? undefined : pathToFileURL(file).toString();
}

/** Whether `file` lies inside `folder`'s tree (the folder itself or below it). */
export function insideFolder(folder: string, file: string): boolean {
  const rel = relative(resolve(folder), resolve(file));
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
