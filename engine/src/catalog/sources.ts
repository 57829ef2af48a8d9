/**
 * The documents catalog facts come from: Yealink's administrator and auto-provisioning guides, Yealink's
 * own configuration templates (public copies, pinned to a commit) and a few other documents. Entries
 * cite a tag and a page or section (`{ guide: 'AG84', page: '243' }`); `npm run catalog:check` refuses a
 * tag that is not listed here.
 *
 * Page numbers are the page of the online copy the link opens (which is the PDF page, not the printed
 * folio); `pageUrl` turns one into a link to that page. Where the only online copy known is not one a
 * reader can open, the document has no link and its pages read "PDF page N".
 */
import { GENERATED_SOURCES } from './generated/sources';
import type { SourceDocument } from './types';

/** easymanua.ls viewer copies take `?p=N`. */
function easymanuals(path: string, title: string): SourceDocument {
  const url = `https://www.easymanua.ls/yealink/${path}`;
  return { title, url, pageUrl: `${url}?p={page}` };
}

/** manualshive viewer copies take `?page=N`. */
function manualshive(path: string, title: string): SourceDocument {
  const url = `https://manualshive.com/${path}`;
  return { title, url, pageUrl: `${url}?page={page}` };
}

/** manualarchiveguide viewer copies take `?page=N`. */
function manualarchive(path: string, title: string): SourceDocument {
  const url = `https://manualarchiveguide.com/manuals/${path}`;
  return { title, url, pageUrl: `${url}?page={page}` };
}

/** A file of a public repository at the commit read, so the link shows what was read. */
function repositoryFile(repo: string, commit: string, path: string, title: string): SourceDocument {
  return { title: `${title} (${repo} at ${commit.slice(0, 7)})`, url: `https://github.com/${repo}/blob/${commit}/${path}` };
}

const T2_T4_T5_GUIDE = "Administrator's Guide for SIP-T2 Series/T4 Series/T5 Series/CP920 IP Phones";

