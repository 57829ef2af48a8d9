/**
 * Directories: local contacts, remote (XML) phone books, LDAP and the call list.
 * Facts come from Yealink administrator guides; `page` is the page of the online copy that
 * ../sources.ts links.
 */
import type { CatalogFamily } from '../types';
import { bool, oneOf, str, URL } from '../valueLists';

export const family: CatalogFamily = {
  family: 'directory',
  parameters: [
    // ---- Local directory ----
    {
      pattern: 'local_contact.data.url',
      value: URL,
      description:
        'Where the phone downloads a local contact file (contact.xml) during provisioning; the downloaded contacts replace the ones on the phone.',
      source: { guide: 'AG84-T54S', page: '273' },
    },
    {
      pattern: 'local_contact.data_photo_tar.url',
      value: URL,
      description:
        'Where the phone downloads a TAR package holding a contact file together with contact photos, as an alternative to local_contact.data.url.',
      source: { guide: 'AG84-T54S', page: '273' },
    },
    // ---- Remote phone book ----
    {
      pattern: 'remote_phonebook.data.X.url',
      indexes: { X: { min: 1, max: 5 } },
      value: URL,
      default: '',
      description: 'Address of remote XML phone book number X (up to five), which users can browse and search from the Directory menu.',
      source: { guide: 'TPL-V81-3CX', page: 'Remote phonebook section, remote_phonebook.data.X.url' },
    },
    // ---- Call list ----
    {
      pattern: 'call_list.url',
      value: URL,
      reboot: true,
      description: 'Where the phone downloads a call list (call history) file during provisioning.',
      source: { guide: 'TPL-V81-3CX', page: 'call_list.url comment' },
    },
    // ---- LDAP ----
    {
      pattern: 'ldap.enable',
      value: bool('LDAP directory off', 'LDAP directory on'),
      default: '0',
      description: 'Turns on lookups in a corporate LDAP directory from the phone; the server, base and filters are set with the other ldap.* keys.',
      source: { guide: 'AG-W80', page: '174' },
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
      source: { guide: 'AG85-T21E2', page: '248' },
    },
  ],
};
