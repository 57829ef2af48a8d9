/**
 * Runs a command body, showing a failure as an error message instead of an unhandled rejection, and
 * writing it with its cause to the Yealink CFG output channel.
 */
import * as vscode from 'vscode';
import type { OutputLog } from '../output';
import { FileServiceError } from '../../../engine/src/fileService';

/** The user dismissed a prompt: the command ends quietly with no result. */
export class Cancelled extends Error {}

/** The error text never contains a key: engine errors are written that way. */
export async function guard<T>(run: () => Promise<T>, log?: OutputLog, what = 'command'): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Cancelled || (error instanceof FileServiceError && error.code === 'cancelled')) return undefined;
    log?.error(what, error);
    void vscode.window.showErrorMessage(`Yealink CFG: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}
