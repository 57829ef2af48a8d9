/**
 * DECT handsets on Yealink bases (W52P and later W-series bases, and T5xW phones with a DECT dongle):
 * which accounts each handset rings for and dials out on. The names are in Yealink's V84 Common template
 * (its "V84 T5XW add" DECT section) and in Yealink's V70/V71 template for the W52P, whose line values
 * sipXyealink types as account lists and an "Auto" (0) default line.
 *
 * Handset index: the W52P base takes 5 handsets (sipXyealink); larger systems take more, and none has
 * more handsets than the 250 accounts of the largest one (W90), which bounds X when the model is unknown.
 */
import type { CatalogFamily, ParameterSpec } from '../types';
import { TEXT } from '../valueLists';

const HANDSET = { X: { min: 1, max: 250, perModel: 'handsets' } } as const;
/** Account numbers separated by commas (`1,2,5`). */
const ACCOUNT_LIST = { kind: 'list', item: { kind: 'integer', min: 1, max: 250 } } as const;
const W52P_TEMPLATE = { guide: 'TPL-SIPX-V7X', page: 'phone-7X.xml, handsets section (W52P)' } as const;

const parameters: ParameterSpec[] = [
  {
    pattern: 'handset.X.name',
    indexes: HANDSET,
    value: TEXT,
    description: 'Name shown on DECT handset X and used for it in the base\'s lists.',
    source: W52P_TEMPLATE,
  },
  {
    pattern: 'handset.X.incoming_lines',
    indexes: HANDSET,
    value: ACCOUNT_LIST,
    description: 'Accounts whose incoming calls ring on handset X, as account numbers separated by commas.',
    source: W52P_TEMPLATE,
  },
  {
    pattern: 'handset.X.dial_out_lines',
    indexes: HANDSET,
    value: ACCOUNT_LIST,
    description: 'Accounts handset X may place calls on, as account numbers separated by commas.',
    source: W52P_TEMPLATE,
  },
  {
    pattern: 'handset.X.dial_out_default_line',
    indexes: HANDSET,
    value: { kind: 'integer', min: 0, max: 250 },
    description: 'Account handset X dials out on unless the user picks another; 0 lets the base choose (Auto).',
    source: W52P_TEMPLATE,
  },
];

export const family: CatalogFamily = { family: 'dect', parameters };
