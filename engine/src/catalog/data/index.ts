/** Every catalog family, in the order completion lists them. One file per family; see ../types.ts. */
import type { CatalogFamily } from '../types';
import { family as account } from './account';
import { family as sip } from './sip';
import { family as dssKeys } from './dssKeys';
import { family as features } from './features';
import { family as multicast } from './multicast';
import { family as network } from './network';
import { family as autoProvision } from './autoProvision';
import { family as security } from './security';
import { family as logging } from './logging';
import { family as phoneSettings } from './phoneSettings';
import { family as time } from './time';
import { family as audio } from './audio';
import { family as directory } from './directory';
import { family as dialplan } from './dialplan';
import { family as dect } from './dect';

export const FAMILIES: readonly CatalogFamily[] = [
  account,
  sip,
  dssKeys,
  features,
  multicast,
  network,
  autoProvision,
  security,
  logging,
  phoneSettings,
  time,
  audio,
  directory,
  dialplan,
  dect,
];
