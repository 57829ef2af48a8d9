/**
 * The identity of a setting for "is this the same parameter?": older names map to their current name, and
 * parameters that may repeat per user (`security.user_password = admin:...`) include the user name.
 */
import { isPlaceholder, type CatalogMatch } from './catalog';

/** `match` is the catalog's answer for `key` (undefined when unknown: the key is its own identity). */
export function canonicalKey(key: string, value: string, match: CatalogMatch | undefined): string {
  if (!match) return key;
  let name = key;
  if (match.alias) {
    name = match.spec.pattern
      .split('.')
      .map((segment) => (isPlaceholder(segment) ? String(match.indexes[segment]) : segment))
      .join('.');
  }
  const separator = match.spec.repeatableBy;
  if (separator !== undefined) {
    const at = value.indexOf(separator);
    return `${name}${separator}${at >= 0 ? value.slice(0, at) : value}`;
  }
  return name;
}
