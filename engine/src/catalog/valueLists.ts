/**
 * Value lists shared by several parameter families, defined once. Facts: shared/yealink-format.md
 * sections 6 and 7 (Yealink templates' comment blocks and guide tables).
 */
import type { EnumValue, ValueKind } from './types';

const list = (pairs: ReadonlyArray<readonly [string, string]>): readonly EnumValue[] =>
  pairs.map(([value, label]) => ({ value, label }));

/** DSS key types used by linekey, memorykey, programablekey and expansion_module keys. */
export const DSS_KEY_TYPES: readonly EnumValue[] = list([
  ['0', 'N/A'],
  ['1', 'Conference'],
  ['2', 'Forward'],
  ['3', 'Transfer'],
  ['4', 'Hold'],
  ['5', 'DND'],
  ['6', 'Redial'],
  ['7', 'Call Return'],
  ['8', 'SMS'],
  ['9', 'Call Pickup (directed)'],
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
  ['34', 'Hot Desking'],
  ['35', 'URL Record'],
  ['38', 'LDAP'],
  ['39', 'BLF List'],
  ['40', 'Prefix'],
  ['41', 'Zero Touch'],
  ['42', 'ACD'],
  ['45', 'Local Group'],
  ['46', 'Network Directory Group'],
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
export const DSS_KEY_TYPE: ValueKind = { kind: 'enum', values: DSS_KEY_TYPES };
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
