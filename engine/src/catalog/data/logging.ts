/**
 * Logging: export of the phone's system log to a syslog server.
 *
 * Sources: the syslog comments of Yealink's V81 template (server, level, reboot notes). The syslog, local
 * log and packet-capture chapters of the administrator guides were not retrievable from the reference
 * corpus, so only these keys are catalogued and the mode values stay `text`.
 */
import type { CatalogFamily, ParameterAlias, ParameterSpec } from '../types';
import { HOST, int, TEXT } from '../valueLists';


const parameters: ParameterSpec[] = [
  {
    pattern: 'static.syslog.server',
    value: HOST,
    reboot: true,
    description: 'Host name or IP address of the syslog server that receives the phone’s log messages.',
    source: { guide: 'TPL-V81-3CX', page: 'Syslog section, syslog.server' },
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
    source: { guide: 'TEMPLATE', page: 'Require reboot note' },
  },
];

const aliases: ParameterAlias[] = parameters.map((spec) => ({
  alias: spec.pattern.slice('static.'.length),
  of: spec.pattern,
  note: 'name without the static. prefix, used before V81',
}));

export const family: CatalogFamily = {
  family: 'logging',
  parameters,
  aliases,
};
