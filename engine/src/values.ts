/**
 * Checks a value against its parameter's value kind and describes what is allowed, in words for the user.
 * Empty values and `%NULL%` are always accepted (Yealink's templates leave values blank; provisioning systems
 * write `%NULL%` for an empty value).
 */
import { isIPv6 } from 'node:net';
import type { ValueKind } from './catalog/types';

export const NULL_VALUE = '%NULL%';

/** A blank value keeps the phone's current one and `%NULL%` empties it: neither sets anything on its own. */
export function setsValue(value: string): boolean {
  return value !== '' && value !== NULL_VALUE;
}

export interface ValueProblem {
  /** What is wrong with the value. */
  readonly problem: string;
  /** What the parameter accepts. */
  readonly allowed: string;
  /** Values that would be accepted, nearest first, for quick fixes (enums and bools only). */
  readonly replacements: readonly string[];
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const HOSTNAME = /^(?=.{1,253}$)[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62})(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62}))*\.?$/;
const URL_SCHEME = /^(https?|ftps?|tftp|ldaps?|sips?|file):\/\//i;
const TIME = /^([01]?\d|2[0-3]):[0-5]\d$/;
const INTEGER = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Character classes in words where a plain reading of the class would puzzle (` -~` is printable ASCII). */
function describeCharset(charset: string): string {
  return charset === ' -~' ? 'printable ASCII characters' : `the characters [${charset}]`;
}

const descriptions = new WeakMap<ValueKind, string>();

/** Describes a value kind in a short phrase: "0 or 1", "an integer from 1 to 4094", ... */
export function describeKind(kind: ValueKind): string {
  // Kept per kind: a file with many bad values of one parameter (a fleet file) would describe it each time.
  let description = descriptions.get(kind);
  if (description === undefined) {
    description = describeKindOnce(kind);
    descriptions.set(kind, description);
  }
  return description;
}

function describeKindOnce(kind: ValueKind): string {
  switch (kind.kind) {
    case 'bool':
      return `0 (${kind.off ?? 'disabled'}) or 1 (${kind.on ?? 'enabled'})`;
    case 'enum':
      return kind.values.length <= 12
        ? `one of ${kind.values.map((v) => `${v.value} (${v.label})`).join(', ')}`
        : `one of ${kind.values.length} listed values`;
    case 'integer':
      return `a whole number from ${kind.min} to ${kind.max}${kind.unit ? ` ${kind.unit}` : ''}`;
    case 'float':
      return `a number from ${kind.min} to ${kind.max}${kind.unit ? ` ${kind.unit}` : ''}`;
    case 'ipv4':
      return 'an IPv4 address such as 192.168.1.10';
    case 'host':
      return 'an IP address or domain name, optionally with :port';
    case 'url':
      return 'a URL such as https://server/path';
    case 'time':
      return 'a time of day HH:MM (00:00 to 23:59)';
    case 'string': {
      const length = kind.lengths
        ? `exactly ${kind.lengths.join(' or ')} characters`
        : kind.maxLength !== undefined
          ? `at most ${kind.maxLength} characters`
          : 'text';
      return kind.charset ? `${length} made of ${describeCharset(kind.charset)}` : length;
    }
    case 'list':
      return `a list separated by "${kind.separator ?? ','}", each item ${describeKind(kind.item)}`;
    case 'text':
      return 'any text';
  }
}

const charsets = new Map<string, { whole: RegExp; single: RegExp }>();

/** Compiled once per charset: value checks run for every line of every file. */
function charsetPattern(charset: string): { whole: RegExp; single: RegExp } {
  let compiled = charsets.get(charset);
  if (!compiled) {
    compiled = { whole: new RegExp(`^[${charset}]*$`, 'u'), single: new RegExp(`^[${charset}]$`, 'u') };
    charsets.set(charset, compiled);
  }
  return compiled;
}

/** A port number 1 to 65535 (0 and 99999 are not ports). */
function isPort(text: string): boolean {
  return /^\d{1,5}$/.test(text) && Number(text) >= 1 && Number(text) <= 65535;
}

/** A domain name, or an IPv4 address when every label is a number (so 999.999.999.999 is refused). */
function isHostName(text: string): boolean {
  if (/^[\d.]+$/.test(text)) return IPV4.test(text);
  return HOSTNAME.test(text);
}

/** `host`, `host:port`, IPv4, `[IPv6]`, `[IPv6]:port` or a bare IPv6 address (`fe80::1`, zone `%eth0` allowed). */
function isHost(value: string): boolean {
  if (value.startsWith('[')) {
    const close = value.indexOf(']');
    if (close < 0) return false;
    const rest = value.slice(close + 1);
    return isIPv6(value.slice(1, close)) && (rest === '' || (rest.startsWith(':') && isPort(rest.slice(1))));
  }
  const colons = value.split(':').length - 1;
  if (colons > 1) return isIPv6(value);
  if (colons === 1) {
    const [host, port] = value.split(':');
    return isHostName(host) && isPort(port);
  }
  return isHostName(value);
}

