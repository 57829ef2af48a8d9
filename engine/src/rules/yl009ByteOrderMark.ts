/**
 * YL009: the file is not plain UTF-8: a UTF-8 byte-order mark pushes the header off byte 0, and another
 * encoding (UTF-16, Latin-1) is not what Yealink's guides and templates use. The checks still run on the
 * decoded text.
 */
import { describeEncoding } from '../plainText';
import type { Rule } from './rule';

export const byteOrderMark: Rule = {
  code: 'YL009',
  title: 'Byte-order mark or encoding other than UTF-8',
  defaultSeverity: 'warning',
  check({ doc }, report) {
    const firstLine = { line: 0, start: 0, end: doc.parsed.lines[0]?.text.length ?? 0 };
    if (doc.encoding !== undefined && doc.encoding !== 'utf-8') {
      report({
        ...firstLine,
        message: `The file is in ${describeEncoding(doc.encoding)}, not UTF-8; Yealink's templates are UTF-8, and phones may show other characters wrongly. Save it as UTF-8 without BOM. The other checks ran on the decoded text.`,
      });
      return;
    }
    if (!doc.parsed.hasBom || doc.parsed.content !== 'plain') return;
    report({
      ...firstLine,
      message: 'The file starts with a UTF-8 byte-order mark, so "#!version" is not at the first byte; Yealink does not document that phones accept it. Save as UTF-8 without BOM.',
      data: { removeBom: true },
    });
  },
};
