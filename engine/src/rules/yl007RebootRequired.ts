/** YL007: changing this parameter makes the phone reboot, which drops calls in progress. */
import type { Rule } from './rule';

export const rebootRequired: Rule = {
  code: 'YL007',
  title: 'Changing this parameter reboots the phone',
  defaultSeverity: 'warning',
  check({ doc, matchOf }, report) {
    for (const setting of doc.parsed.settings) {
      if (setting.templatedKey) continue;
      const match = matchOf(setting);
      if (!match?.spec.reboot) continue;
      report({
        line: setting.line,
        start: setting.keySpan.start,
        end: setting.keySpan.end,
        message: `Changing ${setting.key} makes the phone reboot after provisioning; calls in progress are dropped. Plan the rollout.`,
      });
    }
  },
};
