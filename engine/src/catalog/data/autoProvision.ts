/**
 * Auto provisioning: provisioning server, schedules (repeat, weekly, flexible), MAC-local handling,
 * configuration encryption keys, activation-code provisioning (static.autoprovision.X.*), TR-069.
 *
 * Sources: Yealink administrator guides V84/V85 (auto provisioning and encryption chapters), the V80
 * auto provisioning guide, and the auto provisioning and TR-069 comments of Yealink's V81 and V84 templates.
 */
import type { CatalogFamily, ParameterAlias, ParameterSpec, ValueKind } from '../types';
import { BOOL, TEXT, TIME, URL, bool, int, str } from '../valueLists';

/** Characters Yealink allows in AES keys (V85 administrator guide, encryption chapter, p. 119). */
const AES_CHARSET = '0-9A-Za-z#$%*+,\\-.:=?@\\[\\]\\^_{}~';
const AES_KEY: ValueKind = { kind: 'string', lengths: [16, 32], charset: AES_CHARSET };
const AES_KEY_16: ValueKind = { kind: 'string', lengths: [16], charset: AES_CHARSET };

/** Activation-code provisioning entries, X = 1..50 (Yealink's V84 Common template, Autop Code section). */
const CODE = { X: { min: 1, max: 50 } } as const;


