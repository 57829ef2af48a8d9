/**
 * UI steps for a fleet folder (test/e2e/fleet: T46U files, a MAC boot file, a common boot file), run by
 * test/e2e/ui.ts after the other steps, in the same browser page: the folder opens and the Problems panel
 * fills without a file being opened (activation by workspaceContains), the merge preview from a MAC file
 * whose boot file picks the T46U's includes, and the "Yealink CFG" output channel.
 */
import type { Page } from 'playwright-core';
import { editorText, quickOpen, runCommand, until } from './ui';

type Step = (name: string, body: () => Promise<void>) => Promise<boolean>;

const MAC = '805ec0a1b2c3.cfg';

export async function runFleetSteps(page: Page, step: Step, fleetUrl: string): Promise<void> {
  const opened = await step('fleet-activates-on-folder-open', async () => {
    await page.goto(fleetUrl);
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'y000000000108.cfg' }).first().waitFor({ state: 'visible', timeout: 60_000 });
    // No file is opened: the findings of the T46U fleet arrive because the folder itself started the extension.
    await runCommand(page, 'View: Focus Problems');
    const panel = page.locator('.markers-panel').first();
    await panel.waitFor({ state: 'visible', timeout: 15_000 });
    await until('the fleet findings in the Problems panel', async () => {
      const text = (await panel.innerText()).replace(/\s+/g, ' ');
      return text.includes('805ec0a1b2c4.cfg') && text.includes('YL004') && text.includes('y000000000108.cfg');
    }, 60_000);
  });
  if (!opened) return;

  await step('merge-preview-with-boot-file', async () => {
    await runCommand(page, 'View: Hide Panel').catch(() => undefined);
    await quickOpen(page, MAC);
    await runCommand(page, 'Yealink CFG: Preview Merged Configuration');
    await until('the merged document of the T46U with its boot file', async () => {
      const text = await editorText(page);
      return text.includes('model T46U') && text.includes('Front Desk') && text.includes('805ec0a1b2c3.boot');
    }, 30_000);
  });

  await step('output-channel', async () => {
    await runCommand(page, 'Output: Show Output Channels...');
    const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Yealink CFG' }).first();
    await row.waitFor({ state: 'visible', timeout: 10_000 });
    await row.click();
    await until('the start and scan lines in the output view', async () => {
      const text = (await page.locator('.part.panel .monaco-editor .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
      return /Yealink CFG \d+\.\d+\.\d+ in/.test(text) && /workspace scan: \d+ \.cfg\/\.boot files/.test(text);
    }, 20_000);
  });
}
