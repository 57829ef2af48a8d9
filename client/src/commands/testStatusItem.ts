/** Test hook (registered only under the test runner, see registerCommands): what the file-kind status item shows. */
import type { CommandServices } from './index';

export async function testStatusItem({ status }: CommandServices): Promise<{ visible: boolean; text: string; command?: string }> {
  return status.state;
}
