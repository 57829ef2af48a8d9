/**
 * Audio: call progress tones, ring tones, distinctive ringing (Alert-Info) and voice processing.
 * Facts come from Yealink administrator guides; `page` is the page of the online copy that ../sources.ts
 * links.
 */
import type { CatalogFamily, ParameterSpec, ValueKind } from '../types';
import { bool, int, oneOf, str, TEXT, URL } from '../valueLists';

/** A tone list: up to eight `[!]freq[+freq..]/duration` elements separated by commas. */
const TONE: ValueKind = { kind: 'string', charset: '0-9+/!, ' };

const DISTINCTIVE = { X: { min: 1, max: 10 } } as const;

const RING_FILES: ReadonlyArray<readonly [string, string]> = [
  ['Ring1.wav', 'Ring 1'],
  ['Ring2.wav', 'Ring 2'],
  ['Ring3.wav', 'Ring 3'],
  ['Ring4.wav', 'Ring 4'],
  ['Ring5.wav', 'Ring 5'],
  ['Ring6.wav', 'Ring 6'],
  ['Ring7.wav', 'Ring 7'],
  ['Ring8.wav', 'Ring 8'],
  ['Silent.wav', 'Silent'],
  ['Splash.wav', 'Splash'],
];

/** The custom tones that share one format and a blank default (T3 guide appendix lists them together). */
const CUSTOM_TONES: ReadonlyArray<readonly [string, string]> = [
  ['congestion', 'the network congestion tone'],
  ['callwaiting', 'the call waiting tone heard during a call when another call arrives'],
  ['dialrecall', 'the dial recall tone'],
  ['info', 'the information tone'],
  ['stutter', 'the stutter dial tone (e.g. message waiting indication on off-hook)'],
  ['message', 'the message tone'],
  ['autoanswer', 'the warning tone played before a call is answered automatically'],
];

const customToneEntries: ParameterSpec[] = CUSTOM_TONES.map(([name, what]) => ({
  pattern: `voice.tone.${name}`,
  value: TONE,
  default: '',
  description: `Replaces ${what} with your own frequency/duration list (same format as voice.tone.dial). Only used when voice.tone.country is Custom.`,
  source: { guide: 'AP71-T4X', page: 'PDF page 78' },
}));

