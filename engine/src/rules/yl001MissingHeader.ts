/** YL001: the file must start with `#!version:1.0.0.1` on its first line, or the phone may ignore it. */
import { HEADER } from '../parser';
import type { Rule } from './rule';

const VERSION_DIRECTIVE = /^version:/i;

export const missingHeader: Rule = {
  code: 'YL001',
  title: 'Header missing or not on the first line',
  defaultSeverity: 'error',
  // A whole-document check: it looks beyond line 1 only when the header is not there.
  check({ doc }, report) {
    if (doc.parsed.content !== 'plain') return;
    const first = doc.parsed.lines[0];
    if (first?.kind === 'header') {
      if (first.text.trim() !== HEADER) {
        report({
          line: 0,
          start: 0,
          end: first.text.length,
          message: `The first line must be exactly "${HEADER}"; "${first.text.trim()}" is not a version Yealink phones accept.`,
          data: { replacements: [HEADER] },
        });
      }
      return;
    }
    const elsewhere = doc.parsed.lines.find((line) => line.kind === 'directive' && VERSION_DIRECTIVE.test(line.directive));
    if (elsewhere) {
      report({
        line: elsewhere.line,
        start: 0,
        end: elsewhere.text.length,
        message: `The header "${HEADER}" must be the very first line of the file (found on line ${elsewhere.line + 1}).`,
        data: { insertHeader: true, headerLine: elsewhere.line },
      });
      return;
    }
    report({
      line: 0,
      start: 0,
      end: first?.text.length ?? 0,
      message: `The file does not start with the header "${HEADER}"; Yealink phones require it on the first line.`,
      data: { insertHeader: true },
    });
  },
};
