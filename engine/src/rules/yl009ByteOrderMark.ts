/** YL009: a UTF-8 byte-order mark pushes the header off byte 0; write UTF-8 without BOM. */
import type { Rule } from './rule';

export const byteOrderMark: Rule = {
  code: 'YL009',
  title: 'File starts with a byte-order mark',
  defaultSeverity: 'warning',
  check({ doc }, report) {
    if (!doc.parsed.hasBom || doc.parsed.content !== 'plain') return;
    report({
      line: 0,
      start: 0,
      end: doc.parsed.lines[0]?.text.length ?? 0,
      message: 'The file starts with a UTF-8 byte-order mark, so "#!version" is not at the first byte; Yealink does not document that phones accept it. Save as UTF-8 without BOM.',
      data: { removeBom: true },
    });
  },
};
