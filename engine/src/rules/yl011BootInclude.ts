/** YL011: a boot-file include that the phone cannot use (not a .cfg, empty, or an unknown model tag). */
import { findModel } from '../catalog/models';
import type { Rule } from './rule';

const CFG_FILE = /\.cfg$/i;

export const bootInclude: Rule = {
  code: 'YL011',
  title: 'Boot-file include the phone cannot use',
  defaultSeverity: 'warning',
  check({ doc }, report) {
    if (!doc.isBoot) return;
    return {
      other(line) {
        if (line.kind !== 'include') return;
        if (line.path === '') {
          report({ line: line.line, start: 0, end: line.text.length, message: 'include:config names no file.' });
        } else if (!CFG_FILE.test(line.path)) {
          report({
            line: line.line,
            start: line.pathSpan.start,
            end: line.pathSpan.end,
            message: `include:config must name a *.cfg file; "${line.path}" does not end in .cfg.`,
          });
        }
        for (const model of line.models) {
          if (findModel(model) || !line.modelsSpan) continue;
          const start = line.text.indexOf(model, line.modelsSpan.start);
          report({
            line: line.line,
            start,
            end: start + model.length,
            message: `"${model}" is not a Yealink model name known here (e.g. T46S, T54W, T21P_E2); phones skip this include.`,
          });
        }
      },
    };
  },
};
