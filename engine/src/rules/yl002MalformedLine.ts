/** YL002: a line that is neither a setting, a comment, nor (in boot files) an include directive. */
import { contentSpan } from '../parser';
import type { Rule } from './rule';

/** A dotted name, blanks, then a value, with no `=`: `static.network.qos.audiotos 46`. */
const KEY_BLANK_VALUE = /^([ \t]*)([A-Za-z][\w-]*(?:\.[\w-]+)+)([ \t]+)(?=[^\s=#])[^=]*$/;
const VERSION_DIRECTIVE = /^version:/i;

export const malformedLine: Rule = {
  code: 'YL002',
  title: 'Line is not a setting, comment or boot-file directive',
  defaultSeverity: 'error',
  check({ doc }, report) {
    return {
      other(line) {
        const { start, end } = contentSpan(line.text);
        if (line.kind === 'invalid') {
          const missingEquals = KEY_BLANK_VALUE.exec(line.text);
          report({
            line: line.line,
            start,
            end,
            message: missingEquals
              ? `This line is not \`key = value\`: the \`=\` between ${missingEquals[2]} and its value is missing. The phone ignores the line.`
              : `This line is not \`key = value\`: ${line.reason}. The phone ignores it.`,
            data: missingEquals ? { insert: { column: missingEquals[1].length + missingEquals[2].length, length: missingEquals[3].length, text: ' = ' } } : undefined,
          });
        } else if (line.kind === 'include' && !doc.isBoot) {
          report({
            line: line.line,
            start,
            end,
            message: '`include:config` is only read in boot files (*.boot); in a CFG file the phone ignores it.',
          });
        } else if (line.kind === 'directive' && !VERSION_DIRECTIVE.test(line.directive)) {
          report({
            line: line.line,
            start,
            end,
            message: `"#!${line.directive}" is not a directive Yealink phones know; use "#" for a comment.`,
          });
        }
      },
    };
  },
};