/** A URL with a known scheme and a valid host (user info and path allowed), or a host with a path. */
function isUrl(value: string): boolean {
  const scheme = URL_SCHEME.exec(value);
  if (!scheme) return isHost(value.split('/', 1)[0]);
  const rest = value.slice(scheme[0].length);
  if (/\s/.test(rest)) return false;
  const authority = rest.split(/[/?#]/, 1)[0];
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  return host === '' ? scheme[1].toLowerCase() === 'file' : isHost(host);
}

/** Returns undefined when the value is fine, else what is wrong and what is allowed. */
// checkValue runs for every setting of every file: what it needs only for a bad value lives in the helpers
// below, since a closure over its parameters would make V8 allocate a scope on every call.

/** What is wrong with a value. */
function failure(kind: ValueKind, problem: string, replacements: readonly string[] = []): ValueProblem {
  return { problem, allowed: describeKind(kind), replacements };
}

/** A value an enum does not list, with the values it may have meant (same letters in another case, or a label). */
function notListed(kind: Extract<ValueKind, { kind: 'enum' }>, value: string): ValueProblem {
  const caseless = kind.values.find((v) => v.value.toLowerCase() === value.toLowerCase());
  const byLabel = kind.values.find((v) => v.label.toLowerCase() === value.toLowerCase());
  const replacements = [caseless?.value, byLabel?.value].filter((v): v is string => v !== undefined);
  return failure(kind, `"${value}" is not a permitted value`, [...new Set(replacements.length ? replacements : kind.values.map((v) => v.value))]);
}

/** The first character of a value that a character class does not allow. */
function firstOutside(value: string, single: RegExp): string | undefined {
  return [...value].find((ch) => !single.test(ch));
}

export function checkValue(kind: ValueKind, value: string): ValueProblem | undefined {
  if (value === '' || value === NULL_VALUE) return undefined;
  switch (kind.kind) {
    case 'bool':
      return value === '0' || value === '1' ? undefined : failure(kind, `"${value}" is not 0 or 1`, ['0', '1']);
    case 'enum': {
      for (const option of kind.values) if (option.value === value) return undefined;
      return notListed(kind, value);
    }
    case 'integer': {
      if (!INTEGER.test(value)) return failure(kind, `"${value}" is not a whole number`);
      const number = Number(value);
      return number < kind.min || number > kind.max ? failure(kind, `${value} is out of range`, [String(number < kind.min ? kind.min : kind.max)]) : undefined;
    }
    case 'float': {
      if (!FLOAT.test(value)) return failure(kind, `"${value}" is not a number`);
      const number = Number(value);
      return number < kind.min || number > kind.max ? failure(kind, `${value} is out of range`, [String(number < kind.min ? kind.min : kind.max)]) : undefined;
    }
    case 'ipv4':
      return IPV4.test(value) ? undefined : failure(kind, `"${value}" is not an IPv4 address`);
    case 'host':
      return isHost(value) ? undefined : failure(kind, `"${value}" is not an IP address or domain name`);
    case 'url':
      return isUrl(value) ? undefined : failure(kind, `"${value}" is not a URL`);
    case 'time':
      return TIME.test(value) ? undefined : failure(kind, `"${value}" is not a time HH:MM`);
    case 'string': {
      if (kind.lengths && !kind.lengths.includes(value.length)) return failure(kind, `the value has ${value.length} characters`);
      if (kind.maxLength !== undefined && value.length > kind.maxLength) return failure(kind, `the value has ${value.length} characters`);
      if (kind.charset) {
        const allowed = charsetPattern(kind.charset);
        if (!allowed.whole.test(value)) return failure(kind, `the character "${firstOutside(value, allowed.single)}" is not allowed`);
      }
      return undefined;
    }
    case 'list': {
      for (const item of value.split(kind.separator ?? ',')) {
        const problem = checkValue(kind.item, item.trim());
        if (problem) return { ...problem, problem: `item ${problem.problem}`, allowed: describeKind(kind) };
      }
      return undefined;
    }
    case 'text':
      return undefined;
  }
}

/** The meaning of one concrete value, for hover: "1: Enabled", "2: TLS". */
export function labelOfValue(kind: ValueKind, value: string): string | undefined {
  if (value === NULL_VALUE) return 'forces the parameter to an empty value';
  if (value === '') return 'blank: keeps the current value (or the factory default when overwrite mode is on)';
  if (kind.kind === 'bool') return value === '0' ? (kind.off ?? 'Disabled') : value === '1' ? (kind.on ?? 'Enabled') : undefined;
  if (kind.kind === 'enum') return kind.values.find((v) => v.value === value)?.label;
  return undefined;
}
