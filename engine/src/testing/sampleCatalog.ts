/**
 * A small, fixed catalog for unit tests, so rule and feature tests do not change when the shipped
 * catalog grows. Facts mirror the real entries (see ../catalog/data/).
 */
import { Catalog } from '../catalog/catalog';
import { NameSuggester } from '../catalog/suggest';
import type { CatalogFamily } from '../catalog/types';
import { BOOL, bool, DSS_KEY_TYPE, int, oneOf, TRANSPORT } from '../catalog/valueLists';

const source = { guide: 'AG84' };
const ACCOUNT = { X: { min: 1, max: 16, perModel: 'accounts' } } as const;

export const SAMPLE_FAMILY: CatalogFamily = {
  family: 'sample',
  parameters: [
    { pattern: 'account.X.enable', indexes: ACCOUNT, value: bool('Account off', 'Account on'), default: '0', description: 'Turns the account on.', source },
    { pattern: 'account.X.label', indexes: ACCOUNT, value: { kind: 'string', maxLength: 99 }, default: '', description: 'Name shown on the line key.', source },
    {
      pattern: 'account.X.sip_server.Y.address',
      indexes: { ...ACCOUNT, Y: { min: 1, max: 2 } },
      value: { kind: 'host' },
      default: '',
      description: 'Address of the SIP server.',
      source,
    },
    {
      pattern: 'account.X.sip_server.Y.transport_type',
      indexes: { ...ACCOUNT, Y: { min: 1, max: 2 } },
      value: TRANSPORT,
      default: '0',
      description: 'Transport to the SIP server.',
      source,
    },
    {
      pattern: 'static.network.internet_port.type',
      value: oneOf(['0', 'DHCP'], ['1', 'PPPoE'], ['2', 'Static IP']),
      default: '0',
      reboot: true,
      description: 'How the phone gets its IPv4 address.',
      source,
    },
    { pattern: 'network.vlan.internet_port_vid', value: int(1, 4094), default: '1', reboot: true, description: 'VLAN ID.', source },
    { pattern: 'network.vlan.internet_port_enable', value: BOOL, default: '0', reboot: true, description: 'VLAN on the Internet port.', source },
    {
      pattern: 'linekey.X.type',
      indexes: { X: { min: 1, max: 95, perModel: 'lineKeys' } },
      value: DSS_KEY_TYPE,
      default: '15',
      description: 'What the line key does.',
      source,
    },
    {
      pattern: 'programablekey.X.type',
      indexes: { X: { min: 1, max: 14, perModel: 'programmableKeys', gaps: [11] } },
      value: DSS_KEY_TYPE,
      description: 'What the programmable key does.',
      source,
    },
    { pattern: 'static.security.user_password', value: { kind: 'text' }, repeatableBy: ':', description: 'user:password', source },
    { pattern: 'features.bluetooth_enable', value: BOOL, default: '1', models: ['T5', 'CP'], description: 'Bluetooth.', source },
    { pattern: 'lang.gui', value: oneOf(['English', 'English'], ['German', 'German']), default: 'English', description: 'Screen language.', source },
  ],
  aliases: [
    { alias: 'network.internet_port.type', of: 'static.network.internet_port.type', note: 'name before V81' },
    { alias: 'security.user_password', of: 'static.security.user_password', note: 'name before V81' },
  ],
};

export const sampleCatalog = new Catalog([SAMPLE_FAMILY]);
export const sampleSuggester = new NameSuggester(sampleCatalog);
