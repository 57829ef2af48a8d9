/**
 * The change impact of a set of files against a base version (`yealink-cfg impact`, the editor's report and
 * code lens): which files phones re-download, which settings change, which phones change and reboot.
 * The faces read both versions (git) and hand the texts in; this module reads nothing itself.
 */
import { Catalog } from '../catalog/catalog';
import { fileImpact, type FileImpact } from './fileImpact';
import { phonesImpact, type ImpactInput, type PhoneImpact, type UnresolvedPhone } from './phoneImpact';

export interface ImpactReport {
  /** The base the working files were compared with (a git ref). */
  readonly since: string;
  /** Files whose bytes changed, by path. */
  readonly files: readonly FileImpact[];
  /** Files with at least one reboot-requiring change. */
  readonly rebootFiles: readonly string[];
  /** Phones whose effective configuration changes, by MAC address. */
  readonly phones: readonly PhoneImpact[];
  /** Phones whose files could not be put together (unknown model, missing Common file), with the reason. */
  readonly unresolvedPhones: readonly UnresolvedPhone[];
}

export interface ImpactOptions {
  readonly since: string;
  readonly catalog?: Catalog;
  /** The model of phones whose MAC file does not name one. */
  readonly model?: string;
}

/** `inputs` holds every Yealink file in scope on either side, changed or not (phones need their Common file). */
export function computeImpact(inputs: readonly ImpactInput[], options: ImpactOptions): ImpactReport {
  const catalog = options.catalog ?? Catalog.default();
  const sorted = [...inputs].sort((a, b) => a.file.localeCompare(b.file));
  const files = sorted.flatMap((input) => fileImpact(input.file, input.before, input.after, catalog) ?? []);
  const { phones, unresolved } = phonesImpact(sorted, catalog, { model: options.model });
  return {
    since: options.since,
    files,
    rebootFiles: files.filter((f) => f.reboot).map((f) => f.file),
    phones,
    unresolvedPhones: unresolved,
  };
}

export type { FileImpact, ImpactInput, PhoneImpact, UnresolvedPhone };
