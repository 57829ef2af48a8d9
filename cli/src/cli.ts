/**
 * `yealink-cfg`: the command-line twin of the extension, on the same engine.
 */
import { command as decrypt, usage as decryptUsage } from './commands/decrypt';
import { command as encrypt, usage as encryptUsage } from './commands/encrypt';
import { command as explain, usage as explainUsage } from './commands/explain';
import { command as impact, usage as impactUsage } from './commands/impact';
import { command as keygen, usage as keygenUsage } from './commands/keygen';
import { command as lint, usage as lintUsage } from './commands/lint';
import { command as merge, usage as mergeUsage } from './commands/merge';
import { command as rules, usage as rulesUsage } from './commands/rules';
import { escapedIO, guardStdout, UsageError, type CliCommand, type CliIO } from './io';

const COMMANDS: Readonly<Record<string, { run: CliCommand; usage: string }>> = {
  lint: { run: lint, usage: lintUsage },
  explain: { run: explain, usage: explainUsage },
  encrypt: { run: encrypt, usage: encryptUsage },
  decrypt: { run: decrypt, usage: decryptUsage },
  merge: { run: merge, usage: mergeUsage },
  impact: { run: impact, usage: impactUsage },
  keygen: { run: keygen, usage: keygenUsage },
  rules: { run: rules, usage: rulesUsage },
};

export const USAGE = `yealink-cfg: check, explain, encrypt, decrypt and merge Yealink provisioning files, and weigh a change's impact

Commands:
${Object.values(COMMANDS)
  .map((c) => `  ${c.usage.split('\n')[0]}`)
  .join('\n')}

Run "yealink-cfg <command> --help" for details.`;

/**
 * Runs one command. Every text it prints goes through escapeControls (a hostile CFG or file name cannot
 * drive the terminal); only decrypted data written with writeBytes passes unchanged.
 */
export async function main(argv: readonly string[], rawIO: CliIO): Promise<number> {
  const io = escapedIO(rawIO);
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${USAGE}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    io.stdout('0.1.0\n');
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`yealink-cfg: unknown command "${name}"\n\n${USAGE}\n`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`yealink-cfg: ${error.message}\n\n${command.usage}\n`);
      return 2;
    }
    io.stderr(`yealink-cfg: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size > 1 << 16) break; // a key is one short line
  }
  return Buffer.concat(chunks).toString('utf8');
}

if (require.main === module) {
  const io: CliIO = {
    cwd: process.cwd(),
    env: process.env,
    readStdin,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    writeBytes: (data) => process.stdout.write(data),
  };
  guardStdout(process.stdout, (code) => process.exit(code), (text) => process.stderr.write(text), () => Number(process.exitCode ?? 0));
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`yealink-cfg: ${String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
