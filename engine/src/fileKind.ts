/**
 * What role a file plays in provisioning, from its name alone (file names as Yealink's auto-provisioning
 * guides define them: `y0000000000xx.cfg`, `<mac>.cfg`, `<mac>-local.cfg`, `.boot`).
 */
import { modelsForCommonCfg, type ModelInfo } from './catalog/models';
import { HEADER, RSA_ENVELOPE_HEADER } from './parser';

export type FileKind = 'common' | 'mac' | 'mac-local' | 'common-boot' | 'mac-boot' | 'boot' | 'key' | 'other';

export interface FileRole {
  readonly kind: FileKind;
  /** The MAC address in the name, lower-case, for MAC files. */
  readonly mac?: string;
  /** The Common CFG number, e.g. "66", for Common files. */
  readonly commonCfg?: string;
  /** Models that download this Common file. */
  readonly models: readonly ModelInfo[];
}

const COMMON = /^y0*(\d{1,3})\.cfg$/i;
const COMMON_EXACT = /^y\d{12}\.cfg$/i;
const MAC = /^([0-9a-f]{12})\.cfg$/i;
const MAC_LOCAL = /^([0-9a-f]{12})-local\.cfg$/i;
const MAC_BOOT = /^([0-9a-f]{12})\.boot$/i;

/** The last path segment, for either separator. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1];
}

export function classifyFile(path: string): FileRole {
  const name = baseName(path);
  if (/^y0{12}\.boot$/i.test(name)) return { kind: 'common-boot', models: [] };
  const macBoot = MAC_BOOT.exec(name);
  if (macBoot) return { kind: 'mac-boot', mac: macBoot[1].toLowerCase(), models: [] };
  if (/\.boot$/i.test(name)) return { kind: 'boot', models: [] };
  if (/_Security\.enc$|\.enc$/i.test(name)) return { kind: 'key', models: [] };
  if (COMMON_EXACT.test(name)) {
    const number = COMMON.exec(name)?.[1] ?? '0';
    const commonCfg = String(Number(number)).padStart(2, '0');
    return { kind: 'common', commonCfg, models: modelsForCommonCfg(commonCfg) };
  }
  const macLocal = MAC_LOCAL.exec(name);
  if (macLocal) return { kind: 'mac-local', mac: macLocal[1].toLowerCase(), models: [] };
  const mac = MAC.exec(name);
  if (mac) return { kind: 'mac', mac: mac[1].toLowerCase(), models: [] };
  return { kind: 'other', models: [] };
}

/** How much of a file `isYealinkFile` looks at: enough for its first lines. */
export const YEALINK_SNIFF_LENGTH = 4096;
/** First name parts of Yealink parameters, for files that lost their header (a custom-named CFG). */
const YEALINK_ROOTS = new Set([
  'account', 'static', 'features', 'network', 'phone_setting', 'linekey', 'programablekey', 'memorykey',
  'expansion_module', 'lang', 'local_time', 'auto_provision', 'voice', 'sip', 'security', 'remote_phonebook',
  'ldap', 'dialplan', 'push_xml', 'directory_setting', 'voice_mail', 'transfer', 'call_waiting',
]);
const SETTING = /^([a-z][a-z0-9_]*)\.[A-Za-z0-9_.]*\s*=/;
const SNIFF_SETTINGS = 10;

/**
 * THE rule for "is this a Yealink file", used by the editor's language detection, the server's workspace
 * scan and the CLI's folder walk. `head` is the start of the text (the first line at least; up to
 * YEALINK_SNIFF_LENGTH characters lets the content decide too). A `.cfg` or `.boot` file is Yealink's by
 * its name (`y000000000066.cfg`, `<mac>.cfg`, any `.boot`), by a Yealink first line, or, having neither,
 * when its first settings are all Yealink parameter names (at least three). Other `.cfg` dialects in the
 * same repository (haproxy, Asterisk's `sip.cfg`, Cisco) are left alone.
 */
export function isYealinkFile(path: string, head: string): boolean {
  if (!/\.(cfg|boot)$/i.test(baseName(path))) return false;
  const kind = classifyFile(path).kind;
  if (kind !== 'other' && kind !== 'key') return true;
  if (kind === 'key') return false;
  const text = head.replace(/^\uFEFF/, '');
  if (text.startsWith(HEADER) || text.startsWith(RSA_ENVELOPE_HEADER)) return true;
  let settings = 0;
  for (const raw of text.slice(0, YEALINK_SNIFF_LENGTH).split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const setting = SETTING.exec(line);
    if (!setting || !YEALINK_ROOTS.has(setting[1])) return false;
    if (++settings >= SNIFF_SETTINGS) break;
  }
  return settings >= 3;
}

/**
 * The settings a boot file may hold besides its include:config lines (Yealink T2/T4/T5 administrator guide
 * V84 and V85, boot file section; the Common boot template writes `specific_model.excluded_mode` without
 * `static.`). Boot files hold no configuration parameters.
 */
export const BOOT_KEYS: readonly string[] = ['overwrite_mode', 'specific_model.excluded_mode', 'static.specific_model.excluded_mode'];

/** Boot files of any kind: common, MAC-oriented or custom-named. */
export function isBootKind(kind: FileKind): boolean {
  return kind === 'common-boot' || kind === 'mac-boot' || kind === 'boot';
}

/** Human words for a file kind, for the status bar, code lens and merge summaries. */
export function describeFileKind(kind: FileKind): string {
  switch (kind) {
    case 'common':
      return 'Common CFG';
    case 'mac':
      return 'MAC-oriented CFG';
    case 'mac-local':
      return 'MAC-local CFG (changes made on the phone)';
    case 'common-boot':
      return 'Common boot file';
    case 'mac-boot':
      return 'MAC-oriented boot file';
    case 'boot':
      return 'Boot file';
    case 'key':
      return 'AES key file';
    case 'other':
      return 'Custom CFG';
  }
}
