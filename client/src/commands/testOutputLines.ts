/**
 * Test hook (registered only under the test runner, see registerCommands): the last lines of the Yealink CFG
 * output channel, so the integration suite can check what the channel says.
 */
import type { CommandServices } from './index';

export async function testOutputLines({ log }: CommandServices): Promise<readonly string[]> {
  return log.lines();
}
