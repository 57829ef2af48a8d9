/** YL008: the file is encrypted, binary or in the pre-V70 INI format: reported once, not line by line. */
import type { Rule } from './rule';

export const unreadableContent: Rule = {
  code: 'YL008',
  title: 'Encrypted, binary or pre-V70 file: not checked',
  defaultSeverity: 'information',
  check({ doc }, report) {
    const firstLineEnd = doc.parsed.lines[0]?.text.length ?? 0;
    const at = { line: 0, start: 0, end: Math.min(firstLineEnd, 200) };
    switch (doc.parsed.content) {
      case 'rsa-encrypted':
        report({
          ...at,
          message: 'This file is encrypted in RSA mode (Yealink Configuration Encryption Tool). Decrypt it with your RSA private key to read or edit it.',
          data: { decrypt: 'rsa' },
        });
        break;
      case 'binary':
        report({
          ...at,
          message: 'This file is not text; it looks AES-encrypted (compatibility mode). Decrypt it with its AES key or _Security.enc file to read or edit it.',
          data: { decrypt: 'compatibility' },
        });
        break;
      case 'legacy-ini':
        report({
          ...at,
          message: 'This file uses the pre-V70 INI format ([ section ] and path= lines); current firmware reads #!version:1.0.0.1 files. It is not checked.',
        });
        break;
      case 'plain':
        break;
    }
  },
};
