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

export function renderImpactText(report: ImpactReport): string {
  const lines = [impactSummary(report)];
  for (const file of report.files) {
    const what = file.unreadable ?? (file.changes.length === 0 ? 'no setting change' : file.reboot ? 'reboots phones' : plural(file.changes.length, 'setting') + ' changed');
    lines.push(`${file.file} (${file.status}): ${what}`);
    for (const change of file.changes) lines.push(`  ${change.line === null ? file.file : `${file.file}:${change.line}`}: ${describeChange(change)}`);
  }
  for (const phone of report.phones) {
    lines.push(`phone ${phone.mac}${phone.reboot ? ' reboots' : ''} (${phone.files.join(', ')})`);
    for (const change of phone.changes) lines.push(`  ${describeChange(change)}`);
  }
  for (const phone of report.unresolvedPhones) lines.push(`phone ${phone.mac} not resolved: ${phone.reason}`);
  return `${lines.join('\n')}\n`;
}
