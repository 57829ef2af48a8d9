/**
 * Value lists shared by several parameter families, defined once. Facts come from Yealink's template
 * comment blocks and guide tables (each list names its source).
 */
import type { EnumValue, ValueKind } from './types';

const list = (pairs: ReadonlyArray<readonly [string, string]>): readonly EnumValue[] =>
  pairs.map(([value, label]) => ({ value, label }));

/**
 * DSS key types used by linekey, memorykey, programablekey and expansion_module keys. Codes 0-46 and
 * 48-49 with their names are Yealink's V70/V71 template lists (sipXyealink phone-7X.xml and its labels;
 * the programmable-key list also in the V81 template shipped with 3CX); 37 is the expansion-module
 * default named in that V81 template; the later codes (47, 50-52, 56, 61, 66, 73, 85, 104, 150, 310) are
 * those of the Tancredi project's key type map (yealink.macros), which follows newer firmware.
 */
export const DSS_KEY_TYPES: readonly EnumValue[] = list([
  ['0', 'N/A (unused)'],
  ['1', 'Conference'],
  ['2', 'Forward'],
  ['3', 'Transfer'],
  ['4', 'Hold'],
  ['5', 'DND'],
  ['6', 'Redial'],
  ['7', 'Call Return'],
  ['8', 'SMS'],
  ['9', 'Directed Pickup'],
  ['10', 'Call Park'],
  ['11', 'DTMF'],
  ['12', 'Voice Mail'],
  ['13', 'Speed Dial'],
  ['14', 'Intercom'],
  ['15', 'Line'],
  ['16', 'BLF'],
  ['17', 'URL'],
  ['18', 'Group Listening'],
  ['19', 'Public Hold'],
  ['20', 'Private Hold'],
  ['21', 'Shared Line'],
  ['22', 'XML Group'],
  ['23', 'Group Pickup'],
  ['24', 'Multicast Paging'],
  ['25', 'Record'],
  ['27', 'XML Browser'],
  ['28', 'History'],
  ['29', 'Directory (V7x firmware)'],
  ['30', 'Menu'],
  ['31', 'Switch Account'],
  ['32', 'New SMS'],
  ['33', 'Status'],
  ['34', 'Hot Desking'],
  ['35', 'URL Record'],
  ['37', 'Switch (expansion module page)'],
  ['38', 'LDAP'],
  ['39', 'BLF List'],
  ['40', 'Prefix'],
  ['41', 'Zero Touch'],
  ['42', 'ACD'],
  ['43', 'Local Phonebook'],
  ['44', 'BroadSoft Phonebook'],
  ['45', 'Local Group'],
  ['46', 'BroadSoft (Network) Group'],
  ['47', 'XML Phonebook'],
  ['48', 'Switch Account Up (V7x firmware)'],
  ['49', 'Switch Account Down (V7x firmware)'],
  ['50', 'Keypad Lock'],
  ['51', 'Switch Account Up'],
  ['52', 'Switch Account Down'],
  ['56', 'Retrieve Park'],
  ['61', 'Directory'],
  ['66', 'Paging List'],
  ['73', 'Custom Key'],
  ['85', 'Favorites'],
  ['104', 'Google Contacts'],
  ['150', 'Extend'],
  ['310', 'DECT Intercom'],
]);

/** SIP transport codes (account.X.transport, account.X.sip_server.Y.transport_type). */
export const SIP_TRANSPORTS: readonly EnumValue[] = list([
  ['0', 'UDP'],
  ['1', 'TCP'],
  ['2', 'TLS'],
  ['3', 'DNS-NAPTR'],
]);

/** Languages of the phone's screen (lang.gui). */
export const GUI_LANGUAGES: readonly EnumValue[] = list([
  ['English', 'English'],
  ['Chinese_S', 'Simplified Chinese'],
  ['Chinese_T', 'Traditional Chinese'],
  ['German', 'German'],
  ['French', 'French'],
  ['Turkish', 'Turkish'],
  ['Italian', 'Italian'],
  ['Polish', 'Polish'],
  ['Spanish', 'Spanish'],
  ['Portuguese', 'Portuguese'],
  ['Russian', 'Russian'],
  ['Hebrew', 'Hebrew'],
  ['Japanese', 'Japanese'],
  ['Korean', 'Korean'],
  ['Czech', 'Czech'],
  ['Dutch', 'Dutch'],
  ['Swedish', 'Swedish'],
]);

/** Ready-made value kinds that many entries share. */
export const BOOL: ValueKind = { kind: 'bool' };
export const TEXT: ValueKind = { kind: 'text' };
export const URL: ValueKind = { kind: 'url' };
export const HOST: ValueKind = { kind: 'host' };
export const IPV4: ValueKind = { kind: 'ipv4' };
export const TIME: ValueKind = { kind: 'time' };
export const PORT: ValueKind = { kind: 'integer', min: 1, max: 65535 };
/** DSCP value for QoS marking. */
export const DSCP: ValueKind = { kind: 'integer', min: 0, max: 63 };
export const DSS_KEY_TYPE: ValueKind = { kind: 'enum', values: DSS_KEY_TYPES, openEnded: true };
export const TRANSPORT: ValueKind = { kind: 'enum', values: SIP_TRANSPORTS };

/** A bool whose two states have parameter-specific meanings. */
export function bool(off: string, on: string): ValueKind {
  return { kind: 'bool', off, on };
}

/** An enum from [value, label] pairs. */
export function oneOf(...pairs: ReadonlyArray<readonly [string, string]>): ValueKind {
  return { kind: 'enum', values: list(pairs) };
}

export function int(min: number, max: number, unit?: string): ValueKind {
  return unit === undefined ? { kind: 'integer', min, max } : { kind: 'integer', min, max, unit };
}

/** Text of at most maxLength characters. */
export function str(maxLength: number): ValueKind {
  return { kind: 'string', maxLength };
}
