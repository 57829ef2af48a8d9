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

/**
 * Whether a `.cfg` or `.boot` file belongs to Yealink provisioning: by its name (`y000000000066.cfg`,
 * `<mac>.cfg`, any `.boot`) or by a Yealink first line. Other `.cfg` dialects in the same repository
 * (an Asterisk or a Cisco file) are left alone.
 */
export function isYealinkFile(path: string, firstLine: string): boolean {
  if (!/\.(cfg|boot)$/i.test(baseName(path))) return false;
  const kind = classifyFile(path).kind;
  const line = firstLine.replace(/^\uFEFF/, '');
  return (kind !== 'other' && kind !== 'key') || line.startsWith(HEADER) || line.startsWith(RSA_ENVELOPE_HEADER);
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
