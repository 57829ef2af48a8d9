/**
 * Phone settings: screen language, backlight, wallpaper, power saving and other display behaviour.
 * Facts come from Yealink administrator and user guides; `page` is the page of the online copy that
 * ../sources.ts links.
 */
import type { CatalogFamily } from '../types';
import { bool, GUI_LANGUAGES, int, oneOf, TEXT, URL } from '../valueLists';

/** Models the V85 guide covers, without T19(P) E2 (it lacks these power-saving options). */
const NOT_T19 = ['T2', 'T4', 'T5', 'CP920'];

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

export const family: CatalogFamily = {
  family: 'phoneSettings',
  parameters: [
    // ---- Language ----
    {
      pattern: 'lang.gui',
      value: { kind: 'enum', values: GUI_LANGUAGES },
      default: 'English',
      description: 'Language of the phone screen. Custom languages uploaded to the phone can also be named here.',
      source: { guide: 'TPL-V81-3CX', page: 'Language section, lang.gui' },
    },
    // ---- Backlight and wallpaper ----
    {
      pattern: 'phone_setting.backlight_time',
      value: oneOf(
        ['0', 'Always on'],
        ['1', 'Always off'],
        ['15', '15 seconds'],
        ['30', '30 seconds'],
        ['60', '1 minute'],
        ['120', '2 minutes'],
        ['300', '5 minutes'],
        ['600', '10 minutes'],
        ['1800', '30 minutes'],
      ),
      default: '30',
      description:
        'How long the phone stays idle before the backlight dims or turns off. Always off is not offered on T48G/T48S/T46G/T46S/T29G.',
      source: { guide: 'AG81', page: '214' },
    },
    {
      pattern: 'phone_setting.backgrounds',
      value: TEXT,
      default: 'Default.jpg',
      description:
        'Wallpaper of colour-screen phones: a built-in image (Default.jpg, 1.png .. 9.png) or an uploaded picture named with a prefix, which the cited V7x guide writes as Resource:custom1.png (upload it first, e.g. with wallpaper_upload.url).',
      source: { guide: 'AP71-T4X', page: 'PDF page 88' },
    },
    {
      pattern: 'wallpaper_upload.url',
      value: URL,
      description: 'Where the phone downloads a custom wallpaper image during provisioning; select it afterwards with phone_setting.backgrounds.',
      source: { guide: 'AP71-T4X', page: 'PDF page 20' },
    },
    {
      pattern: 'phone_setting.show_code403',
      value: TEXT,
      default: '',
      description: 'Text shown on the screen when the server answers a call attempt with 403 Forbidden; blank shows whatever reason the server sent.',
      source: { guide: 'AP71-T4X', page: 'PDF page 88' },
    },
    // ---- Power saving ----
    {
      pattern: 'features.power_saving.enable',
      value: bool('Off (screen still protected after 72 h idle)', 'Power saving on'),
      default: '1',
      models: ['T1', 'T2', 'T4', 'T5', 'CP920'],
      description:
        'Lets the phone turn off backlight (and screen on colour models) after the idle timeouts below. Not on CP960.',
      source: { guide: 'AG85-MH', page: '286' },
    },
    {
      pattern: 'features.power_saving.intelligent_mode',
      value: bool('Stay in power saving until used', 'Wake up automatically when office hours start'),
      default: '1',
      models: NOT_T19,
      description: 'Whether a phone that went into power saving overnight wakes by itself at the start of the next day’s office hours.',
      source: { guide: 'AG85-MH', page: '286' },
    },
    ...WEEKDAYS.map((day) => ({
      pattern: `features.power_saving.office_hour.${day}`,
      value: TEXT,
      models: NOT_T19,
      description: `Start and end of office hours on ${day[0].toUpperCase()}${day.slice(1)}, which decide whether the office-hours or off-hours idle timeout applies.`,
      source: { guide: 'AGT5', page: '175' },
    })),
    {
      pattern: 'features.power_saving.office_hour.idle_timeout',
      value: int(1, 960, 'minutes'),
      models: NOT_T19,
      description: 'Idle time during office hours before the phone enters power-saving mode.',
      source: { guide: 'UG-T5', page: '57' },
    },
    {
      pattern: 'features.power_saving.off_hour.idle_timeout',
      value: int(1, 10, 'minutes'),
      models: NOT_T19,
      description: 'Idle time outside office hours before the phone enters power-saving mode.',
      source: { guide: 'UG-T5', page: '57' },
    },
    {
      pattern: 'features.power_saving.user_input_ext.idle_timeout',
      value: int(1, 30, 'minutes'),
      models: NOT_T19,
      description:
        'Minimum idle time after someone last used the phone (key press, handset) before power saving starts; the longest applicable timeout wins.',
      source: { guide: 'UG-T5', page: '57' },
    },
    // Reboot-requiring display switches ('#Require reboot' in Yealink's templates; value lists not found in a guide page).
    {
      pattern: 'phone_setting.account_show_enable',
      value: TEXT,
      reboot: true,
      description: 'Display switch for account information on the screen (by its name); the phone reboots to apply a change. Its values were not in the guide pages available here.',
      source: { guide: 'TEMPLATE', page: 'Require reboot note' },
    },
    {
      pattern: 'phone_setting.softkey_enable',
      value: TEXT,
      reboot: true,
      description: 'Display switch for the soft keys (by its name); the phone reboots to apply a change. Its values were not in the guide pages available here.',
      source: { guide: 'TEMPLATE', page: 'Require reboot note' },
    },
  ],
};
