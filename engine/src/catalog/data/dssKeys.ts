/**
 * DSS keys: line keys, programmable keys, memory keys (old T2xP) and expansion-module keys, plus
 * key-related switches. Facts come from Yealink administrator guides and templates (pages cited per
 * entry: the page of the online copy that ../sources.ts links).
 *
 * Ranges: X of linekey is bounded per model (up to 95 on T77U/T87W/T88); programmable keys are
 * 1..14 with holes that differ between models (T48G/T46G lack key 11, T42G/T41P have 1-10 and 13), and
 * EXP20 modules (T29G/T27P/T27G) have no key 21; the models table records both per model.
 */
import type { CatalogFamily, ParameterSpec } from '../types';
import { bool, DSS_KEY_TYPE, int, TEXT } from '../valueLists';

const LINEKEY = { X: { min: 1, max: 95, perModel: 'lineKeys' } } as const;
const PROGKEY = { X: { min: 1, max: 14, perModel: 'programmableKeys' } } as const;
const MEMKEY = { X: { min: 1, max: 10, perModel: 'memoryKeys' } } as const;
const EXTKEY = {
  X: { min: 1, max: 6, perModel: 'expansionModules' },
  Y: { min: 1, max: 78, perModel: 'expansionKeys' },
} as const;

type Family = 'linekey' | 'programablekey' | 'memorykey' | 'ext';

const prefix: Record<Family, string> = {
  linekey: 'linekey.X',
  programablekey: 'programablekey.X',
  memorykey: 'memorykey.X',
  ext: 'expansion_module.X.key.Y',
};
const indexes = { linekey: LINEKEY, programablekey: PROGKEY, memorykey: MEMKEY, ext: EXTKEY } as const;
const noun: Record<Family, string> = {
  linekey: 'line key',
  programablekey: 'programmable key',
  memorykey: 'memory key (T26P/T28P)',
  ext: 'expansion-module key (Y on module X)',
};

/** One entry for a key attribute shared by the four key families. */
function key(
  family: Family,
  attr: string,
  value: ParameterSpec['value'],
  what: string,
  source: ParameterSpec['source'],
  extra: Partial<ParameterSpec> = {},
): ParameterSpec {
  return {
    pattern: `${prefix[family]}.${attr}`,
    indexes: indexes[family],
    value,
    description: `${what.replace('{key}', noun[family])}`,
    source,
    ...extra,
  };
}

/**
 * Account a key works on: 1-16 in the V8x guides' DSS key table; V7x templates also permit 0, "Auto"
 * (the first available line), which still works on those keys, so 0 is accepted.
 */
const LINE_OF_KEY = int(0, 16);

const families: Family[] = ['linekey', 'programablekey', 'memorykey', 'ext'];

const keyEntries: ParameterSpec[] = [];
for (const f of families) {
  keyEntries.push(
    key(
      f,
      'type',
      DSS_KEY_TYPE,
      'Function of this {key}: line, BLF, speed dial, DTMF, park, URL and so on (code list as in the DSS key type table).',
      f === 'memorykey' || f === 'programablekey'
        ? { guide: 'AG-T2XP', page: 'PDF page 415' }
        : { guide: 'AG81-T29G', page: '200' },
      f === 'memorykey' ? { models: ['T26P', 'T28P'] } : {},
    ),
    key(
      f,
      'line',
      LINE_OF_KEY,
      'Account (line 1..16) that this {key} uses when it places calls, monitors BLF or sends codes; on V7x firmware 0 means the first available line (line 1 for BLF, pickup, park and voice mail keys).',
      f === 'memorykey' || f === 'programablekey'
        ? { guide: 'TPL-SIPX-V7X', page: 'phone-7X.xml, memory and programmable key comments' }
        : { guide: 'AG81', page: '617' },
      f === 'memorykey' ? { models: ['T26P', 'T28P'] } : {},
    ),
    key(
      f,
      'value',
      TEXT,
      'Main value of this {key}: the number to dial or monitor, the URL, DTMF digits or code, depending on its type.',
      { guide: 'AG81', page: '617' },
      f === 'memorykey' ? { models: ['T26P', 'T28P'] } : {},
    ),
    key(
      f,
      'extension',
      TEXT,
      'Extra value for this {key}: the pickup code for a BLF key, the conference ID for a Meet-Me key, or the channel of a multicast paging key.',
      f === 'linekey' || f === 'ext' ? { guide: 'AGT5', page: '516' } : { guide: 'AG81', page: '617' },
      f === 'memorykey' ? { models: ['T26P', 'T28P'] } : {},
    ),
  );
  if (f !== 'memorykey') {
    keyEntries.push(
      key(
        f,
        'label',
        TEXT,
        'Text shown next to this {key} on the screen; blank lets the phone choose a label.',
        { guide: 'AG81-T48G', page: '294' },
      ),
      key(
        f,
        'xml_phonebook',
        TEXT,
        'Which remote phone book or LDAP directory an XML Group / LDAP type {key} opens.',
        { guide: 'AG81', page: '617' },
      ),
    );
  }
}

export const family: CatalogFamily = {
  family: 'dssKeys',
  parameters: [
    ...keyEntries,
    {
      pattern: 'linekey.X.shortlabel',
      indexes: LINEKEY,
      value: TEXT,
      description: 'Short label used for a line key where space is tight (used for example when assigning an ACD key).',
      source: { guide: 'AG81-MH', page: '591' },
    },
    {
      pattern: 'linekey.X.pickup_value',
      indexes: LINEKEY,
      value: TEXT,
      description: 'Directed pickup code used by a BLF line key to pick up a call ringing on the monitored extension.',
      source: { guide: 'AG84-T48G', page: '1' },
    },
    {
      pattern: 'phone_setting.dsskey_hide_enable',
      value: bool('Show DSS keys', 'Hide DSS keys'),
      reboot: true,
      description: 'Controls whether the DSS keys are hidden on the phone screen; the phone reboots to apply a change.',
      source: { guide: 'TEMPLATE', page: 'Require reboot note' },
    },
    {
      pattern: 'features.auto_linekeys.enable',
      value: bool('One line key per account', 'Give accounts several line keys'),
      default: '0',
      description:
        'Lets an account take several line keys automatically (how many is set per account with account.X.number_of_linekey), spreading its calls across them.',
      source: { guide: 'AGT58', page: '185' },
    },
  ],
};
