/**
 * The one place a generated AES key is shown to the user: once, in a modal, with Copy. A caller whose files will
 * need the key stores it first (KeyStore.storeNew) and says where in `detail`, so Escape here never loses a key
 * a written file needs; a key nothing uses yet may be dismissed (the caller's detail says so).
 */
import * as vscode from 'vscode';

export type ScriptedKeyNotice = 'Copy' | 'dismiss';

/** Answers set by the integration suite's test hook (a test cannot press Escape in a modal); empty in normal use. */
const scripted: ScriptedKeyNotice[] = [];
let shown = 0;

/** Test hook: the next modals answer these instead of waiting for the user. Answers how many were shown so far. */
export function scriptKeyNotices(answers: readonly ScriptedKeyNotice[]): number {
  scripted.push(...answers);
  return shown;
}

export const COPY = 'Copy';

/**
 * Shows the key in a modal with Copy and the `actions`; answers the action chosen (Copy is handled here), or
 * undefined when the modal was dismissed.
 */
export async function showGeneratedKey(key: string, detail: string, actions: readonly string[] = []): Promise<string | undefined> {
  const next = scripted.shift();
  shown++;
  const answer =
    next !== undefined
      ? next === 'Copy'
        ? COPY
        : undefined
      : await vscode.window.showWarningMessage('New AES key, shown only this once:', { modal: true, detail: `${key}\n\n${detail}` }, COPY, ...actions);
  if (answer === COPY) {
    await vscode.env.clipboard.writeText(key);
    void vscode.window.showInformationMessage('The new AES key is on the clipboard.');
  }
  return answer;
}
