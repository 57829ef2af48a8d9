/**
 * Logging: export of the phone's system log to a syslog server.
 *
 * Sources: the reboot list in shared/yealink-format.md section 4 (template '#Require reboot' notes). The
 * syslog, local log and packet-capture chapters of the administrator guides were not retrievable from
 * the reference corpus, so only these keys are catalogued and their enumerations stay `text`.
 */
import type { CatalogFamily, ParameterAlias, ParameterSpec } from '../types';
import { HOST, int, TEXT } from '../valueLists';

const FORMAT_REBOOT = { guide: 'FORMAT', page: 'section 4' } as const;

const parameters: ParameterSpec[] = [
  {
    pattern: 'static.syslog.server',
    value: HOST,
    reboot: true,
    description: 'Host name or IP address of the syslog server that receives the phone’s log messages.',
    source: FORMAT_REBOOT,
  },
  {
    pattern: 'static.syslog.log_level',
    value: int(0, 6),
    default: '3',
    reboot: true,
    description: 'How detailed the exported log is, from 0 (nothing) to 6 (everything); raise it temporarily when troubleshooting, since high levels are verbose.',
    source: { guide: 'TPL-V81-3CX', page: 'Syslog section, syslog.log_level' },
  },
  {
    pattern: 'static.syslog.mode',
    value: TEXT,
    reboot: true,
    description: 'Older switch that chooses whether the system log stays on the phone or is sent to the syslog server.',
    source: FORMAT_REBOOT,
  },
];

const aliases: ParameterAlias[] = parameters.map((spec) => ({
  alias: spec.pattern.slice('static.'.length),
  of: spec.pattern,
  note: 'name without the static. prefix, used before V81 (shared/yealink-format.md section 4)',
}));

export const family: CatalogFamily = {
  family: 'logging',
  parameters,
  aliases,
};
