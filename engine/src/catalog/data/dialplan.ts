/**
 * Dial plan: the four-pattern rules (replace, dial now, block out) and the digit map that can replace
 * them. Facts come from Yealink administrator guides; `page` is the page of the online copy that
 * ../sources.ts links.
 */
import type { CatalogFamily } from '../types';
import { bool, HOST, int, oneOf, PORT, str, TEXT, TRANSPORT, URL } from '../valueLists';

const RULE_100 = { X: { min: 1, max: 100 } } as const;

/** Line IDs a rule applies to: comma list of account numbers, 0 (or blank) = all lines. */
const LINE_IDS = { kind: 'list', item: { kind: 'integer', min: 0, max: 16 } } as const;

export const family: CatalogFamily = {
  family: 'dialplan',
  parameters: [
    // ---- Replace rules ----
    {
      pattern: 'dialplan.replace.prefix.X',
      indexes: RULE_100,
      value: str(32),
      description:
        'What the user dials that should be replaced (may use the dial plan pattern syntax: x, ., [], (), $n). Ignored while the digit map is enabled.',
      source: { guide: 'AG84', page: '298' },
    },
    {
      pattern: 'dialplan.replace.replace.X',
      indexes: RULE_100,
      value: str(32),
      description:
        'The number actually sent in place of a dialled string that matches dialplan.replace.prefix.X; $1, $2 ... insert the groups captured in the prefix.',
      source: { guide: 'AG84', page: '298' },
    },
    {
      pattern: 'dialplan.replace.line_id.X',
      indexes: RULE_100,
      value: LINE_IDS,
      description:
        'Accounts the replace rule applies to, as a comma list of account numbers; 0 or blank applies it to every line. Not available on T19(P) E2.',
      source: { guide: 'AG84', page: '298' },
    },
    {
      pattern: 'dialplan_replace_rule.url',
      value: URL,
      description: 'Where the phone downloads a replace rule file, to load many replace rules in one go instead of listing dialplan.replace.* keys.',
      source: { guide: 'AG80-T46G', page: '146' },
    },
    // ---- Dial now and block out ----
    {
      pattern: 'dialplan.dialnow.rule.X',
      indexes: RULE_100,
      value: TEXT,
      description:
        'Dial-now pattern: as soon as the digits entered match it, the phone places the call without waiting for the send key. Up to 100 rules. Ignored while the digit map is enabled.',
      source: { guide: 'AG84', page: '294' },
    },
    {
      pattern: 'dialplan.block_out.number.X',
      indexes: { X: { min: 1, max: 10 } },
      value: TEXT,
      description: 'A number (or pattern) users are not allowed to dial; the phone refuses the call when the entered number matches.',
      source: { guide: 'TPL-V81-3CX', page: 'Dial plan section, dialplan.block_out.number.X' },
    },
    // ---- Digit map ----
    {
      pattern: 'dialplan.digitmap.enable',
      value: bool('Use the four-pattern dial plan', 'Use the digit map'),
      default: '0',
      description:
        'Switches all lines to digit-map dialling (RFC 3435 style). While on, the replace/dial-now/area code/block-out rules are ignored. A per-account setting overrides it.',
      source: { guide: 'AG85-MH', page: '362' },
    },
    {
      pattern: 'dialplan.digitmap.string',
      value: str(2048),
      description:
        'The digit map itself: alternatives separated by |, using x, [], ., T (timer), <a:b> (replace), ! (block) and , (second dial tone). Only used while the digit map is enabled.',
      source: { guide: 'AG85-MH', page: '362' },
    },
    {
      pattern: 'dialplan.digitmap.interdigit_long_timer',
      value: int(0, 255, 'seconds'),
      default: '10',
      description:
        'How long the phone waits before dialling when the entered digits only partly match the digit map; 0 means a partial match is never dialled. Should be longer than the short timer.',
      source: { guide: 'AG86-MH', page: '368' },
    },
    {
      pattern: 'dialplan.digitmap.interdigit_short_timer',
      value: { kind: 'string', charset: '0-9|' },
      default: '3',
      description:
        'Seconds the T timer waits before a matching entry is dialled: one value for every entry, or a |-separated list giving one value per digit map entry in order.',
      source: { guide: 'AGT58', page: '221' },
    },
    {
      pattern: 'dialplan.digitmap.no_match_action',
      value: oneOf(
        ['0', 'Dial the entered number immediately'],
        ['1', 'Refuse the call ("Forbidden Number")'],
        ['2', 'Keep collecting digits; send manually or after the long timer'],
      ),
      description: 'What the phone does when the entered digits can no longer match any digit map entry.',
      source: { guide: 'AG81-T27G', page: '311' },
    },
    // ---- Emergency dial plan ----
    {
      pattern: 'dialplan.emergency.enable',
      value: bool('Emergency dial plan off', 'Emergency dial plan on'),
      default: '1',
      description:
        'Turns on the emergency dial plan: numbers listed in dialplan.emergency.X.value can always be dialled (even with the keypad locked or no account registered) and are routed as emergency calls.',
      source: { guide: 'AG-T5-MA', page: '227' },
    },
    {
      pattern: 'dialplan.emergency.X.value',
      indexes: { X: { min: 1, max: 255 } },
      value: TEXT,
      description:
        'An emergency number (or SIP URI) the phone treats as an emergency call. Entry 1 defaults to 911, the others are blank.',
      source: { guide: 'AG85-T21E2', page: '282' },
    },
    {
      pattern: 'dialplan.emergency.X.server_priority',
      indexes: { X: { min: 1, max: 255 } },
      value: { kind: 'list', item: oneOf(['1', 'Emergency server 1'], ['2', 'Emergency server 2'], ['3', 'Emergency server 3']) },
      default: '1, 2, 3',
      description:
        'Order in which the emergency servers are tried for emergency number X (comma list of 1, 2, 3). If an account is configured, its SIP server is used before these.',
      source: { guide: 'AG85-T21E2', page: '282' },
    },
    {
      pattern: 'dialplan.emergency.server.X.address',
      indexes: { X: { min: 1, max: 3 } },
      value: HOST,
      default: '',
      description: 'IP address or domain name of emergency server X, used to route emergency calls when no account SIP server is available.',
      source: { guide: 'AG85-MH', page: '370' },
    },
    {
      pattern: 'dialplan.emergency.server.X.port',
      indexes: { X: { min: 1, max: 3 } },
      value: PORT,
      description: 'SIP port of emergency server X.',
      source: { guide: 'AG84', page: '316' },
    },
    {
      pattern: 'dialplan.emergency.server.X.transport_type',
      indexes: { X: { min: 1, max: 3 } },
      value: TRANSPORT,
      default: '0',
      description: 'Transport (UDP, TCP, TLS or DNS-NAPTR) used to reach emergency server X.',
      source: { guide: 'AG85-T21E2', page: '282' },
    },
    {
      pattern: 'dialplan.emergency.asserted_id_source',
      value: oneOf(
        ['ELIN', 'LLDP-MED ELIN from the network (custom ID as fallback)'],
        ['CUSTOM', 'dialplan.emergency.custom_asserted_id (ELIN as fallback)'],
        ['HELD', 'Location from a HELD location server (newer firmware)'],
      ),
      default: 'ELIN',
      description:
        'Where the caller identity put in the P-Asserted-Identity header of emergency calls comes from. If neither ELIN nor a custom ID is available, no PAI header is sent.',
      source: { guide: 'AG-DECT-W53P', page: '147' },
    },
    {
      pattern: 'dialplan.emergency.custom_asserted_id',
      value: TEXT,
      default: '',
      description:
        'Caller identity for emergency calls when the source is CUSTOM: a 10 to 25 digit number, a SIP URI or a TEL URI.',
      source: { guide: 'AG85-MH', page: '370' },
    },
    {
      pattern: 'dialplan.emergency.held.server_url',
      value: TEXT,
      default: '',
      description: 'Primary Location Information Server the phone asks for its location (HELD) when the asserted ID source is HELD.',
      source: { guide: 'AG86-MH', page: '376' },
    },
    {
      pattern: 'dialplan.emergency.held.secondary.server_url',
      value: TEXT,
      description: 'Secondary Location Information Server for HELD location requests, used when the primary one fails.',
      source: { guide: 'AG86-MH', page: '376' },
    },
    {
      pattern: 'dialing_shortcut.url',
      value: URL,
      reboot: true,
      description: 'Address of the dialing-shortcut file the phone downloads; the phone reboots to apply a new address.',
      source: { guide: 'TEMPLATE', page: 'Require reboot note' },
    },
  ],
};
