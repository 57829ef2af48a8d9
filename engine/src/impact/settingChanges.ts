/**
 * What one file's edit changes for a phone. Yealink's auto-provisioning guide: a phone skips a file whose MD5
 * is unchanged, applies the values of one it re-downloads, and reboots once when at least one changed value
 * belongs to a parameter that needs a reboot. So the comparison is between the *effective* settings of the
 * two versions: the last line of a parameter wins, per-user `security.user_password` lines count per user,
 * and an older name and its `static.` successor are one parameter (the same identity as YL005).
 * Pure: the caller supplies both texts.
 */
import type { Catalog } from '../catalog/catalog';
import { canonicalKey, canonicalName } from '../catalog/canonical';
import { parse, type ContentKind, type ParsedDocument } from '../parser';

/** The effective value of one parameter in one file. */
export interface EffectiveSetting {
  /** The parameter's current name (an older name is reported under its `static.` successor). */
  readonly key: string;
  readonly value: string;
  /** 1-based line of the line that wins. */
  readonly line: number;
}

/** One parameter whose effective value differs between the two versions. */
export interface SettingChange {
  readonly key: string;
  /** null when the parameter is absent on that side. */
  readonly before: string | null;
  readonly after: string | null;
  /** 1-based line in the new version, null when the parameter was removed. */
  readonly line: number | null;
  /** The parameter needs a reboot and the new value takes effect (see {@link takesEffect}). */
  readonly reboot: boolean;
}

/** What a file's effective settings are, or why they cannot be read. */
export interface FileSettings {
  readonly content: ContentKind;
  /** By identity (the canonical name, plus `:user` for per-user parameters), in order of first appearance. */
  readonly settings: ReadonlyMap<string, EffectiveSetting>;
}

/** Identity of a boot file's `include:config` line, so added and removed includes show as changes. */
export const INCLUDE_KEY = 'include:config';

/** The effective settings of one file's text; a boot file's include lines count as `include:config` entries. */
export function effectiveSettings(text: string, catalog: Catalog): FileSettings {
  return effectiveSettingsOf(parse(text), catalog);
}

/** effectiveSettings of a text already parsed (the editor's document). */
export function effectiveSettingsOf(doc: ParsedDocument, catalog: Catalog): FileSettings {
  const settings = new Map<string, EffectiveSetting>();
  if (doc.content !== 'plain') return { content: doc.content, settings };
  for (const line of doc.lines) {
    if (line.kind === 'setting') {
      const match = line.templatedKey ? undefined : catalog.lookup(line.key);
      const id = canonicalKey(line.key, line.value, match);
      // Delete first so a later line moves the entry to its position: changes list in new-file order.
      settings.delete(id);
      settings.set(id, { key: canonicalName(line.key, match), value: line.value, line: line.line + 1 });
    } else if (line.kind === 'include') {
      const value = line.models.length > 0 ? `[${line.models.join(',')}]${line.path}` : line.path;
      settings.set(`${INCLUDE_KEY} ${value}`, { key: INCLUDE_KEY, value, line: line.line + 1 });
    }
  }
  return { content: doc.content, settings };
}

/**
 * Whether a new value changes what the phone runs with. A removed line or a blank value leaves the phone's
 * value as it is, unless overwrite mode is on (a boot file's `overwrite_mode = 1`), where a blank value, or a
 * removed non-`static.` parameter, returns to the factory default (Yealink administrator guides, overwrite mode).
 */
export function takesEffect(key: string, after: string | null, overwriteMode = false): boolean {
  if (after === null) return overwriteMode && !key.startsWith('static.');
  return after !== '' || overwriteMode;
}

export function isRebootKey(key: string, catalog: Catalog): boolean {
  return catalog.lookup(key)?.spec.reboot === true;
}

/** The parameters whose effective value differs: in new-file order, then the removed ones in old-file order. */
export function compareSettings(
  before: ReadonlyMap<string, EffectiveSetting>,
  after: ReadonlyMap<string, EffectiveSetting>,
  catalog: Catalog,
  overwriteMode = false,
): SettingChange[] {
  const changes: SettingChange[] = [];
  const change = (key: string, was: string | null, now: string | null, line: number | null): SettingChange => ({
    key,
    before: was,
    after: now,
    line,
    reboot: isRebootKey(key, catalog) && takesEffect(key, now, overwriteMode),
  });
  for (const [id, now] of after) {
    const was = before.get(id);
    if (was?.value !== now.value) changes.push(change(now.key, was?.value ?? null, now.value, now.line));
  }
  for (const [id, was] of before) {
    if (!after.has(id)) changes.push(change(was.key, was.value, null, null));
  }
  return changes;
}
