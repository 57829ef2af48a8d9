/**
 * Test hook (registered only under the test runner, see registerCommands): the next "new AES key" modals answer
 * `{ answers: ['dismiss' | 'Copy'] }` in place of the user. Answers how many such modals were shown so far.
 */
import { scriptKeyNotices, type ScriptedKeyNotice } from '../keyNotice';
import type { CommandServices } from './index';

export async function testKeyNotice(_services: CommandServices, argsValue?: unknown): Promise<number> {
  const answers = (argsValue as { answers?: unknown } | undefined)?.answers ?? [];
  if (!Array.isArray(answers) || !answers.every((a): a is ScriptedKeyNotice => a === 'Copy' || a === 'dismiss')) {
    throw new Error('the key notice test hook takes { answers: ("Copy" | "dismiss")[] }');
  }
  return scriptKeyNotices(answers);
}