const parameters: ParameterSpec[] = [
  // ---------------------------------------------------------------- server and firmware
  {
    pattern: 'static.auto_provision.server.url',
    value: URL,
    default: '',
    description:
      'Address of the provisioning server (http, https, ftp or tftp) the phone fetches its boot and CFG files from when no other source supplies one.',
    source: { guide: 'TPL-V81-3CX', page: 'Auto provisioning section, auto_provision.server.url' },
  },
  {
    pattern: 'static.firmware.url',
    value: URL,
    default: '',
    reboot: true,
    description:
      'Full URL of a firmware image; the phone downloads it during provisioning and upgrades when it differs from the running firmware.',
    source: { guide: 'TEMPLATE', page: 'Require reboot note' },
  },
  // ---------------------------------------------------------------- repeat / weekly / flexible schedules
  {
    pattern: 'static.auto_provision.repeat.enable',
    value: bool('No periodic check', 'Check the server every N minutes'),
    default: '0',
    description: 'Makes the phone re-run provisioning at a fixed interval, set by the repeat minutes parameter.',
    source: { guide: 'TPL-V81-3CX', page: 'Auto provisioning section, auto_provision.repeat.enable' },
  },
  {
    pattern: 'static.auto_provision.repeat.minutes',
    value: int(1, 43200, 'minutes'),
    default: '1440',
    description: 'Interval between periodic provisioning runs when repeat mode is on (1440 = once a day).',
    source: { guide: 'TPL-V81-3CX', page: 'Auto provisioning section, auto_provision.repeat.minutes' },
  },
  {
    pattern: 'static.auto_provision.weekly.enable',
    value: bool('Off', 'Provision on the chosen weekdays'),
    description: 'Schedules provisioning on chosen days of the week inside a time window, instead of or besides other triggers.',
    source: { guide: 'AG84', page: '95' },
  },
  {
    pattern: 'static.auto_provision.weekly_upgrade_interval',
    value: int(0, 12, 'weeks'),
    description:
      'Spreads weekly provisioning over several weeks: 0 runs on the chosen weekdays every week, N runs once on a random chosen weekday every N weeks.',
    source: { guide: 'AG84', page: '95' },
  },
  {
    pattern: 'static.auto_provision.inactivity_time_expire',
    value: int(0, 120, 'minutes'),
    description:
      'With weekly provisioning, waits until the phone has been idle this many minutes inside the time window; 0 ignores phone activity.',
    source: { guide: 'AG84', page: '95' },
  },
  {
    pattern: 'static.auto_provision.weekly.dayofweek',
    value: { kind: 'string', maxLength: 7, charset: '0-6' },
    default: '0123456',
    description:
      'Weekdays on which weekly provisioning may run, written as digits (0 = Sunday ... 6 = Saturday), e.g. 15 for Monday and Friday.',
    source: { guide: 'AG85-T21E2', page: '83' },
  },
  {
    pattern: 'static.auto_provision.weekly.begin_time',
    value: TIME,
    default: '00:00',
    description: 'Start of the daily window (HH:MM) in which weekly provisioning may run.',
    source: { guide: 'AG85-T21E2', page: '83' },
  },
  {
    pattern: 'static.auto_provision.weekly.end_time',
    value: TIME,
    default: '00:00',
    description: 'End of the daily window (HH:MM) for weekly provisioning.',
    source: { guide: 'AG85-T21E2', page: '83' },
  },
  {
    pattern: 'static.auto_provision.flexible.enable',
    value: bool('Off', 'Provision on a random day of each period'),
    default: '0',
    description:
      'Spreads server load: each phone provisions once per period on a day derived from its MAC address, at a random time inside the flexible window.',
    source: { guide: 'AG85-MH', page: '90' },
  },
  {
    pattern: 'static.auto_provision.flexible.interval',
    value: int(1, 1000, 'days'),
    default: '30',
    description: 'Length of the flexible provisioning period in days; the phone picks one day within it.',
    source: { guide: 'AG85-MH', page: '90' },
  },
  {
    pattern: 'static.auto_provision.flexible.begin_time',
    value: TIME,
    default: '02:00',
    description: 'Start of the time window (HH:MM) for flexible provisioning.',
    source: { guide: 'AG85-MH', page: '90' },
  },
  {
    pattern: 'static.auto_provision.flexible.end_time',
    value: TIME,
    description:
      'End of the flexible window (HH:MM). Blank or equal to the start means exactly at the start time; earlier than the start means the window runs past midnight.',
    source: { guide: 'AG85-MH', page: '90' },
  },
  // ---------------------------------------------------------------- behaviour during provisioning
  {
    pattern: 'static.auto_provision.prompt.enable',
    value: bool('Silent', 'Show update prompts'),
    description:
      'Shows the user a prompt about the configuration update and its result while provisioning runs.',
    source: { guide: 'AG84', page: '98' },
  },
  {
    pattern: 'static.auto_provision.connect.keep_alive',
    value: bool('New connection per file', 'Keep one connection open for all files'),
    reboot: true,
    description:
      'Lets the phone reuse one persistent connection to the server for all files of a provisioning run instead of opening a short connection per file.',
    source: { guide: 'AG84', page: '98' },
  },
  {
    pattern: 'static.auto_provision.reboot_force.enable',
    value: bool('Restart only when a changed setting needs it', 'Always restart after provisioning'),
    reboot: true,
    description: 'Forces a restart at the end of every provisioning run, even when no changed setting requires one.',
    source: { guide: 'TPL-V81-3CX', page: 'Auto provisioning section, auto_provision.reboot_force.enable' },
  },
  // ---------------------------------------------------------------- MAC-local file
  {
    pattern: 'static.auto_provision.custom.protect',
    value: bool('Provisioning overwrites UI changes', 'Keep UI changes in <MAC>-local.cfg'),
    default: '0',
    description:
      'Protects settings users change on the phone or web UI: they are kept in <MAC>-local.cfg and win over the downloaded files.',
    source: { guide: 'TPL-V81-3CX', page: 'Auto provisioning section, auto_provision.custom.protect' },
  },
  {
    pattern: 'static.auto_provision.custom.sync',
    value: bool('Keep <MAC>-local.cfg on the phone only', 'Upload and fetch <MAC>-local.cfg on the server'),
    description:
      'Synchronises <MAC>-local.cfg with the provisioning server (upload after changes, fetch during provisioning); has no effect unless custom.protect is on.',
    source: { guide: 'AP80', page: 'PDF page 61' },
  },
  // ---------------------------------------------------------------- encryption
  {
    pattern: 'static.auto_provision.update_file_mode',
    value: bool('Accept plain and encrypted files', 'Accept only encrypted files'),
    default: '0',
    description:
      'When on, the phone ignores unencrypted CFG and contact files from the server and applies only encrypted ones.',
    source: { guide: 'AG-CP960', page: '109' },
  },
  {
    pattern: 'static.auto_provision.aes_key_in_file',
    value: bool('Decrypt with the AES keys set on the phone', 'Take the key from the file or its .enc companion'),
    description:
      'Chooses where the decryption key comes from: the plaintext keys configured on the phone, or the RSA-mode file itself / its <name>.enc or <name>_Security.enc key file.',
    source: { guide: 'AG86-MH', page: '121' },
  },
  {
    pattern: 'static.auto_provision.aes_key.com',
    value: AES_KEY,
    default: '',
    description:
      'Plaintext AES key (16 or 32 characters) for encrypted common files; also used for MAC files when the MAC key is blank.',
    source: { guide: 'AG-CP960', page: '109' },
  },
  {
    pattern: 'static.auto_provision.aes_key.mac',
    value: AES_KEY,
    default: '',
    description:
      'Plaintext AES key (16 or 32 characters) for <MAC>.cfg, <MAC>-local.cfg and the contact file; blank means the common key is used.',
    source: { guide: 'AG-CP960', page: '109' },
  },
  {
    pattern: 'static.auto_provision.aes_key_16.com',
    value: AES_KEY_16,
    description: 'Older 16-character AES key for decrypting the Common CFG file.',
    source: { guide: 'TPL-V81-3CX', page: 'Auto provisioning section, AES key comments' },
  },
  {
    pattern: 'static.auto_provision.aes_key_16.mac',
    value: AES_KEY_16,
    description: 'Older 16-character AES key for decrypting the MAC-oriented CFG file.',
    source: { guide: 'TPL-V81-3CX', page: 'Auto provisioning section, AES key comments' },
  },
  {
    pattern: 'static.auto_provision.encryption.config',
    value: bool('Upload <MAC>-local.cfg in plain text', 'Encrypt <MAC>-local.cfg before upload'),
    description: 'Encrypts the <MAC>-local.cfg file with the symmetric key before the phone uploads it to the server.',
    source: { guide: 'AGT58', page: '332' },
  },
  {
    pattern: 'static.auto_provision.encryption.directory',
    value: bool('Upload the contact file in plain text', 'Encrypt <MAC>-contact.xml before upload'),
    description: 'Encrypts the uploaded <MAC>-contact.xml with the MAC AES key (or the common key when that is blank).',
    source: { guide: 'AG-CP960', page: '109' },
  },
  {
    pattern: 'static.auto_provision.encryption.call_log',
    value: BOOL,
    description: 'Encrypts the call log file the phone uploads to the server.',
    source: { guide: 'TPL-V84-COMMON', page: 'auto provisioning section, static.auto_provision.encryption.call_log' },
  },
  // ---------------------------------------------------------------- activation-code provisioning
  {
    pattern: 'static.autoprovision.X.name',
    indexes: CODE,
    value: str(100),
    reboot: true,
    description: 'Label of activation-code entry X, shown to the user who triggers provisioning by dialling a code.',
    source: { guide: 'TPL-V81-3CX', page: 'Autoprovision section, static.autoprovision.X.name' },
  },
  {
    pattern: 'static.autoprovision.X.code',
    indexes: CODE,
    value: str(100),
    reboot: true,
    description: 'Digits the user dials on an unregistered phone to start provisioning from the server of entry X.',
    source: { guide: 'TPL-V81-3CX', page: 'Autoprovision section, static.autoprovision.X.code' },
  },
  {
    pattern: 'static.autoprovision.X.url',
    indexes: CODE,
    value: URL,
    reboot: true,
    description: 'Provisioning server used when the activation code of entry X is dialled.',
    source: { guide: 'TPL-V81-3CX', page: 'Auto Provisioning Code section' },
  },
  {
    pattern: 'static.autoprovision.X.user',
    indexes: CODE,
    value: str(100),
    reboot: true,
    description: 'User name for the provisioning server of activation-code entry X.',
    source: { guide: 'TPL-V81-3CX', page: 'Autoprovision section, static.autoprovision.X.user' },
  },
  {
    pattern: 'static.autoprovision.X.password',
    indexes: CODE,
    value: str(100),
    reboot: true,
    description: 'Password for the provisioning server of activation-code entry X.',
    source: { guide: 'TPL-V81-3CX', page: 'Autoprovision section, static.autoprovision.X.password' },
  },
  {
    pattern: 'static.autoprovision.X.com_aes',
    indexes: CODE,
    value: AES_KEY,
    reboot: true,
    description: 'AES key for the encrypted common file fetched through activation-code entry X.',
    source: { guide: 'TPL-V81-3CX', page: 'Auto Provisioning Code section' },
  },
  {
    pattern: 'static.autoprovision.X.mac_aes',
    indexes: CODE,
    value: AES_KEY,
    reboot: true,
    description: 'AES key for the encrypted MAC file fetched through activation-code entry X.',
    source: { guide: 'TPL-V81-3CX', page: 'Auto Provisioning Code section' },
  },
  // ---------------------------------------------------------------- TR-069 (management server)
  {
    pattern: 'static.managementserver.enable',
    value: bool('TR-069 off', 'TR-069 client on'),
    reboot: true,
    description: 'Turns on the TR-069 (CWMP) client so an auto-configuration server can manage the phone.',
    source: { guide: 'TPL-V81-3CX', page: 'TR069 section' },
  },
  {
    pattern: 'static.managementserver.url',
    value: URL,
    reboot: true,
    description: 'Address of the TR-069 auto-configuration server (ACS).',
    source: { guide: 'TPL-V81-3CX', page: 'TR069 section' },
  },
  {
    pattern: 'static.managementserver.username',
    value: TEXT,
    reboot: true,
    description: 'User name the phone uses to log in to the ACS.',
    source: { guide: 'TPL-V81-3CX', page: 'TR069 section' },
  },
  {
    pattern: 'static.managementserver.password',
    value: TEXT,
    reboot: true,
    description: 'Password the phone uses to log in to the ACS.',
    source: { guide: 'TPL-V81-3CX', page: 'TR069 section' },
  },
  {
    pattern: 'static.managementserver.connection_request_username',
    value: TEXT,
    reboot: true,
    description: 'User name the ACS must give when it asks the phone to connect (connection request).',
    source: { guide: 'TPL-V81-3CX', page: 'TR069 section' },
  },
  {
    pattern: 'static.managementserver.connection_request_password',
    value: TEXT,
    reboot: true,
    description: 'Password the ACS must give with a connection request.',
    source: { guide: 'TPL-V81-3CX', page: 'TR069 section' },
  },
  {
    pattern: 'static.managementserver.periodic_inform_enable',
    value: bool('Inform only on events', 'Also inform at a fixed interval'),
    reboot: true,
    description: 'Makes the phone contact the ACS periodically, not only when something happens.',
    source: { guide: 'TPL-V81-3CX', page: 'TR069 section' },
  },
  {
    pattern: 'static.managementserver.periodic_inform_interval',
    value: TEXT,
    reboot: true,
    description: 'Time between periodic Inform messages to the ACS, in seconds.',
    source: { guide: 'TPL-V81-3CX', page: 'TR069 section' },
  },
];

const PRE_V81 = 'name without the static. prefix, used before V81';
const unprefixed = (pattern: string): ParameterAlias => ({
  alias: pattern.slice('static.'.length),
  of: pattern,
  note: PRE_V81,
});

const aliases: ParameterAlias[] = [
  // names seen without the prefix in the V80 guide and in Yealink's V81 template
  'static.auto_provision.custom.protect',
  'static.auto_provision.custom.sync',
  'static.auto_provision.repeat.enable',
  'static.auto_provision.repeat.minutes',
  'static.auto_provision.weekly.begin_time',
  'static.auto_provision.weekly.end_time',
  'static.auto_provision.aes_key_16.com',
  'static.auto_provision.aes_key_16.mac',
  // all TR-069 parameters exist with and without the prefix (V81 template: managementserver.*)
  ...parameters.map((spec) => spec.pattern).filter((pattern) => pattern.startsWith('static.managementserver.')),
].map(unprefixed);

export const family: CatalogFamily = {
  family: 'autoProvision',
  parameters,
  aliases,
};
