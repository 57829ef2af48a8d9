/**
 * The effective configuration a phone ends up with after applying several files in order
 * (download order from Yealink's auto-provisioning guides): a later value wins; `security.user_password` and
 * `static.security.user_password` merge per user name (text before the first `:`); empty values and
 * `%NULL%` are values; a boot file's `overwrite_mode = 1` makes blank values mean "factory default".
 * No file system: the caller reads (and decrypts) the files. The catalog says which parameters repeat
 * per user and which need a reboot. Older names and their `static.` successors stay separate keys here:
 * whether firmware treats them as one parameter is not documented.
 */
import { Catalog } from '../catalog/catalog';
import { repeatIdentity } from '../catalog/canonical';
import { classifyFile, isBootKind, type FileKind } from '../fileKind';
import { parse, type ContentKind } from '../parser';

export interface MergeInput {
  /** How the file is named in the result (a path or a workspace-relative name). */
  readonly file: string;
  /** The file's plain text (decrypted first by the caller). */
  readonly text: string;
}

export interface Provenance {
  readonly file: string;
  /** 1-based line number. */
  readonly line: number;
}

export interface OverriddenValue {
  readonly value: string;
  readonly source: Provenance;
}

/**
 * What a value does on the phone: `set` a value; `keep-current` (blank, overwrite mode off: the phone keeps
 * what it has); `factory-default` (blank with `overwrite_mode = 1`); `null` (`%NULL%`, forces an empty value).
 */
export type ValueEffect = 'set' | 'keep-current' | 'factory-default' | 'null';

export interface MergedEntry {
  readonly key: string;
  /** The merge identity: the key, or `key:user` for the per-user password keys. */
  readonly id: string;
  readonly value: string;
  readonly source: Provenance;
  /** Earlier values this one replaced, in the order they were applied. */
  readonly overridden: readonly OverriddenValue[];
  readonly reboot: boolean;
  readonly effect: ValueEffect;
}

export interface MergedFile {
  readonly file: string;
  readonly kind: FileKind;
  readonly content: ContentKind;
  /** Settings lines the file contributed (0 for boot files, which hold no parameters). */
  readonly settings: number;
  /** Values of this file that are in the result (not overridden by a later file). */
  readonly effective: number;
  /** For boot files: the include paths, in order. */
  readonly includes?: readonly string[];
  /** Why the file contributed nothing, when it did not. */
  readonly skipped?: string;
}

export interface MergeResult {
  readonly files: readonly MergedFile[];
  /** Each merge identity once, in the order it first appeared. */
  readonly entries: readonly MergedEntry[];
  /** Keys in the result that need a reboot, in result order, without repeats. */
  readonly rebootRequired: readonly string[];
  /** `overwrite_mode` from a boot file (or the options), when known. */
  readonly overwriteMode?: { readonly enabled: boolean; readonly source?: Provenance };
  /** Entries whose value replaced at least one earlier value. */
  readonly overriddenCount: number;
  readonly warnings: readonly string[];
}

export interface MergeOptions {
  /** Where reboot flags and per-user repeats come from (default: the shipped catalog). */
  readonly catalog?: Catalog;
  /** Overwrite mode when no boot file among the inputs says. */
  readonly overwriteMode?: boolean;
}

interface Building {
  key: string;
  id: string;
  value: string;
  source: Provenance;
  overridden: OverriddenValue[];
}

export function merge(inputs: readonly MergeInput[], options: MergeOptions = {}): MergeResult {
  const catalog = options.catalog ?? Catalog.default();
  const isRebootKey = (key: string): boolean => catalog.lookup(key)?.spec.reboot === true;
  const byId = new Map<string, Building>();
  const order: string[] = [];
  const files: MergedFile[] = [];
  const warnings: string[] = [];
  let overwriteMode: MergeResult['overwriteMode'] =
    options.overwriteMode === undefined ? undefined : { enabled: options.overwriteMode };
  const contributed = new Map<string, number>();

  for (const input of inputs) {
    const doc = parse(input.text);
    const kind = classifyFile(input.file).kind;
    if (doc.content !== 'plain') {
      const why =
        doc.content === 'legacy-ini'
          ? 'old INI format (before firmware V70): not merged'
          : doc.content === 'rsa-encrypted'
            ? 'RSA-encrypted: decrypt it first'
            : 'not readable text (encrypted?): decrypt it first';
      files.push({ file: input.file, kind, content: doc.content, settings: 0, effective: 0, skipped: why });
      warnings.push(`${input.file}: ${why}`);
      continue;
    }
    if (isBootKind(kind)) {
      for (const setting of doc.settings) {
        if (setting.key === 'overwrite_mode' || setting.key === 'static.overwrite_mode') {
          overwriteMode = { enabled: setting.value === '1', source: { file: input.file, line: setting.line + 1 } };
        }
      }
      const includes = doc.lines.flatMap((line) => (line.kind === 'include' ? [line.path] : []));
      files.push({ file: input.file, kind, content: doc.content, settings: 0, effective: 0, includes });
      continue;
    }
    for (const setting of doc.settings) {
      const id = repeatIdentity(setting.key, setting.value, catalog.lookup(setting.key)?.spec);
      const source = { file: input.file, line: setting.line + 1 };
      const existing = byId.get(id);
      if (existing) {
        existing.overridden.push({ value: existing.value, source: existing.source });
        existing.value = setting.value;
        existing.source = source;
      } else {
        byId.set(id, { key: setting.key, id, value: setting.value, source, overridden: [] });
        order.push(id);
      }
    }
    files.push({ file: input.file, kind, content: doc.content, settings: doc.settings.length, effective: 0 });
  }

  const factoryDefault = overwriteMode?.enabled === true;
  const entries: MergedEntry[] = order.map((id) => {
    const b = byId.get(id)!;
    contributed.set(b.source.file, (contributed.get(b.source.file) ?? 0) + 1);
    const effect: ValueEffect =
      b.value === '%NULL%' ? 'null' : b.value === '' ? (factoryDefault ? 'factory-default' : 'keep-current') : 'set';
    return { key: b.key, id, value: b.value, source: b.source, overridden: b.overridden, reboot: isRebootKey(b.key), effect };
  });
  const rebootRequired = [...new Set(entries.filter((e) => e.reboot).map((e) => e.key))];
  return {
    files: files.map((f) => (f.settings > 0 ? { ...f, effective: contributed.get(f.file) ?? 0 } : f)),
    entries,
    rebootRequired,
    overwriteMode,
    overriddenCount: entries.filter((e) => e.overridden.length > 0).length,
    warnings,
  };
}
