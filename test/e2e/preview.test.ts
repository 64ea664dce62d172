// The local preview in headless Chromium: the real add-on on the sample school, hostile names as text.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { RunningPreview } from '../../preview/http';
import { start, tempStateDir } from '../preview/support';
import { browserAvailable, launch } from './browser';

const artefacts = path.resolve(__dirname, '../../test-results/e2e');
const describeWithBrowser = browserAvailable() ? describe : describe.skip;

describeWithBrowser('the preview in Chromium', () => {
  const state = tempStateDir();
  let preview: RunningPreview;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(artefacts, { recursive: true });
    preview = await start(state.dir);
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto(preview.url);
    await page.getByText('Pupil name', { exact: true }).first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
    state.remove();
  });

  it('shows hostile pupil names as text and runs none of them', async () => {
    await expect(page.getByText('<img src=x onerror=alert(1)>').count()).resolves.toBe(1);
    await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.screenshot({ path: path.join(artefacts, 'preview-sample-school.png') });
  });

  it('runs Validate all from the add-on menu and shows its one message', async () => {
    await page.getByText('Extensions › AP Placements').click();
    await page.getByText('Validate all', { exact: true }).click();
    const message = page.getByText(/placements checked:/).first();
    await message.waitFor();
    expect(await message.textContent()).toMatch(/\b25 placements checked: \d+ with errors/);
    await page.screenshot({ path: path.join(artefacts, 'preview-validate-all.png') });
    expect(dialogs).toEqual([]);
  });

  it('opens the real sidebar in a 300 px frame, with data from google.script.run', async () => {
    const ok = page.getByRole('button', { name: 'OK', exact: true });
    if (await ok.count()) await ok.first().click();
    await page.getByText('Extensions › AP Placements').click();
    await page.getByText('Open sidebar', { exact: true }).click();
    const frame = page.locator('#sidebar iframe');
    await frame.waitFor();
    expect((await frame.boundingBox())?.width).toBeLessThanOrEqual(300);
    const sidebar = page.frameLocator('#sidebar iframe');
    await sidebar
      .getByText(/placement/i)
      .first()
      .waitFor();
    await page.screenshot({ path: path.join(artefacts, 'preview-sidebar.png') });
    expect(pageErrors).toEqual([]);
  });
});
