/**
 * The impact of one file's edit: whether phones re-download it (any byte changed its MD5), which effective
 * settings change and whether one of them reboots the phone.
 */
import type { Catalog } from '../catalog/catalog';
import { compareSettings, effectiveSettings, type FileSettings, type SettingChange } from './settingChanges';

export type FileStatus = 'modified' | 'added' | 'deleted';

export interface FileImpact {
  /** Relative to the repository root, `/`-separated. */
  readonly file: string;
  readonly status: FileStatus;
  /** Always true in a report (files whose bytes did not change are left out); kept for the JSON contract. */
  readonly contentChanged: boolean;
  /** Empty for an edit of comments or whitespace only: phones re-download the file but nothing takes effect. */
  readonly changes: readonly SettingChange[];
  readonly reboot: boolean;
  /** Why the settings could not be compared (an encrypted version); then `changes` is empty. */
  readonly unreadable?: string;
}

const UNREADABLE: Readonly<Record<string, string>> = {
  'rsa-encrypted': 'RSA-encrypted: settings not compared',
  binary: 'encrypted or not text: settings not compared',
  'legacy-ini': 'old INI format (before firmware V70): settings not compared',
};

/**
 * Compares two versions of a file; `undefined` means absent on that side. Returns undefined when the texts
 * are identical (the phone skips the file).
 */
export function fileImpact(file: string, before: string | undefined, after: string | undefined, catalog: Catalog): FileImpact | undefined {
  if (before === after) return undefined;
  const settingsOf = (text: string | undefined) => (text === undefined ? undefined : effectiveSettings(text, catalog));
  return settingsImpact(file, settingsOf(before), settingsOf(after), catalog);
}

/** A file absent on one side: nothing is set there. */
const ABSENT: FileSettings = { content: 'plain', settings: new Map() };

/**
 * fileImpact from the effective settings of two versions that differ (undefined: absent on that side), for a
 * caller that has them already: the editor keeps the base version's and has the document parsed.
 */
export function settingsImpact(file: string, before: FileSettings | undefined, after: FileSettings | undefined, catalog: Catalog): FileImpact {
  const status: FileStatus = before === undefined ? 'added' : after === undefined ? 'deleted' : 'modified';
  const was = before ?? ABSENT;
  const now = after ?? ABSENT;
  const unreadable = UNREADABLE[now.content] ?? UNREADABLE[was.content];
  if (unreadable) return { file, status, contentChanged: true, changes: [], reboot: false, unreadable };
  const changes = compareSettings(was.settings, now.settings, catalog);
  return { file, status, contentChanged: true, changes, reboot: changes.some((c) => c.reboot) };
}
