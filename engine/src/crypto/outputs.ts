/** Where Encrypt File(s) writes: decisions shared by the VS Code command and the CLI, tested here. */
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { securityFileNameFor } from './securityFile';

export interface EncryptOutputs {
  readonly source: string;
  readonly encrypted: string;
  /** `<name>_Security.enc` beside the encrypted file, when asked for. */
  readonly securityFile?: string;
}

/**
 * For each source: `<folder>/<same name>`, where `folder` is relative to the source's folder (the setting
 * `yealinkCfg.encrypt.outputFolder`, default `encrypted`) or absolute. Refuses a plan that would write over a
 * source file.
 */
export function planEncryptOutputs(sources: readonly string[], outputFolder: string, securityFiles: boolean): EncryptOutputs[] {
  const folder = outputFolder.trim() === '' ? 'encrypted' : outputFolder.trim();
  const plans = sources.map((source) => {
    const dir = isAbsolute(folder) ? folder : join(dirname(source), folder);
    const encrypted = join(dir, basename(source));
    return { source, encrypted, securityFile: securityFiles ? securityFileNameFor(encrypted) : undefined };
  });
  const sourceSet = new Set(sources.map((s) => resolve(s)));
  for (const plan of plans) {
    if (sourceSet.has(resolve(plan.encrypted))) {
      throw new Error(`the output folder would replace the source ${basename(plan.source)}; choose another output folder`);
    }
  }
  const targets = plans.map((p) => resolve(p.encrypted));
  const dup = targets.find((t, i) => targets.indexOf(t) !== i);
  if (dup) throw new Error(`two sources would both be written to ${dup}; encrypt them separately or use an absolute output folder per batch`);
  return plans;
}

/** `Aeskey.txt` goes into the output folder of the first source. */
export function aesKeyTxtPath(plans: readonly EncryptOutputs[]): string | undefined {
  return plans.length === 0 ? undefined : join(dirname(plans[0].encrypted), 'Aeskey.txt');
}
