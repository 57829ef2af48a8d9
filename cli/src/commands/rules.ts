/** `yealink-cfg rules`: every validation rule with its code, default severity and documentation link. */
import { ruleDocsLink, RULES, shippedReadmeUri } from '../../../engine/src/languageService';
import { parseCommandArgs, UsageError, type CliCommand } from '../io';

export const usage = `yealink-cfg rules [--format text|json]

  Lists the validation rules: code, default severity, what each checks, and where it is documented.`;

export const command: CliCommand = async (args, io) => {
  const { values, positionals } = parseCommandArgs('rules', args, { format: { type: 'string' } });
  if (positionals.length > 0) throw new UsageError(`rules: unexpected argument "${positionals[0]}"`);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`rules: --format is text or json, not "${format}"`);
  const readme = shippedReadmeUri(__dirname);
  const rows = RULES.map((rule) => ({
    code: rule.code,
    severity: rule.defaultSeverity,
    title: rule.title,
    docs: ruleDocsLink(readme, rule.code) ?? `README.md#${rule.code.toLowerCase()}`,
  }));
  if (format === 'json') io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
  else io.stdout(rows.map((row) => `${row.code}  ${row.severity.padEnd(11)}  ${row.title}`).join('\n') + '\n');
  return 0;
};
