/**
 * Security parameters: web and phone UI passwords, variable (var) access level, TLS certificates,
 * the built-in web server switches and the web item level file.
 *
 * Sources: the password pages of the T5 and T2/T4 administrator guides (one user_password line per user),
 * the Security Settings comments of Yealink's V80/V81 template (login names per level, default access level),
 * the TLS certificate chapter of the T48G guide, and the security comments of Yealink's V81 template
 * (certificate choices, reboot notes).
 * The AES/encryption keys for provisioning files live in autoProvision.ts.
 */
import type { CatalogFamily, ParameterAlias, ParameterSpec } from '../types';
import { TEXT, URL, bool, oneOf } from '../valueLists';


const parameters: ParameterSpec[] = [
  {
    pattern: 'static.security.user_password',
    // The 32-character limit applies to the password after "name:", so no maxLength on the whole value.
    value: { kind: 'string', charset: ' -~' },
    repeatableBy: ':',
    description:
      'Sets a login password as name:password (e.g. admin:S3cret); repeat the line once per account (user, admin, var). Passwords are up to 32 printable ASCII characters; the factory passwords are user and admin.',
    source: { guide: 'AGT5', page: '690' },
  },
  {
    pattern: 'static.security.var_enable',
    value: bool('Two levels: user and admin', 'Three levels: user, var and admin'),
    reboot: true,
    description:
      'Adds the intermediate "var" login level, whose web pages are defined by the web item level file.',
    source: { guide: 'TPL-V81-3CX', page: 'Security section, security.var_enable' },
  },
  {
    pattern: 'static.security.default_access_level',
    value: oneOf(['0', 'user'], ['1', 'var'], ['2', 'admin']),
    default: '0',
    description:
      'Which of the three login levels (user, var, admin) the web interface opens with when three-level access is on (static.security.var_enable).',
    source: { guide: 'AGT58', page: '319' },
    alsoIn: [{ guide: 'TPL-V81-3CX', page: 'Security Settings section, security.default_access_level' }],
  },
  ...(['admin', 'user', 'var'] as const).map(
    (level): ParameterSpec => ({
      pattern: `static.security.user_name.${level}`,
      value: TEXT,
      description: `Login name of the ${level} level on the web interface; its password is set with static.security.user_password as name:password, using this name.`,
      source: { guide: 'TPL-V81-3CX', page: `Security Settings section, security.user_name.${level}` },
    }),
  ),
  {
    pattern: 'static.web_item_level.url',
    value: URL,
    reboot: true,
    description: 'Where the phone downloads the file that assigns each web UI item to the user, var or admin level.',
    source: { guide: 'TPL-V81-3CX', page: 'Security section, web_item_level.url' },
  },
  {
    pattern: 'static.security.trust_certificates',
    value: bool('Accept any server certificate', 'Only trust servers whose certificate is in the trusted list'),
    reboot: true,
    description:
      'Makes the phone check TLS servers (SIP over TLS, HTTPS provisioning) against its trusted certificate list and refuse unknown ones.',
    source: { guide: 'AGT48G', page: '229' },
  },
  {
    pattern: 'static.security.ca_cert',
    value: oneOf(['0', 'Built-in certificates'], ['1', 'Custom certificates'], ['2', 'All certificates']),
    default: '0',
    reboot: true,
    description:
      'Chooses which trusted certificates the phone accepts when checking a server: the built-in ones, the uploaded custom ones, or both.',
    source: { guide: 'TPL-V81-3CX', page: 'Security section, static.security.ca_cert' },
  },
  {
    pattern: 'static.security.dev_cert',
    value: oneOf(['0', 'Built-in certificate'], ['1', 'Custom certificate']),
    default: '0',
    reboot: true,
    description:
      'Chooses which server (device) certificate the phone presents when a client opens a TLS connection to it: the built-in Yealink one or an uploaded custom one.',
    source: { guide: 'TPL-V81-3CX', page: 'Security section, static.security.dev_cert' },
  },
  {
    pattern: 'static.security.cn_validation',
    value: bool('Do not check the certificate name', 'Require the certificate name to match the server'),
    reboot: true,
    description:
      'Makes the phone verify that the common name in a server certificate matches the server it connects to (RFC 2818 rules).',
    source: { guide: 'AGT48G', page: '229' },
  },
  {
    pattern: 'security.tls_cipher_list',
    value: TEXT,
    reboot: true,
    description: 'Restricts the cipher suites the phone offers and accepts on TLS connections.',
    source: { guide: 'TEMPLATE', page: 'Require reboot note' },
  },
  {
    pattern: 'static.wui.http_enable',
    value: bool('Web UI not reachable over HTTP', 'Web UI reachable over HTTP'),
    reboot: true,
    description: 'Turns the plain-HTTP side of the phone’s web interface on or off; turn it off to allow HTTPS only.',
    source: { guide: 'TEMPLATE', page: 'Require reboot note' },
  },
  {
    pattern: 'static.wui.https_enable',
    value: bool('Web UI not reachable over HTTPS', 'Web UI reachable over HTTPS'),
    reboot: true,
    description: 'Turns the HTTPS side of the phone’s web interface on or off.',
    source: { guide: 'TEMPLATE', page: 'Require reboot note' },
  },
];

const PRE_V81 = 'name without the static. prefix, used before V81';

const aliases: ParameterAlias[] = parameters
  .filter((spec) => spec.pattern.startsWith('static.'))
  .map((spec) => ({ alias: spec.pattern.slice('static.'.length), of: spec.pattern, note: PRE_V81 }));

export const family: CatalogFamily = {
  family: 'security',
  parameters,
  aliases,
};
