/**
 * UI steps for the editing features, run by test/e2e/ui.ts after its own: inlay hints after coded values, a
 * block snippet expanding from the suggest widget, and a file before and after Format Document. Each step
 * passes only when the editor shows the result a person would look for.
 */
import type { Page } from 'playwright-core';
import { editorText, focusEditor, quickOpen, runCommand, until } from './ui';

/** The file of test/vscode/fixtures/editing: coded values, unsorted line keys, one badly spaced line. */
const EDITING = 'line-keys-and-time.cfg';

type Step = (name: string, body: () => Promise<void>) => Promise<boolean>;

/** Back to the file on disk, whatever a step typed. */
async function revertFile(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await runCommand(page, 'File: Revert File');
}

export async function runEditingSteps(page: Page, step: Step): Promise<void> {
  await step('inlay-hints', async () => {
    await quickOpen(page, EDITING);
    // Inlay hints are drawn inside the line, after the value: `linekey.10.type = 16 BLF`.
    await until('the BLF and TLS hints after the coded values', async () => {
      const text = await editorText(page);
      return /linekey\.10\.type = 16\s*BLF/.test(text) && /transport_type = 2\s*TLS/.test(text);
    }, 30_000);
  });

  await step('snippet-expanding', async () => {
    await focusEditor(page, 'linekey.10.type');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('BLF', { delay: 60 });
    const widget = page.locator('.editor-widget.suggest-widget.visible');
    const focused = widget.locator('.monaco-list-row.focused');
    await until(
      'the "BLF line key" block in the suggest widget, selected',
      async () => {
        if (!(await widget.isVisible())) {
          await page.keyboard.press('Control+Space');
          await widget.waitFor({ state: 'visible', timeout: 3000 }).catch(() => undefined);
        }
        const rows = await widget.locator('.monaco-list-row').allInnerTexts();
        if (!rows.some((row) => row.includes('BLF line key'))) return false;
        if ((await focused.innerText().catch(() => '')).includes('BLF line key')) return true;
        await page.keyboard.press('ArrowDown');
        return false;
      },
      30_000,
      300,
    );
    await page.keyboard.press('Enter');
    // The index is the first tab stop, shared by every line of the block.
    await page.keyboard.type('12', { delay: 60 });
    await page.keyboard.press('Tab');
    await until('the expanded BLF block with line key 12', async () => {
      const text = await editorText(page);
      return ['linekey.12.type = 16', 'linekey.12.line = 1', 'linekey.12.value', 'linekey.12.label'].every((line) => text.includes(line));
    });
  });

  await step('formatter-before', async () => {
    await revertFile(page);
    await until('the badly spaced line', async () => (await editorText(page)).includes('linekey.2.type   =13'));
  });

  await step('formatter-after', async () => {
    await runCommand(page, 'Format Document');
    await until('the line formatted, its value kept', async () => {
      const text = await editorText(page);
      return text.includes('linekey.2.type = 13') && !text.includes('linekey.2.type   =13');
    });
  });

  await step('sort-settings-in-section', async () => {
    await runCommand(page, 'Yealink CFG: Sort Settings in Section');
    await until('the line keys in index order', async () => {
      const text = await editorText(page);
      return text.indexOf('linekey.1.type') >= 0 && text.indexOf('linekey.1.type') < text.indexOf('linekey.2.type') && text.indexOf('linekey.2.value') < text.indexOf('linekey.10.type');
    });
    await revertFile(page);
  });
}
