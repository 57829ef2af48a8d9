/**
 * The UI half of `npm run test:e2e`: drives the VS Code workbench (code-server in Chromium) with the keyboard and
 * mouse the way a person would, and saves a screenshot of every step. Each step passes only when the workbench
 * shows what a person would look for (the suggest widget with catalog keys, the reboot warning in a hover, YL codes
 * in the Problems panel, the merged document, the encrypted file on disk).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { runEditingSteps } from './editingUi';
import { runFleetSteps } from './fleetUi';

export interface StepResult {
  name: string;
  ok: boolean;
  screenshot?: string;
  error?: string;
  ms: number;
}

export interface UiOptions {
  browser: Browser;
  url: string;
  workspace: string;
  screenshots: string;
  log: (line: string) => void;
  /** A workbench on a copy of test/e2e/fleet, for the fleet steps. */
  fleetUrl?: string;
}

const COMMON = 'y000000000066.cfg';
const MAC = '001565abcdef.cfg';
const ERRORS = '001565abcd02.cfg';
const UI_KEY = 'Ui7eStKey0123456'; // 16 characters, typed into the key prompt if the extension asks for one

export async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 20_000, intervalMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

const quickInput = (page: Page): Locator => page.locator('.quick-input-widget');
const quickInputBox = (page: Page): Locator => page.locator('.quick-input-widget .quick-input-box input');

async function commandPalette(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  await quickInputBox(page).waitFor({ state: 'visible', timeout: 10_000 });
  await quickInputBox(page).fill('>');
  await page.keyboard.type(text, { delay: 15 });
}

/** Runs a command from the command palette by its title, choosing the row that shows that title. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await commandPalette(page, title);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ state: 'visible', timeout: 10_000 });
  await row.click();
}

/** Opens a workspace file with Quick Open (the command palette without its ">"), as a person types its name. */
export async function quickOpen(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  await quickInputBox(page).waitFor({ state: 'visible', timeout: 10_000 });
  await quickInputBox(page).fill('');
  await page.keyboard.type(name, { delay: 15 });
  // Enter opens the focused row: wait until the filter has put this name there (a similar name may lead first).
  const row = page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: name }).first();
  await row.waitFor({ state: 'visible', timeout: 15_000 });
  await page.keyboard.press('Enter');
  await activeTab(page, name);
}

async function activeTab(page: Page, name: string): Promise<void> {
  await page.locator('.tabs-container .tab.active', { hasText: name }).first().waitFor({ state: 'visible', timeout: 15_000 });
}

/** The text of the visible editor lines (Monaco renders non-breaking spaces). */
export async function editorText(page: Page): Promise<string> {
  const lines = await page.locator('.editor-group-container.active .monaco-editor .view-lines .view-line').allInnerTexts();
  return lines.join('\n').replace(/\u00a0/g, ' ');
}

const ACTIVE_EDITOR = '.editor-group-container.active .monaco-editor';

/**
 * Waits until the active editor has drawn a line holding `expected` (any line when none is given) and its drawn
 * lines have settled: the same text and the same place in two successive looks. A click before that lands on a
 * half-drawn editor (seen on a loaded machine) and goes nowhere.
 */
export async function waitForEditorLines(page: Page, expected?: string | RegExp, timeoutMs = 30_000): Promise<Locator> {
  const line = page.locator(`${ACTIVE_EDITOR} .view-lines .view-line`, expected === undefined ? {} : { hasText: expected }).first();
  await line.waitFor({ state: 'visible', timeout: timeoutMs });
  let previous: string | undefined;
  await until(
    `the editor lines${expected === undefined ? '' : ` with ${String(expected)}`} to settle`,
    async () => {
      const snapshot = JSON.stringify([await editorText(page), await line.boundingBox()]);
      const settled = snapshot === previous && (await line.isVisible());
      previous = snapshot;
      return settled;
    },
    timeoutMs,
    150,
  );
  return line;
}

/**
 * Puts the keyboard focus into the active editor: clicks a drawn, settled line (holding `expected` when given),
 * then waits for the editor to say it has the focus, clicking again if the first click came too early.
 */
