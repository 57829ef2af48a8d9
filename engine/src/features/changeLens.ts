/**
 * The code lens on the first line of a file that differs from its base version: what the change does to the
 * phones that download it. Clicking it opens the change-impact report (the face supplies the command).
 */
import type { Catalog } from '../catalog/catalog';
import type { AnalyzedDocument } from '../document';
import { impactAgainst, type BaseVersion } from '../impact/baseVersion';

export interface ChangeLens {
  /** 0-based line the lens stands on. */
  readonly line: number;
  readonly title: string;
  /** Reboot-requiring parameters the change sets. */
  readonly rebootChanges: number;
  readonly changes: number;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function changeLens(doc: AnalyzedDocument, base: BaseVersion, catalog: Catalog): ChangeLens | undefined {
  const impact = impactAgainst(base, doc, catalog);
  if (!impact) return undefined;
  const reboots = impact.changes.filter((c) => c.reboot).length;
  const title = impact.unreadable
    ? `Phones re-download this file; ${impact.unreadable}`
    : reboots > 0
      ? `This change reboots phones: ${plural(reboots, 'parameter')}`
      : impact.changes.length === 0
        ? 'Phones re-download this file; no setting changes'
        : `Phones re-download this file: ${plural(impact.changes.length, 'setting')} changed, no reboot`;
  return { line: 0, title, rebootChanges: reboots, changes: impact.changes.length };
}
