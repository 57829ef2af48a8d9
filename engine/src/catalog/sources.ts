/**
 * The documents catalog facts come from. Entries cite a tag and a page (`{ guide: 'AG85', page: '120' }`);
 * `npm run catalog:check` refuses a tag that is not listed here.
 */
import type { SourceDocument } from './types';

export const SOURCES: Readonly<Record<string, SourceDocument>> = {
  AG81: {
    title: 'Yealink SIP-T2 Series/T19(P) E2/T4 Series IP Phones Administrator Guide V81',
    url: 'https://www.easymanua.ls/yealink/sip-t2-series/manual?p=150',
  },
  AG84: {
    title: 'Yealink SIP-T2/T4/T5 Series IP Phones Administrator Guide V84',
    url: 'https://www.easymanua.ls/yealink/t40g/manual/289184?p=78',
  },
  AG85: {
    title: 'Yealink SIP-T2/T4/T5 Series and CP920 IP Phones Administrator Guide V85',
    url: 'https://www.manualslib.com/manual/1915681/Yealink-Sip-T5-Series.html',
  },
  AG86: { title: 'Yealink SIP IP Phones Administrator Guide V86' },
  AG87: { title: 'Yealink SIP IP Phones Administrator Guide V87' },
  AGVP59: {
    title: 'Yealink VP59/T58A/CP960 Administrator Guide',
    url: 'https://manualshive.com/en/manual/yealink/vp59-teams/vp59-teams_administrators-manual_3297484-67.html',
  },
  AGT5: {
    title: 'Yealink T5 Series Smart Media Phones Administrator Guide',
    url: 'https://www.easymanua.ls/yealink/sip-t58v-a/manual',
  },
  AGT58: {
    title: 'Yealink SIP-T58V/T58A/T56A/CP960 Administrator Guide',
    url: 'https://www.easymanua.ls/yealink/t5-series/manual/730711',
  },
  AGCP: { title: 'Yealink CP920/CP960 Conference Phones Administrator Guide' },
  AGDECT: { title: 'Yealink W-Series DECT IP Phones Administrator Guide' },
  AGT3: { title: 'Yealink SIP-T3 Series IP Phones Administrator Guide' },
  AGT7: { title: 'Yealink T7/T8 Series IP Phones Administrator Guide' },
  AP80: {
    title: 'Yealink SIP-T2 Series IP Phones Auto Provisioning Guide V80',
    url: 'http://38.142.81.21:8001/manual/yealink/sip-t2-series/user-guide-english/page-61.html',
  },
  'AP-MD5': {
    title: 'Yealink Auto Provisioning Guide (boot files, MD5 check)',
    url: 'https://www.easymanua.ls/yealink/sip-t52s/manual/1035621?p=55',
  },
  'AP-CP': {
    title: 'Yealink CP Series Auto Provisioning Guide',
    url: 'https://manualshive.com/en/manual/yealink/sip-cp-series/909112?page=19',
  },
  'AG-T54S': {
    title: 'Yealink SIP-T54S Administrator Guide',
    url: 'https://manualarchiveguide.com/manuals/Yealink-SIP-T54S-Administrator-s-Manual-4781963?page=162',
  },
  'T4X-UG': {
    title: 'Yealink SIP-T4x IP Phones User Guide, configuration parameter table',
    url: 'http://38.142.81.21:8001/manual/yealink/sip-t4x/user-guide-english/page-141.html',
  },
  'DSS-T2': {
    title: 'Yealink SIP-T2 Series Administrator Guide, DSS key chapter',
    url: 'https://www.easymanua.ls/yealink/sip-t2-series/manual?p=617',
  },
  'T5-P185': {
    title: 'Yealink T5 Series Administrator Guide, line key chapter',
    url: 'https://easymanua.ls/yealink/t5-series/manual/730711?p=185',
  },
  'AG85-P90': {
    title: 'Yealink Administrator Guide V85, auto provisioning schedule',
    url: 'https://manualshive.com/en/manual/yealink/sip-t5-series/3909785?page=90',
  },
  PWD: {
    title: 'Yealink SIP-T46G User Manual, user password parameter',
    url: 'http://www.manualshelf.com/manual/yealink/sip-t46g/1-user-manual-english/page-349.html',
  },
  'ENC-T58A': {
    title: 'Yealink T58A Administrator Guide, configuration encryption',
    url: 'https://manualshive.com/ru/manual/yealink/t58a-teams/t58a-teams_administrators-manual_3296520-88.html',
  },
  'ENC-CP960': {
    title: 'Yealink CP960 Administrator Guide, configuration encryption',
    url: 'https://manualshive.com/ru/manual/yealink/one-talk-cp960/one-talk-cp960_administrators-manual_908553-109.html',
  },
  'W52P-AP': { title: 'Yealink W52P Auto Provisioning Guide', url: 'https://mcgrp.ru/files/viewer/192029/43' },
  'TPL-V85-MAC': {
    title: "Yealink V85 MAC configuration template (SIP-T33G copy; its header lists account ranges per model), SlinkySoftware/PhoneManager at 1f9d223",
    url: 'https://github.com/SlinkySoftware/PhoneManager/blob/1f9d2239a07e192aacfa502bcde7354f76824912/docs/configuration/examples/yealink-sip-t33g.cfg',
  },
  'TPL-V84-COMMON': {
    title: 'Yealink V84 Common configuration template (common.cfg), thecloudmethod/yealink-provision-patch at 2d40b56',
    url: 'https://github.com/thecloudmethod/yealink-provision-patch/blob/2d40b56b454c6047b2286f94fbaa54bdcae58bb1/src/static/common.cfg',
  },
  'TPL-V81-3CX': {
    title: "Yealink V80/V81 T-series configuration template as shipped with 3CX (template.txt), therealcode/3cx-yealink-template-maker at ee5cbe8",
    url: 'https://github.com/therealcode/3cx-yealink-template-maker/blob/ee5cbe889ef2ed78491f1fb58aebcf7e6ddbfbc6/template.txt',
  },
  'TPL-SIPX-V7X': {
    title: "Yealink V70/V71 configuration template comments, as typed in sipXyealink (etc/yealinkPhone/phone-7X.xml, line-7X.xml and their .properties labels), siplabs/sipXyealink at a07bf6a",
    url: 'https://github.com/siplabs/sipXyealink/tree/a07bf6af41a31f302b9d05df5babc6a4c1d62a1c/etc/yealinkPhone',
  },
  'TPL-V83-COMMON': {
    title: 'Yealink V83 Common configuration template (y000000000000.cfg.tpl), Dimche-msk/provisioning-system at 54da953',
    url: 'https://github.com/Dimche-msk/provisioning-system/blob/54da9535ac5960254db8d2ff8ae56161492e2816/conf/vendors/yealink/templates/y000000000000.cfg.tpl',
  },
  'TPL-V84-MAC': {
    title: 'Yealink V84 MAC configuration template (mac.cfg), thecloudmethod/yealink-provision-patch at 2d40b56',
    url: 'https://github.com/thecloudmethod/yealink-provision-patch/blob/2d40b56b454c6047b2286f94fbaa54bdcae58bb1/src/static/mac.cfg',
  },
  'CFG-NAMES': {
    title: 'List of Yealink Common CFG file names per model (vendor.yaml comments), Dimche-msk/provisioning-system at 54da953',
    url: 'https://github.com/Dimche-msk/provisioning-system/blob/54da9535ac5960254db8d2ff8ae56161492e2816/conf/vendors/yealink/vendor.yaml',
  },
  TANCREDI: {
    title: "Nethesis Tancredi provisioning data for Yealink phones (model capability files with the project's own key counts; key type code map), nethesis/tancredi at 5a8de9b",
    url: 'https://github.com/nethesis/tancredi/tree/5a8de9b9cfe0eddb034c525034465f1ce1c9717b/data',
  },
  'AG70-T2XP': {
    title: 'Yealink SIP-T2xP IP Phone Family Administrator Guide V70, appendix of DSS key parameters',
    url: 'https://studylib.net/doc/18756368/yealink-sip-t2xp-ip-phone-family-administrator-guide-v70',
  },
  TEMPLATE: {
    title: "Yealink's commented configuration templates (parameter comments and '#Require reboot' notes)",
  },
  FORMAT: { title: "Yealink format notes (the project's shared/yealink-format.md, which cites a Yealink source per fact)" },
};
