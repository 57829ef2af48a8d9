/**
 * Time and date: time zone, NTP servers, daylight saving time and the display format of the clock.
 * Facts come from Yealink administrator guides and Yealink's V81 template; `page` is the page of the
 * online copy that ../sources.ts links.
 */
import type { CatalogFamily } from '../types';
import { HOST, int, oneOf, TEXT } from '../valueLists';

/** DST rule: Month/Day/Hour (by date) or Month/WeekOfMonth/DayOfWeek/Hour[/OffsetDays] (by week). */
const DST_RULE = { kind: 'string', maxLength: 16, charset: '0-9/-' } as const;

export const family: CatalogFamily = {
  family: 'time',
  parameters: [
    // ---- Time zone and NTP ----
    {
      pattern: 'local_time.time_zone',
      value: { kind: 'string', maxLength: 6, charset: '0-9:+-' },
      default: '+8',
      description:
        'Offset of local standard time from UTC, written with a sign (e.g. -5, +1); whole hours run from -11 to +12, and some zones use hours:minutes such as +5:30. Set it together with local_time.time_zone_name.',
      source: { guide: 'TPL-V81-3CX', page: 'Time section, local_time.time_zone' },
    },
    {
      pattern: 'local_time.time_zone_name',
      value: TEXT,
      description:
        'Name of the time zone entry (as listed in the phone’s time zone table, e.g. a country and city), which also selects the built-in automatic DST rule for that zone.',
      source: { guide: 'TPL-GIST' },
    },
    {
      pattern: 'local_time.ntp_server1',
      value: HOST,
      default: 'cn.pool.ntp.org',
      description: 'Primary NTP server (domain name or IP address) the phone synchronises its clock with; point it at your own or a regional pool.',
      source: { guide: 'TPL-V81-3CX', page: 'Time section, local_time.ntp_server1' },
    },
    {
      pattern: 'local_time.ntp_server2',
      value: HOST,
      description: 'Backup NTP server, used when the primary one does not answer.',
      source: { guide: 'TPL-GIST' },
    },
    {
      pattern: 'local_time.interval',
      value: int(15, 86400, 'seconds'),
      default: '1000',
      description: 'How often, in seconds, the phone re-synchronises with the NTP server.',
      source: { guide: 'TPL-V83-COMMON', page: 'time section, local_time.interval' },
    },
    // ---- Daylight saving time ----
    {
      pattern: 'local_time.summer_time',
      value: oneOf(['0', 'Disabled'], ['1', 'Enabled (rule set by dst_time_type/start_time/end_time)'], ['2', 'Automatic (rule from the time zone)']),
      default: '2',
      description:
        'Daylight saving time mode. Automatic follows the rule built in for the selected time zone; Enabled uses the rule you give in the other local_time.* DST keys.',
      source: { guide: 'AG85-MH', page: '225' },
    },
    {
      pattern: 'local_time.dst_time_type',
      value: oneOf(['0', 'DST by date'], ['1', 'DST by week']),
      default: '0',
      description:
        'How local_time.start_time and end_time are read: as fixed dates, or as the Nth weekday of a month. Only used when local_time.summer_time is 1.',
      source: { guide: 'AG85-MH', page: '225' },
    },
    {
      pattern: 'local_time.start_time',
      value: DST_RULE,
      default: '1/1/0',
      description:
        'When DST begins. By date: Month/Day/Hour (e.g. 3/25/2). By week: Month/WeekOfMonth(1-5, 5 = last)/DayOfWeek(1 = Monday .. 7 = Sunday)/Hour, optionally followed by an offset of -1 to -6 days. Only used when summer_time is 1.',
      source: { guide: 'AG85-MH', page: '225' },
    },
    {
      pattern: 'local_time.end_time',
      value: DST_RULE,
      default: '12/31/23',
      description: 'When DST ends, in the same format as local_time.start_time. Only used when summer_time is 1.',
      source: { guide: 'AG-CP860', page: 'PDF page 72' },
    },
    {
      pattern: 'local_time.offset_time',
      value: { kind: 'integer', min: -300, max: 300, unit: 'minutes' },
      description:
        'How many minutes the clock moves while DST is in effect (usually 60). Only used when summer_time is 1.',
      source: { guide: 'AG-T4X', page: 'PDF page 260' },
    },
    // ---- Display ----
    {
      pattern: 'local_time.time_format',
      value: oneOf(['0', '12-hour'], ['1', '24-hour']),
      default: '1',
      description: 'Whether the phone shows time in 12-hour or 24-hour form.',
      source: { guide: 'TPL-V81-3CX', page: 'Time section, local_time.time_format' },
    },
  ],
};
