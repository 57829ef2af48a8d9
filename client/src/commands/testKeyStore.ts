/**
 * Test hook (registered only under the test runner, see registerCommands): the integration suite stores,
 * lists and forgets keys in SecretStorage through the extension's key store. It never returns a key.
 */
import type { TestKeyStoreArgs } from '../../../engine/src/protocol';
import type { CommandServices } from './index';

export async function testKeyStore({ keys }: CommandServices, argsValue?: unknown): Promise<string[] | undefined> {
  const args = argsValue as TestKeyStoreArgs | undefined;
  switch (args?.op) {
    case 'store':
      await keys.store(args.name, args.key);
      return undefined;
    case 'forget':
      await keys.forget(args.name);
      return undefined;
    case 'list':
      return keys.list();
    default:
      throw new Error('the key store test hook takes { op: "store" | "forget" | "list" }');
  }
}
