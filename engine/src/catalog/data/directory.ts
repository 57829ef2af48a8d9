/**
 * Directories: local contacts, remote (XML) phone books, LDAP and the call list.
 * Facts come from Yealink administrator guides; `page` is the viewer page of the copy named in
 * `sources`.
 */
import type { CatalogFamily } from '../types';
import { bool, oneOf, str, URL } from '../valueLists';

export const family: CatalogFamily = {
  family: 'directory',
  sources: {
    'AG84-T21': {
      title: 'Yealink SIP-T2/T4/T5/CP920 Administrator Guide (V84), easymanua.ls copy (viewer page ?p=N)',
      url: 'https://easymanua.ls/yealink/t21pe2/manual',
    },
    'W80-MH': {
      title: 'Yealink W80 DECT IP Multi-Cell System Administrator Guide, manualshive copy (viewer page ?page=N)',
      url: 'https://manualshive.com/en/manual/yealink/w80/908928',
    },
    'AG-T54S-EM': {
      title: 'Yealink SIP-T2/T4/T5 Series Administrator Guide (V83/V84), easymanua.ls T54S copy (viewer page ?p=N)',
      url: 'https://www.easymanua.ls/yealink/t54s/manual',
    },
  },
  parameters: [
    // ---- Local directory ----
    {
      pattern: 'local_contact.data.url',
      value: URL,
      description:
        'Where the phone downloads a local contact file (contact.xml) during provisioning; the downloaded contacts replace the ones on the phone.',
      source: { guide: 'AG-T54S-EM', page: '273' },
    },
    {
      pattern: 'local_contact.data_photo_tar.url',
      value: URL,
      description:
        'Where the phone downloads a TAR package holding a contact file together with contact photos, as an alternative to local_contact.data.url.',
      source: { guide: 'AG-T54S-EM', page: '273' },
    },
    // ---- Remote phone book ----
    {
      pattern: 'remote_phonebook.data.X.url',
      indexes: { X: { min: 1, max: 5 } },
      value: URL,
      default: '',
      description: 'Address of remote XML phone book number X (up to five), which users can browse and search from the Directory menu.',
      source: { guide: 'FORMAT', page: '7' },
    },
    // ---- Call list ----
    {
      pattern: 'call_list.url',
      value: URL,
      reboot: true,
      description: 'Where the phone downloads a call list (call history) file during provisioning.',
      source: { guide: 'FORMAT', page: '4' },
    },
    // ---- LDAP ----
    {
      pattern: 'ldap.enable',
      value: bool('LDAP directory off', 'LDAP directory on'),
      default: '0',
      description: 'Turns on lookups in a corporate LDAP directory from the phone; the server, base and filters are set with the other ldap.* keys.',
      source: { guide: 'W80-MH', page: '174' },
    },
    {
      pattern: 'ldap.name_filter',
      value: str(99),
      default: '',
      description:
        'LDAP search filter used when looking up contacts by name; % stands for what the user typed and * for anything, e.g. (|(cn=%)(sn=%)).',
      source: { guide: 'AG84', page: '277' },
    },
    {
      pattern: 'ldap.number_filter',
      value: str(99),
      description:
        'LDAP search filter used when looking up contacts by number; % stands for the digits entered, e.g. (|(telephoneNumber=%)(mobile=%)(ipPhone=%)).',
      source: { guide: 'AG84', page: '277' },
    },
    {
      pattern: 'ldap.search_type',
      value: oneOf(['0', 'Prefix match (entries starting with the input)'], ['1', 'Approximate match (entries containing the input)']),
      default: '0',
      description:
        'Whether LDAP lookups return entries that start with the typed characters or entries that merely contain them. Not offered on CP920.',
      source: { guide: 'AG84-T21', page: '248' },
    },
  ],
};
