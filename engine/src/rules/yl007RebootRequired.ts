/**
 * YL007: changing this parameter makes the phone reboot, which drops calls in progress. A phone reboots only
 * when such a value *changes* (Yealink auto-provisioning guide), so in a git repository the warning follows
 * the change: it marks the reboot-requiring lines whose effective value differs from the base version, and
 * nothing else. Outside git it is information on the values that set something. The setting
 * `rebootWarnings` chooses `changed` (default), `always` (every reboot-requiring value) or `off`.
 */
import { impactAgainst } from '../impact/baseVersion';
import { setsValue } from '../values';
import type { LineVisitor, Report, Rule } from './rule';

function warnEveryValue(report: Report, severity?: 'information'): LineVisitor {
  return {
    setting(setting, match) {
      if (!setsValue(setting.value) || !match?.spec.reboot) return;
      report({
        line: setting.line,
        start: setting.keySpan.start,
        end: setting.keySpan.end,
        severity,
        message: `Changing ${setting.key} makes the phone reboot after provisioning; calls in progress are dropped. Plan the rollout.`,
      });
    },
  };
}

export const rebootRequired: Rule = {
  code: 'YL007',
  title: 'Changing this parameter reboots the phone',
  defaultSeverity: 'warning',
  check(context, report) {
    const mode = context.settings.rebootWarnings ?? 'changed';
    if (mode === 'off') return;
    const { base, doc, catalog } = context;
    if (mode === 'always') return warnEveryValue(report);
    if (!base) return warnEveryValue(report, 'information');
    // Against a base, the change list decides (it compares the effective values of both versions).
    const impact = impactAgainst(base, doc, catalog);
    for (const change of impact?.changes ?? []) {
      if (!change.reboot || change.line === null) continue;
      const setting = doc.parsed.lines[change.line - 1];
      if (setting?.kind !== 'setting' || !setsValue(setting.value)) continue;
      const was = change.before === null ? `not set at ${base.ref}` : `${change.before === '' ? '(blank)' : change.before} at ${base.ref}`;
      report({
        line: setting.line,
        start: setting.keySpan.start,
        end: setting.keySpan.end,
        message: `This change reboots the phone: ${change.key} was ${was}, now ${change.after}. Phones that apply it reboot after provisioning and drop calls in progress; plan the rollout.`,
      });
    }
  },
};