export const family: CatalogFamily = {
  family: 'audio',
  parameters: [
    // ---- Call progress tones ----
    {
      pattern: 'voice.tone.country',
      value: oneOf(
        ['Custom', 'Custom (use the voice.tone.* lists)'],
        ['Australia', 'Australia'],
        ['Austria', 'Austria'],
        ['Brazil', 'Brazil'],
        ['Belgium', 'Belgium'],
        ['Chile', 'Chile'],
        ['China', 'China'],
        ['Czech', 'Czech'],
        ['Czech ETSI', 'Czech ETSI'],
        ['Denmark', 'Denmark'],
        ['Finland', 'Finland'],
        ['France', 'France'],
        ['Germany', 'Germany'],
        ['Great Britain', 'Great Britain'],
        ['Greece', 'Greece'],
        ['Hungary', 'Hungary'],
        ['Lithuania', 'Lithuania'],
        ['India', 'India'],
        ['Italy', 'Italy'],
        ['Japan', 'Japan'],
        ['Mexico', 'Mexico'],
        ['New Zealand', 'New Zealand'],
        ['Netherlands', 'Netherlands'],
        ['Norway', 'Norway'],
        ['Portugal', 'Portugal'],
        ['Spain', 'Spain'],
        ['Switzerland', 'Switzerland'],
        ['Sweden', 'Sweden'],
        ['Russia', 'Russia'],
        ['United States', 'United States'],
      ),
      description:
        'Which national set of call progress tones (dial, busy, ringback ...) the phone plays. Choose Custom to define each tone yourself with the voice.tone.* keys.',
      source: { guide: 'AGT5', page: '619' },
    },
    {
      pattern: 'voice.tone.dial',
      value: TONE,
      default: '',
      description:
        'Custom dial tone as a comma list of up to eight freq[+freq..]/duration elements (frequencies in Hz, 0 = silence; durations in ms, up to 30000); a leading ! plays an element only once. Only used when voice.tone.country is Custom.',
      source: { guide: 'AG-CP860-MCGRP', page: '201' },
    },
    {
      pattern: 'voice.tone.secondary_dial',
      value: TONE,
      default: '350+440/3000',
      description:
        'Custom secondary dial tone (same list format as voice.tone.dial); 0 turns it off. Only used when voice.tone.country is Custom.',
      source: { guide: 'AG86-MH', page: '166' },
    },
    {
      pattern: 'voice.tone.ring',
      value: TONE,
      default: '',
      description: 'Custom ringback tone the caller hears while the far end rings (same format as voice.tone.dial). Only used when voice.tone.country is Custom.',
      source: { guide: 'AG-CP860-MCGRP', page: '201' },
    },
    {
      pattern: 'voice.tone.busy',
      value: TONE,
      default: '',
      description: 'Custom busy tone played when the called party is busy (same format as voice.tone.dial). Only used when voice.tone.country is Custom.',
      source: { guide: 'AG-CP860-MCGRP', page: '201' },
    },
    ...customToneEntries,
    {
      pattern: 'features.partition_tone',
      value: bool('Always the normal dial tone', 'Custom dial tone when no account is active'),
      default: '0',
      description:
        'Lets the phone signal that no account is registered: with it on, the dial tone set in voice.tone.dial is played only while no account is active.',
      source: { guide: 'AG86-MH', page: '166' },
    },
    // ---- Ring tones ----
    {
      pattern: 'phone_setting.ring_type',
      value: TEXT,
      default: 'Ring1.wav',
      description:
        'Phone-wide ring tone: Ring1.wav to Ring8.wav, Silent.wav, Splash.wav or the file name of an uploaded custom ring tone. Accounts set to Common use it.',
      source: { guide: 'AG85-T21E2', page: '340' },
    },
    {
      pattern: 'ringtone.url',
      value: { kind: 'url' },
      default: '',
      description:
        'Where the phone downloads a custom ring tone WAV file (PCMU/PCMA, mono, 8 kHz, 16-bit) during provisioning; at most 511 characters.',
      source: { guide: 'AGT58', page: '274' },
    },
    {
      pattern: 'ringtone.delete',
      value: oneOf(['http://localhost/all', 'Delete all custom ring tones']),
      default: '',
      description: 'Set to http://localhost/all to remove every custom ring tone that was uploaded to the phone.',
      source: { guide: 'AGT58', page: '274' },
    },
    {
      pattern: 'phone_setting.ringing_timeout',
      value: { kind: 'integer', min: 0, max: 3600, unit: 'seconds' },
      default: '120',
      description: 'How long an unanswered incoming call keeps ringing before the phone stops ringing.',
      source: { guide: 'AGT58', page: '274' },
    },
    {
      pattern: 'phone_setting.ring_for_tranfailed',
      value: oneOf(...RING_FILES),
      default: 'Ring1.wav',
      description: 'Ring tone the phone plays when a transfer fails and "Transfer failed" is shown.',
      source: { guide: 'AGT58', page: '274' },
    },
    // ---- Distinctive ringing (Alert-Info) ----
    {
      pattern: 'distinctive_ring_tones.alert_info.X.text',
      indexes: DISTINCTIVE,
      value: str(32),
      default: '',
      description:
        'Keyword to look for in the Alert-Info header of an incoming INVITE (info=...); when it matches, the phone plays the ring tone set in the matching .ringer key.',
      source: { guide: 'AG85-MH', page: '158' },
    },
    {
      pattern: 'distinctive_ring_tones.alert_info.X.ringer',
      indexes: DISTINCTIVE,
      value: TEXT,
      default: '1',
      description:
        'Ring tone for the matching Alert-Info keyword: 1-8 (Ring1.wav-Ring8.wav), 9 (Silent.wav), 10 (Splash.wav), the same names spelled out, or a custom ring tone file name.',
      source: { guide: 'AG85-MH', page: '158' },
    },
    {
      pattern: 'features.alert_info_tone',
      value: bool('Alert-Info Bellcore-drN plays local RingN.wav', 'Alert-Info Bellcore-drN plays Bellcore tone N'),
      description:
        'How the phone interprets "Bellcore-drN" keywords in the Alert-Info header: as the matching Bellcore distinctive ring pattern, or as the local ring tone RingN.wav.',
      source: { guide: 'AG-T4U', page: '157' },
    },
    // ---- Voice processing ----
    {
      pattern: 'voice.cng',
      value: bool('No comfort noise', 'Generate comfort noise'),
      default: '1',
      description:
        'Comfort noise generation: fills silent periods with artificial background noise when the far end sends comfort noise packets, so the line does not sound dead.',
      source: { guide: 'AG-CP860', page: 'PDF page 313' },
    },
    // Transmit gains per audio device: range, defaults and reboot note from Yealink's V70/V71 template.
    {
      pattern: 'voice.handfree_send',
      value: int(1, 53),
      default: '25',
      reboot: true,
      description: 'Transmit (send) level of the microphone in hands-free mode, from 1 to 53; the phone reboots to apply a change.',
      source: { guide: 'TPL-SIPX-V7X', page: 'phone-7X.xml, voice.handfree_send' },
    },
    {
      pattern: 'voice.handset_send',
      value: int(1, 53),
      default: '35',
      reboot: true,
      description: 'Transmit (send) level of the microphone in handset mode, from 1 to 53; the phone reboots to apply a change.',
      source: { guide: 'TPL-SIPX-V7X', page: 'phone-7X.xml, voice.handset_send' },
    },
    {
      pattern: 'voice.headset_send',
      value: int(1, 53),
      default: '29',
      reboot: true,
      description: 'Transmit (send) level of the microphone in headset mode, from 1 to 53; the phone reboots to apply a change.',
      source: { guide: 'TPL-SIPX-V7X', page: 'phone-7X.xml, voice.headset_send' },
    },
  ],
};
