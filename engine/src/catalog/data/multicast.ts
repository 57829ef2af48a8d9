/**
 * Multicast paging: listening addresses (received pages), paging-list addresses (sent pages) and
 * the priority rules that decide whether a page interrupts a call, another page or DND.
 * Facts come from Yealink administrator guides (pages cited per entry: the page of the online copy that
 * ../sources.ts links).
 */
import type { CatalogFamily } from '../types';
import { bool, HOST, int, TEXT } from '../valueLists';

/** Listening addresses: index = priority, 1 highest .. 31 lowest (AG81 p678). */
const LISTEN = { X: { min: 1, max: 31 } } as const;
/** Paging-list addresses 1..31 (Yealink's V84 Common template, Multicast section). */
const PAGING = { X: { min: 1, max: 31 } } as const;

export const family: CatalogFamily = {
  family: 'multicast',
  parameters: [
    {
      pattern: 'multicast.codec',
      value: TEXT,
      description:
        'Audio codec the phone uses when it sends a multicast page (e.g. G722); receivers must support it.',
      source: { guide: 'AG84', page: '375' },
    },
    {
      pattern: 'multicast.receive_priority.enable',
      value: bool('New pages ignored during a page', 'Higher-priority page replaces the current one'),
      default: '1',
      description:
        'Decides what happens when a page arrives while another page is playing: ignore it, or let a higher-priority page take over.',
      source: { guide: 'AG85-T21E2', page: '334' },
    },
    {
      pattern: 'multicast.receive_priority.priority',
      value: int(0, 31),
      default: '31',
      description:
        'Paging barge: the priority given to an ordinary call in progress; pages of equal or higher priority (lower number) interrupt it, 0 ignores all pages during calls.',
      source: { guide: 'AG85-T21E2', page: '334' },
    },
    {
      pattern: 'multicast.receive.ignore_dnd.priority',
      value: int(0, 31),
      default: '0',
      description:
        'Lowest page priority still played while DND is on (phone mode); 0 means pages are ignored under DND.',
      source: { guide: 'AG85-T21E2', page: '334' },
    },
    {
      pattern: 'multicast.listen_address.X.ip_address',
      indexes: LISTEN,
      value: HOST,
      default: '',
      description:
        'Multicast IP and port (e.g. 224.5.6.20:10008) the phone listens on; the index is the priority, 1 highest. Valid multicast range 224.0.0.0-239.255.255.255.',
      source: { guide: 'AG81', page: '678' },
    },
    {
      pattern: 'multicast.listen_address.X.label',
      indexes: LISTEN,
      value: TEXT,
      default: '',
      description: 'Name shown on the screen while a page from this listening address is playing.',
      source: { guide: 'AG81', page: '678' },
    },
    {
      pattern: 'multicast.listen_address.X.volume',
      indexes: LISTEN,
      value: int(0, 15),
      description:
        'Speaker volume for pages on this address: 0 keeps the current volume (adjustable), 1-15 forces a fixed level.',
      source: { guide: 'AG84', page: '376' },
    },
    {
      pattern: 'multicast.paging_address.X.ip_address',
      indexes: PAGING,
      value: HOST,
      description: 'Multicast IP and port that entry X of the paging list sends to.',
      source: { guide: 'AGT5', page: '516' },
    },
    {
      pattern: 'multicast.paging_address.X.channel',
      indexes: PAGING,
      value: TEXT,
      description: 'Channel of paging-list entry X; only phones listening on the same address and channel hear the page.',
      source: { guide: 'AGT5', page: '516' },
    },
    {
      pattern: 'multicast.paging_address.X.label',
      indexes: PAGING,
      value: TEXT,
      description: 'Group name shown for paging-list entry X.',
      source: { guide: 'AGT5', page: '516' },
    },
  ],
};
