/**
 * Provisioning file names from real fleets, and their neighbours that are not Yealink files: what the
 * manifest's `workspaceContains` patterns are tested against (test/activation.test.ts and the integration
 * suite, which runs the patterns through VS Code's own file search).
 */
import { MODELS } from '../engine/src/catalog/models';

export const commonName = (number: string): string => `y${number.padStart(12, '0')}.cfg`;

/** Names seen in real fleets, in folders and at the top. */
export const ACTIVATING_NAMES: readonly string[] = [
  'y000000000108.cfg', // T46U
  'y000000000109.cfg', // T48U
  'y000000000116.cfg', // T42U
  'y000000000123.cfg', // T31G
  'y000000000124.cfg', // T33G
  'y000000000146.cfg', // W70B
  'y000000000175.cfg', // W80 base
  'y000000000066.cfg', // T46S
  'y000000000000.cfg', // T28P
  'sites/berlin/y000000000108.cfg',
  '001565abcdef.cfg',
  '805EC0A1B2C3.cfg',
  'phones/249ad8123456.cfg',
  '001565abcdef-local.cfg',
  '805EC0A1B2C3-local.cfg',
  'y000000000000.boot',
  '001565a1b2c3.boot',
  'provisioning/site.boot',
  ...MODELS.flatMap((model) => (model.commonCfg ? [commonName(model.commonCfg)] : [])),
];

/** Files that sit next to provisioning files but are not Yealink's (or are backups of them). */
export const OTHER_NAMES: readonly string[] = [
  'y00000000108.cfg', // 11 digits
  'y0000000001080.cfg', // 13 digits
  'y000000000108.cfg.bak',
  'y000000000108.txt',
  'x000000000108.cfg',
  '001565abcdeg.cfg', // g is not hex
  '001565abcde.cfg', // 11 hex digits
  '001565abcdef_local.cfg',
  '001565abcdef-local.cfg.orig',
  '001565abcdef.cfg.txt',
  'y000000000066_Security.enc',
  'extensions.cfg',
  'sip.conf',
  'notes.txt',
  'boot.txt',
];

