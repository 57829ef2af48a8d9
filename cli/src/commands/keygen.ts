/** `yealink-cfg keygen`: a new AES key from the operating system's CSPRNG, over [A-Za-z0-9]. */
import { generateKey } from '../../../engine/src/fileService';
import { parseCommandArgs, UsageError, type CliCommand } from '../io';

export const usage = `yealink-cfg keygen [--length 16|32]

  --length 16|32   16 characters (AES-128, default) or 32 (AES-256, needed for RSA mode)`;

export const command: CliCommand = async (args, io) => {
  const { values, positionals } = parseCommandArgs('keygen', args, { length: { type: 'string' } });
  if (positionals.length > 0) throw new UsageError(`keygen: unexpected argument "${positionals[0]}"`);
  const length = values.length === undefined ? 16 : Number(values.length);
  if (length !== 16 && length !== 32) throw new UsageError('keygen: --length is 16 or 32');
  io.stdout(`${generateKey(length)}\n`);
  return 0;
};