export async function focusEditor(page: Page, expected?: string | RegExp): Promise<void> {
  const focused = page.locator(`${ACTIVE_EDITOR}.focused`).first();
  await until(
    'the keyboard focus in the editor',
    async () => {
      const line = await waitForEditorLines(page, expected);
      await line.click({ timeout: 10_000 });
      await focused.waitFor({ state: 'visible', timeout: 2000 }).catch(() => undefined);
      return focused.isVisible();
    },
    30_000,
    200,
  );
}

async function setSideBar(page: Page, visible: boolean): Promise<void> {
  const sideBar = page.locator('.part.sidebar');
  if ((await sideBar.isVisible()) === visible) return;
  await focusEditor(page);
  await page.keyboard.press('Control+b');
  await sideBar.waitFor({ state: visible ? 'visible' : 'hidden', timeout: 5000 });
}

export async function runUiSteps(options: UiOptions): Promise<StepResult[]> {
  const { browser, log } = options;
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const results: StepResult[] = [];
  let index = 0;

  const step = async (name: string, body: () => Promise<void>): Promise<boolean> => {
    index++;
    const started = Date.now();
    const file = join(options.screenshots, `${String(index).padStart(2, '0')}-${name}.png`);
    let error: string | undefined;
    try {
      await body();
    } catch (e) {
      error = e instanceof Error ? e.message.split('\n').slice(0, 6).join('\n') : String(e);
    }
    let screenshot: string | undefined;
    try {
      await page.screenshot({ path: file });
      screenshot = file;
    } catch {
      /* page gone: reported by the error */
    }
    const result: StepResult = { name, ok: !error, screenshot, error, ms: Date.now() - started };
    results.push(result);
    log(`  ${result.ok ? 'ok  ' : 'FAIL'} ui: ${name} (${result.ms} ms)${error ? `\n         ${error.replace(/\n/g, '\n         ')}` : ''}`);
    return result.ok;
  };

  try {
    const ready = await step('workbench', async () => {
      await page.goto(options.url);
      await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
      await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ state: 'visible', timeout: 60_000 });
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: COMMON }).first().waitFor({ state: 'visible', timeout: 30_000 });
    });
    if (!ready) return results;

    await step('open-common-file', async () => {
      await quickOpen(page, COMMON);
      // The status bar's language indicator names the language the file was given.
      await page.locator('.statusbar-item', { hasText: 'Yealink CFG' }).first().waitFor({ state: 'visible', timeout: 30_000 });
      await until('the Common file text', async () => (await editorText(page)).includes('account.1.enable'));
    });

    await step('open-mac-file', async () => {
      await quickOpen(page, MAC);
      await page.locator('.statusbar-item', { hasText: 'Yealink CFG' }).first().waitFor({ state: 'visible', timeout: 30_000 });
      await until('the MAC file text', async () => (await editorText(page)).includes('Front Desk'));
    });

    await step('completion-account-1', async () => {
      await quickOpen(page, COMMON);
      await focusEditor(page, 'account.1.enable');
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('account.1.', { delay: 40 });
      const widget = page.locator('.editor-widget.suggest-widget.visible');
      const rows = async () => (await widget.locator('.monaco-list-row').allInnerTexts()).map((row) => row.replace(/\s+/g, ' ').trim());
      // The catalog's entries (not VS Code's word guesses) appear for the account.1. prefix ...
      await until(
        'the suggest widget to list account.X / account.1 catalog keys',
        async () => {
          if (!(await widget.isVisible())) {
            await page.keyboard.press('Control+Space');
            await widget.waitFor({ state: 'visible', timeout: 3000 }).catch(() => undefined);
          }
          return (await rows()).filter((row) => /^account\.(X|1)\./.test(row)).length >= 5;
        },
        45_000,
        500,
      );
      // ... and typing on narrows them to account.1.enable.
      await page.keyboard.type('ena', { delay: 60 });
      await until('account.1.enable in the suggest widget', async () => (await rows()).some((row) => /^account\.(X|1)\.enable\b(?![._])/.test(row)), 15_000);
    });

    await step('hover-reboot-warning', async () => {
      // Undo the typing, as a person would, until the file is back to what is on disk.
      await page.keyboard.press('Escape');
      await until(
        'undo to bring the file back to what is on disk',
        async () => {
          if ((await editorText(page)).trimEnd().endsWith('local_time.time_zone = +1')) return true;
          await page.keyboard.press('Control+z');
          return false;
        },
        10_000,
        200,
      );
      const line = await waitForEditorLines(page, 'static.network.internet_port.type');
      const box = await line.boundingBox();
      if (!box) throw new Error('the static.network.internet_port.type line has no place on the page');
      const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: /reboot/i });
      await until(
        'a hover that mentions the reboot',
        async () => {
          await page.mouse.move(box.x + 30, box.y + box.height / 2);
          await page.mouse.move(box.x + 60, box.y + box.height / 2, { steps: 4 });
          await hover.first().waitFor({ state: 'visible', timeout: 4000 }).catch(() => undefined);
          return hover.first().isVisible();
        },
        45_000,
        200,
      );
    });

    await step('problems-panel', async () => {
      await page.mouse.move(5, 450);
      await quickOpen(page, ERRORS);
      await runCommand(page, 'View: Focus Problems');
      const panel = page.locator('.markers-panel');
      await panel.first().waitFor({ state: 'visible', timeout: 15_000 });
      await until(
        'YL codes in the Problems panel',
        async () => {
          const text = (await panel.first().innerText()).replace(/\s+/g, ' ');
          return ['YL002', 'YL003', 'YL004'].every((code) => text.includes(code));
        },
        45_000,
      );
    });

    await step('preview-merged-configuration', async () => {
      await runCommand(page, 'View: Hide Panel').catch(() => undefined);
      await quickOpen(page, MAC);
      // More room for the two editors side by side: hide the side bar (Ctrl+B), as a person would.
      await setSideBar(page, false);
      await runCommand(page, 'Yealink CFG: Preview Merged Configuration');
      await until(
        'the merged document with provenance comments',
        async () => {
          const text = await editorText(page);
          return text.includes('# from') && text.includes('Front Desk') && text.includes('account.1.enable');
        },
        30_000,
      );
    });

    await step('encrypt-file', async () => {
      await setSideBar(page, true);
      await quickOpen(page, COMMON);
      await runCommand(page, 'Yealink CFG: Encrypt File');
      const target = join(options.workspace, 'encrypted', COMMON);
      // Answer whatever the extension asks the way a person would: type a key into a text prompt, otherwise take
      // the offered default (the first choice, or the suggested text); done when the file is written and no prompt
      // is left open.
      let prompts = 0;
      await until(
        `the encrypted file ${target}`,
        async () => {
          if (await quickInput(page).isVisible()) {
            const title = ((await page.locator('.quick-input-widget .quick-input-title').innerText().catch(() => '')) || '').trim();
            const placeholder = (await quickInputBox(page).getAttribute('placeholder')) ?? '';
            const rowTexts = await page.locator('.quick-input-widget .monaco-list-row').allInnerTexts();
            const value = await quickInputBox(page).inputValue();
            if (prompts === 0) await page.screenshot({ path: join(options.screenshots, `${String(index).padStart(2, '0')}-encrypt-file-prompt.png`) });
            prompts++;
            if (rowTexts.length === 0 && !value && /key/i.test(`${title} ${placeholder}`)) {
              await quickInputBox(page).fill(UI_KEY);
              log(`         prompt "${title || placeholder}": typed a 16-character key`);
            } else {
              log(`         prompt "${title || placeholder}": accepted ${rowTexts.length ? `"${rowTexts[0].split('\n')[0]}"` : `"${value}"`}`);
            }
            await page.keyboard.press('Enter');
            await quickInput(page).waitFor({ state: 'hidden', timeout: 1500 }).catch(() => undefined);
            return false;
          }
          return existsSync(target);
        },
        45_000,
        500,
      );
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'encrypted' }).first().waitFor({ state: 'visible', timeout: 15_000 });
      const names = readdirSync(join(options.workspace, 'encrypted'));
      if (!names.includes(COMMON)) throw new Error(`encrypted/ holds ${names.join(', ')}`);
    });

    await step('generated-key-modal-dismissed', async () => {
      // The generated key is shown once in a modal with Copy; Escape closes it, and the key stays stored.
      const dialog = page.locator('.monaco-dialog-box', { hasText: 'New AES key' }).first();
      await dialog.waitFor({ state: 'visible', timeout: 15_000 });
      await dialog.locator('.monaco-button', { hasText: 'Copy' }).first().waitFor({ state: 'visible', timeout: 5000 });
      await page.screenshot({ path: join(options.screenshots, `${String(index).padStart(2, '0')}-generated-key-modal.png`) });
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden', timeout: 10_000 });
      await runCommand(page, 'Yealink CFG: List Stored AES Keys');
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'common' }).first().waitFor({ state: 'visible', timeout: 15_000 });
      await page.keyboard.press('Escape');
    });

    await step('encrypted-file-view', async () => {
      // Quick Open the encrypted copy: it shows a notice with Decrypt... instead of ciphertext.
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      await quickInputBox(page).waitFor({ state: 'visible', timeout: 10_000 });
      await quickInputBox(page).fill('');
      await page.keyboard.type(`encrypted/${COMMON}`, { delay: 15 });
      await page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: 'encrypted' }).first().waitFor({ state: 'visible', timeout: 15_000 });
      await page.keyboard.press('Enter');
      const decrypt = await until('the Decrypt button of the encrypted-file view', async () => {
        for (const frame of page.frames()) {
          const button = frame.locator('button#decrypt');
          if ((await button.count().catch(() => 0)) > 0 && (await button.isVisible().catch(() => false))) return button;
        }
        return undefined;
      }, 30_000);
      // One tab for the file: the text tab that showed its bytes was replaced, not left beside the view.
      const tabsOfFile = async () =>
        (await page.locator('.editor-group-container.active .tabs-container .tab').evaluateAll((tabs) => tabs.map((t) => t.textContent ?? ''))).filter(
          (text) => text.includes(COMMON) && text.includes('encrypted') && !text.includes('(decrypted)'),
        );
      await until('one tab for the encrypted file', async () => (await tabsOfFile()).length === 1);
      const status = await page.locator('.statusbar-item', { hasText: 'Encrypted' }).first().innerText({ timeout: 15_000 });
      if (/Common CFG/.test(status)) throw new Error(`the status item says "${status}" for ciphertext`);
      await page.screenshot({ path: join(options.screenshots, `${String(index).padStart(2, '0')}-encrypted-file-view-notice.png`) });
      await decrypt.click();
      // The _Security.enc written beside the file opens it; a key prompt, if any, is answered with its first choice.
      const decryptedTab = page.locator('.tabs-container .tab.active', { hasText: `${COMMON} (decrypted)` }).first();
      await until('the decrypted document in front', async () => {
        if (await quickInput(page).isVisible()) await page.keyboard.press('Enter');
        return decryptedTab.isVisible();
      }, 30_000, 300);
      await waitForEditorLines(page, 'account.1.enable');
    });

    await step('save-decrypted-as', async () => {
      // The title bar action on the decrypted document; VS Code's save dialog suggests a name beside the source.
      const target = join(options.workspace, 'encrypted', `${COMMON.replace(/\.cfg$/, '')} (decrypted).cfg`);
      await page.locator('.editor-group-container.active .editor-actions .action-label[aria-label*="Save Decrypted As"]').first().click({ timeout: 15_000 });
      await quickInputBox(page).waitFor({ state: 'visible', timeout: 15_000 });
      await until('the suggested name in the save dialog', async () => (await quickInputBox(page).inputValue()).endsWith('(decrypted).cfg'), 15_000);
      await page.keyboard.press('Enter');
      await until(`the decrypted copy ${target}`, async () => existsSync(target), 20_000);
      const mode = statSync(target).mode & 0o777;
      if (mode !== 0o600) throw new Error(`the decrypted copy has mode ${mode.toString(8)}, not 600`);
      await page.locator('.notifications-toasts', { hasText: 'Saved the decrypted text' }).first().waitFor({ state: 'visible', timeout: 10_000 });
    });

    await runEditingSteps(page, step);
    if (options.fleetUrl) await runFleetSteps(page, step, options.fleetUrl);
  } finally {
    await context.close().catch(() => undefined);
  }
  return results;
}