export const SOURCES: Readonly<Record<string, SourceDocument>> = {
  // ------------------------------------------------------------ administrator guides, T2/T4/T5 (V70-V86)
  'AG-T2XP': {
    title: 'Yealink SIP-T2xP and SIP-T19P IP Phone Family Administrator Guide (V70/V72), configuration parameter appendix',
  },
  'AG-T2XP-EM': easymanuals('sip-t2xp/manual/592030', "Yealink Administrator's Guide for SIP-T2xP and SIP-T19P IP Phones"),
  'AG-T4X': {
    title: 'Yealink SIP-T4X IP Phones Administrator Guide (V7x), configuration parameter appendix',
    url: 'https://doczz.net/doc/1519678/yealink-sip-t4x-ip-phones-administrator-guide',
  },
  'AG80-T46G': manualshive('ru/manual/yealink/yealink-sip-t46g/908418', 'Yealink SIP-T2 Series/T4 Series IP Phones Administrator Guide V80 (SIP-T46G copy)'),
  AG81: easymanuals('sip-t2-series/manual', 'Yealink SIP-T2 Series/T19(P) E2/T4 Series IP Phones Administrator Guide V81'),
  'AG81-MA': manualarchive(
    'Yealink-SIP-T2-SERIES-Administrator-s-Manual-4782041',
    'Yealink SIP-T2 Series/T19(P) E2/T4 Series IP Phones Administrator Guide V81 (manualarchiveguide copy)',
  ),
  'AG81-MH': manualshive(
    'ru/manual/yealink/sip-t19-e2-t4-series/909127',
    'Yealink SIP-T2 Series/T19(P) E2/T4 Series IP Phones Administrator Guide V81 (manualshive copy)',
  ),
  'AG81-T29G': easymanuals('t29g/manual/21622', 'Yealink SIP-T2 Series/T4 Series IP Phones Administrator Guide V80/V81 (SIP-T29G copy)'),
  'AG81-T48G': easymanuals('sip-t48g/manual/567906', 'Yealink SIP-T2 Series/T19(P) E2/T4 Series/CP860 IP Phones Administrator Guide V80/V81 (SIP-T48G copy)'),
  'AG81-T27G': easymanuals('t27g/manual/21633', 'Yealink SIP-T2 Series/T4 Series IP Phones Administrator Guide (SIP-T27G copy)'),
  'AGT48G': manualarchive('Yealink-SIP-T48G-Administrator-s-Manual-4782213', 'Yealink SIP-T48G IP Phone Administrator Guide'),
  'AG82-T54S': easymanuals('sip-t54s/manual/687973', 'Yealink SIP-T2 Series/T19(P) E2/T4 Series/T5 Series/CP860 IP Phones Administrator Guide V82 (SIP-T54S copy)'),
  'AG82-T54S-MA': manualarchive('Yealink-T54S-Administrator-s-Manual-4782050', 'Yealink SIP-T2/T4/T5 Series IP Phones Administrator Guide V82 (SIP-T54S copy)'),
  'AG84-T54S': easymanuals('t54s/manual', 'Yealink SIP-T2/T4/T5 Series IP Phones Administrator Guide V83/V84 (SIP-T54S copy)'),
  AG84: easymanuals('t40g/manual/289184', 'Yealink SIP-T2/T4/T5 Series IP Phones Administrator Guide V84'),
  'AG84-T42S': easymanuals('t42s/manual/249026', 'Yealink SIP-T2/T4/T5 Series IP Phones Administrator Guide V83/V84 (SIP-T42S copy)'),
  'AG84-T21E2': easymanuals('sip-t21-e2/manual/61574', 'Yealink SIP-T2 Series/T19(P) E2/T4 Series/T5 Series/CP860/CP920 IP Phones Administrator Guide V84 (NAT chapter)'),
  'AG84-T48G': manualshive('ru/manual/yealink/t48g/908353', 'Yealink SIP-T2/T4/T5 Series IP Phones Administrator Guide V84 (SIP-T48G copy)'),
  'AG85-T21E2': easymanuals('t21pe2/manual', `Yealink ${T2_T4_T5_GUIDE} (V84/V85, SIP-T21P E2 copy)`),
  AG85: {
    title: 'Yealink SIP-T2/T4/T5 Series and CP920 IP Phones Administrator Guide V85',
    url: 'https://www.manualslib.com/manual/1915681/Yealink-Sip-T5-Series.html',
    pageUrl: 'https://www.manualslib.com/manual/1915681/Yealink-Sip-T5-Series.html?page={page}',
  },
  'AG85-MH': manualshive('en/manual/yealink/sip-t5-series/3909785', 'Yealink SIP-T2/T4/T5 Series and CP920 IP Phones Administrator Guide V85'),
  'AG86-MH': manualshive('ru/manual/yealink/cp920/908503', 'Yealink SIP-T2/T3/T4/T5 Series and CP920 IP Phones Administrator Guide V86'),
  'AG-T4U': easymanuals('sip-t4u-series/manual', 'Yealink SIP-T4U Series IP Phones Administrator Guide'),
  // ------------------------------------------------------------ administrator guides, T5 smart media phones, CP, DECT
  AGT5: easymanuals('sip-t58v-a/manual', 'Yealink T5 Series Smart Media Phones Administrator Guide'),
  AGT58: easymanuals('t5-series/manual/730711', 'Yealink SIP-T58V/T58A/T56A/CP960 IP Phones Administrator Guide'),
  'AG-T5-MA': manualarchive('Yealink-T5-Series-Administrator-s-Manual-4782064', 'Yealink T5 Series IP Phones Administrator Guide'),
  'AG-CP969': manualshive('en/manual/yealink/cp969/909068', 'Yealink SIP T5 Series Smart Media Phones Administrator Guide (CP969 copy)'),
  'AG-CP960': manualshive('ru/manual/yealink/one-talk-cp960/908553', 'Yealink VP59/SIP-T58A/CP960 IP Phones Administrator Guide'),
  'AG-CP860': { title: 'Yealink CP860 IP Conference Phone Administrator Guide' },
  'AG-CP860-MCGRP': {
    title: 'Yealink CP860 IP Conference Phone Administrator Guide (mcgrp.ru viewer copy)',
    url: 'https://mcgrp.ru/files/viewer/192007/1',
    pageUrl: 'https://mcgrp.ru/files/viewer/192007/{page}',
  },
  'AG-DECT-W53P': easymanuals('w53p/manual/269696', 'Yealink W60P/W53P/W41P DECT IP Phones Administrator Guide'),
  'AG-DECT-MA': manualarchive('Yealink-W60P-Administrator-s-Manual-4782912', 'Yealink W60P/W53P DECT IP Phones Administrator Guide (manualarchiveguide copy)'),
  'AG-W80': manualshive('en/manual/yealink/w80/908928', 'Yealink W80 DECT IP Multi-Cell System Administrator Guide'),
  'UG-T5': manualshive('ru/manual/yealink/t5-series/3551165', 'Yealink T5 Series IP Phones User Guide'),
  // ------------------------------------------------------------ auto-provisioning guides, white papers, support notes
  AP80: {
    title: 'Yealink SIP-T2 Series IP Phones Auto Provisioning Guide V80',
    url: 'http://manualzilla.com/doc/7325124/yealink-sip-t2-series-user-guide',
  },
  'AP71-T4X': {
    title: 'Yealink SIP-T4X IP Phones Auto Provisioning Guide V71 (configuration parameter tables)',
    url: 'http://manualzilla.com/doc/7324106/yealink-sip-t4x-user-guide',
  },
  'W52P-AP': {
    title: 'Yealink W52P IP DECT Phones Auto Provisioning Guide',
    url: 'https://mcgrp.ru/files/viewer/192029/1',
    pageUrl: 'https://mcgrp.ru/files/viewer/192029/{page}',
  },
  WP8021X: {
    title: 'Yealink Technical White Paper: 802.1X Authentication',
    url: 'https://www.manualslib.com/manual/1941280/Yealink-802-1x.html',
    pageUrl: 'https://www.manualslib.com/manual/1941280/Yealink-802-1x.html?page={page}',
  },
  'YL-FAQ-559': { title: 'Yealink support FAQ "How to block ghost call?"', url: 'http://support.yealink.com/faq/faqInfo?id=559' },
  'BLF-NOTE': { title: 'Yealink support note "BLF issue"', url: 'https://www.scribd.com/document/713131545/BLF-issue' },
  // ------------------------------------------------------------ Yealink configuration templates
  'TPL-SIPX-V7X': {
    title:
      "Yealink V70/V71 configuration template comments, as typed in sipXyealink (etc/yealinkPhone/phone-7X.xml, line-7X.xml and their .properties labels), siplabs/sipXyealink at a07bf6a",
    url: 'https://github.com/siplabs/sipXyealink/tree/a07bf6af41a31f302b9d05df5babc6a4c1d62a1c/etc/yealinkPhone',
  },
  'TPL-V81-3CX': repositoryFile(
    'therealcode/3cx-yealink-template-maker',
    'ee5cbe889ef2ed78491f1fb58aebcf7e6ddbfbc6',
    'template.txt',
    'Yealink V80/V81 T-series configuration template as shipped with 3CX (template.txt)',
  ),
  'TPL-V83-COMMON': repositoryFile(
    'Dimche-msk/provisioning-system',
    '54da9535ac5960254db8d2ff8ae56161492e2816',
    'conf/vendors/yealink/templates/y000000000000.cfg.tpl',
    'Yealink V83 Common configuration template (y000000000000.cfg.tpl)',
  ),
  'TPL-V84-COMMON': repositoryFile(
    'thecloudmethod/yealink-provision-patch',
    '2d40b56b454c6047b2286f94fbaa54bdcae58bb1',
    'src/static/common.cfg',
    'Yealink V84 Common configuration template (common.cfg)',
  ),
  'TPL-V84-MAC': repositoryFile(
    'thecloudmethod/yealink-provision-patch',
    '2d40b56b454c6047b2286f94fbaa54bdcae58bb1',
    'src/static/mac.cfg',
    'Yealink V84 MAC configuration template (mac.cfg)',
  ),
  'TPL-V85-MAC': repositoryFile(
    'SlinkySoftware/PhoneManager',
    '1f9d2239a07e192aacfa502bcde7354f76824912',
    'docs/configuration/examples/yealink-sip-t33g.cfg',
    "Yealink V85 MAC configuration template (SIP-T33G copy; its header lists account ranges per model)",
  ),
  'TPL-GIST': {
    title: "Yealink configuration template with Yealink's parameter comments (public gist bradland/bb7eb53cd8934de17778)",
    url: 'https://gist.github.com/bradland/bb7eb53cd8934de17778',
  },
  TEMPLATE: {
    title:
      "Yealink's per-model configuration templates for V8x firmware (comment above the parameter, e.g. '#Require reboot'; no public copy is pinned here)",
  },
  // ------------------------------------------------------------ model data
  'CFG-NAMES': repositoryFile(
    'Dimche-msk/provisioning-system',
    '54da9535ac5960254db8d2ff8ae56161492e2816',
    'conf/vendors/yealink/vendor.yaml',
    'List of Yealink Common CFG file names per model (vendor.yaml comments)',
  ),
  TANCREDI: {
    title:
      "Nethesis Tancredi provisioning data for Yealink phones (model capability files with the project's own key counts; key type code map), nethesis/tancredi at 5a8de9b",
    url: 'https://github.com/nethesis/tancredi/tree/5a8de9b9cfe0eddb034c525034465f1ce1c9717b/data',
  },
  // ------------------------------------------------------------ not a document
  SETTINGS: { title: 'the yealinkCfg.extraParameters setting of this workspace' },
  // ------------------------------------------------------------ generated layer
  // Yealink's templates the importer reads, each file at its commit (npm run catalog:import).
  ...GENERATED_SOURCES,
};

/** The link for one cited page, or the document's own link when it has no per-page address. */
export function sourceUrl(document: SourceDocument, page: string | undefined): string | undefined {
  if (page && /^\d+$/.test(page) && document.pageUrl) return document.pageUrl.replace('{page}', page);
  return document.url;
}
