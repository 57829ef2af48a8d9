/** YL013: a boot file includes a file that is not there, so the phone's download of it fails. */
import { includeFile } from '../includes';
import { hasTemplatePlaceholder } from '../parser';
import type { Rule } from './rule';

export const missingInclude: Rule = {
  code: 'YL013',
  title: 'Included file not found',
  defaultSeverity: 'warning',
  check({ doc, fileExists }, report) {
    if (!doc.isBoot || !fileExists) return;
    return {
      other(line) {
        // A provisioning system's placeholder ("{$mac}.cfg") names a file only once the template is filled in.
        if (line.kind !== 'include' || line.path === '' || hasTemplatePlaceholder(line.path)) return;
        const file = includeFile(doc.path, line.path);
        if (file === undefined || fileExists(file)) return;
        report({
          line: line.line,
          start: line.pathSpan.start,
          end: line.pathSpan.end,
          message: `"${line.path}" is not found next to this boot file (looked for ${file}); the phone will fail to download it if the provisioning server has the same layout.`,
        });
      },
    };
  },
};
