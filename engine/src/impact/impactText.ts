/**
 * The short, human form of an impact report: one summary line ("3 files changed; 2 phones reboot (...); 1 file
 * re-downloaded with no setting change"), then each changed file and phone with its changes, `file:line` first
 * so terminals and editors link them.
 */
import type { ImpactReport } from './impact';
import type { SettingChange } from './settingChanges';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function shownValue(value: string | null): string {
  return value === null ? '(absent)' : value === '' ? '(blank)' : value;
}

export function describeChange(change: Omit<SettingChange, 'line'>): string {
  return `${change.key}: ${shownValue(change.before)} -> ${shownValue(change.after)}${change.reboot ? ' (reboot)' : ''}`;
}

/** The first line of the report. */
export function impactSummary(report: ImpactReport): string {
  if (report.files.length === 0) return `No Yealink file changed since ${report.since}`;
  const parts = [plural(report.files.length, 'file') + ' changed'];
  const rebooting = report.phones.filter((p) => p.reboot);
  if (rebooting.length > 0) parts.push(`${plural(rebooting.length, 'phone')} reboot (${rebooting.map((p) => p.mac).join(', ')})`);
  else if (report.rebootFiles.length > 0) parts.push(`${plural(report.rebootFiles.length, 'file')} with reboot-requiring changes`);
  const quiet = report.phones.length - rebooting.length;
  if (quiet > 0) parts.push(`${plural(quiet, 'phone')} updated without a reboot`);
  const noSetting = report.files.filter((f) => f.changes.length === 0 && !f.unreadable).length;
  if (noSetting > 0) parts.push(`${plural(noSetting, 'file')} re-downloaded with no setting change`);
  if (report.unresolvedPhones.length > 0) parts.push(`${plural(report.unresolvedPhones.length, 'phone')} not resolved`);
  return parts.join('; ');
}

/** One line of the report, and the file line it points at (for links in the editor's report). */
export interface ImpactLine {
  readonly text: string;
  /** `file` relative to the repository root; `line` 1-based. */
  readonly target?: { readonly file: string; readonly line: number };
}

export function impactLines(report: ImpactReport): ImpactLine[] {
  const lines: ImpactLine[] = [{ text: impactSummary(report) }];
  for (const file of report.files) {
    const what = file.unreadable ?? (file.changes.length === 0 ? 'no setting change' : file.reboot ? 'reboots phones' : plural(file.changes.length, 'setting') + ' changed');
    lines.push({ text: `${file.file} (${file.status}): ${what}`, target: file.status === 'deleted' ? undefined : { file: file.file, line: 1 } });
    for (const change of file.changes) {
      const at = change.line === null ? undefined : { file: file.file, line: change.line };
      lines.push({ text: `  ${at ? `${at.file}:${at.line}` : file.file}: ${describeChange(change)}`, target: at });
    }
  }
  for (const phone of report.phones) {
    const macFile = phone.files.find((file) => file.toLowerCase().endsWith(`${phone.mac}.cfg`));
    lines.push({ text: `phone ${phone.mac}${phone.reboot ? ' reboots' : ''} (${phone.files.join(', ')})`, target: macFile ? { file: macFile, line: 1 } : undefined });
    for (const change of phone.changes) lines.push({ text: `  ${describeChange(change)}` });
  }
  for (const phone of report.unresolvedPhones) lines.push({ text: `phone ${phone.mac} not resolved: ${phone.reason}` });
  return lines;
}

export function renderImpactText(report: ImpactReport): string {
  return `${impactLines(report)
    .map((line) => line.text)
    .join('\n')}\n`;
}
