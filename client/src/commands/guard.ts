/** Runs a command body, showing a failure as an error message instead of an unhandled rejection. */
import * as vscode from 'vscode';

/** The user dismissed a prompt: the command ends quietly with no result. */
export class Cancelled extends Error {}

/** The error text never contains a key: engine errors are written that way. */
export async function guard<T>(run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Cancelled) return undefined;
    void vscode.window.showErrorMessage(`Yealink CFG: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}
