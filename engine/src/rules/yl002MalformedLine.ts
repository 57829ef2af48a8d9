/** YL002: a line that is neither a setting, a comment, nor (in boot files) an include directive. */
import { contentSpan } from '../parser';
import type { Rule } from './rule';

export const malformedLine: Rule = {
  code: 'YL002',
  title: 'Line is not a setting, comment or boot-file directive',
  defaultSeverity: 'error',
  check({ doc }, report) {
    for (const line of doc.parsed.lines) {
      const { start, end } = contentSpan(line.text);
      if (line.kind === 'invalid') {
        report({ line: line.line, start, end, message: `This line is not \`key = value\`: ${line.reason}. The phone ignores it.` });
      } else if (line.kind === 'include' && !doc.isBoot) {
        report({
          line: line.line,
          start,
          end,
          message: '`include:config` is only read in boot files (*.boot); in a CFG file the phone ignores it.',
        });
      } else if (line.kind === 'directive' && !/^version:/i.test(line.directive)) {
        report({
          line: line.line,
          start,
          end,
          message: `"#!${line.directive}" is not a directive Yealink phones know; use "#" for a comment.`,
        });
      }
    }
  },
};
