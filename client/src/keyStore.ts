/**
 * AES keys in VS Code's SecretStorage only (never settings, logs or output channels). Keys are stored
 * under a name the user picks (per file, e.g. "y000000000066.cfg", or per group, e.g. "common", "mac").
 * SecretStorage cannot list its entries, so the names are kept as a JSON index in one more secret.
 */
import type * as vscode from 'vscode';
import { checkKey } from '../../engine/src/fileService';

const PREFIX = 'yealinkCfg.aesKey.';
const INDEX = 'yealinkCfg.aesKeyIndex';

export class KeyStore {
  /** Serialises index updates so two quick stores cannot lose a name. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly secrets: vscode.SecretStorage) {}

  /** Stores a key under a name; refuses an invalid key with the reason (the key is never in the message). */
  async store(name: string, key: string): Promise<void> {
    const cleanName = KeyStore.checkName(name);
    const check = checkKey(key);
    if (!check.ok) throw new Error(`Not stored: ${check.reason}`);
    await this.serial(async () => {
      await this.secrets.store(PREFIX + cleanName, key);
      const names = await this.readIndex();
      if (!names.includes(cleanName)) await this.writeIndex([...names, cleanName].sort());
    });
  }

  /**
   * Stores a key under `suggestedName`, or "<name> 2", "<name> 3" ... when that is taken: never replaces a stored
   * key. Answers the name used. For a generated key that files are about to need.
   */
  async storeNew(suggestedName: string, key: string): Promise<string> {
    const base = KeyStore.checkName(suggestedName);
    const check = checkKey(key);
    if (!check.ok) throw new Error(`Not stored: ${check.reason}`);
    return this.serial(async () => {
      const names = await this.readIndex();
      let name = base;
      for (let n = 2; names.includes(name) || (await this.secrets.get(PREFIX + name)) !== undefined; n++) name = KeyStore.checkName(`${base.slice(0, 90)} ${n}`);
      await this.secrets.store(PREFIX + name, key);
      await this.writeIndex([...names, name].sort());
      return name;
    });
  }

  async get(name: string): Promise<string | undefined> {
    return this.secrets.get(PREFIX + name.trim());
  }

  /** Names of the stored keys (never the keys). Names whose secret has gone are dropped. */
  async list(): Promise<string[]> {
    return this.serial(async () => {
      const names = await this.readIndex();
      const present: string[] = [];
      for (const name of names) if ((await this.secrets.get(PREFIX + name)) !== undefined) present.push(name);
      if (present.length !== names.length) await this.writeIndex(present);
      return present;
    });
  }

  async forget(name: string): Promise<void> {
    const cleanName = name.trim();
    await this.serial(async () => {
      await this.secrets.delete(PREFIX + cleanName);
      const names = await this.readIndex();
      if (names.includes(cleanName)) await this.writeIndex(names.filter((n) => n !== cleanName));
    });
  }

  /** All stored keys with their names, for trying them on an encrypted file (stays in memory). */
  async entries(): Promise<{ name: string; key: string }[]> {
    const result: { name: string; key: string }[] = [];
    for (const name of await this.list()) {
      const key = await this.get(name);
      if (key !== undefined) result.push({ name, key });
    }
    return result;
  }

  /** A key name: 1..100 characters, no line breaks. Returns it trimmed or throws with the reason. */
  static checkName(name: string): string {
    const clean = name.trim();
    if (clean === '') throw new Error('A key needs a name (for example "common" or "mac").');
    if (clean.length > 100) throw new Error('A key name has at most 100 characters.');
    if (/[\r\n]/.test(clean)) throw new Error('A key name is one line.');
    return clean;
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async readIndex(): Promise<string[]> {
    const raw = await this.secrets.get(INDEX);
    if (!raw) return [];
    try {
      const parsed: unknown = JSON.parse(raw);
      return Array.isArray(parsed) ? parsed.filter((n): n is string => typeof n === 'string') : [];
    } catch {
      return [];
    }
  }

  private async writeIndex(names: readonly string[]): Promise<void> {
    await this.secrets.store(INDEX, JSON.stringify(names));
  }
}
