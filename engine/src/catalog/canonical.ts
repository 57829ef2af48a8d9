/**
 * The identity of a setting for "is this the same parameter?". Parameters that may repeat per user
 * (`security.user_password = admin:...`) include the text before their separator; older names map to
 * their current name for diagnostics.
 */
import { fillPlaceholders, type CatalogMatch } from './catalog';
import type { ParameterSpec } from './types';

/** The key, plus the distinguishing part of the value for parameters that legitimately repeat. */
export function repeatIdentity(key: string, value: string, spec: ParameterSpec | undefined): string {
  const separator = spec?.repeatableBy;
  if (separator === undefined) return key;
  const at = value.indexOf(separator);
  return `${key}${separator}${at >= 0 ? value.slice(0, at) : value}`;
}

/** The current name of a key: an older name becomes its successor (`network.x` -> `static.network.x`). */
export function canonicalName(key: string, match: CatalogMatch | undefined): string {
  // Numbers by position: the pattern's placeholders come in the order of `numbers`.
  return match?.alias ? fillPlaceholders(match.spec.pattern, (_letter, position) => String(match.numbers[position])) : key;
}

/** Like repeatIdentity, but an older name counts as its current name (`network.x` = `static.network.x`). */
export function canonicalKey(key: string, value: string, match: CatalogMatch | undefined): string {
  if (!match) return key;
  return repeatIdentity(canonicalName(key, match), value, match.spec);
}
