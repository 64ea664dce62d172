// The local preview in headless Chromium: the real add-on on the sample school, hostile names as text.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { HOSTILE_NAMES } from '../../preview/sample-rows';
import { browserAvailable } from './browser';
import {
  artefacts,
  openPreview,
  scrollIntoViewAndDraw,
  showSheet,
  type OpenPreview,
} from './preview-page';

const describeWithBrowser = browserAvailable() ? describe : describe.skip;

describeWithBrowser('the preview in Chromium', () => {
  let open: OpenPreview;
  let page: Page;
  let dialogs: string[];
  let pageErrors: string[];
  let consoleProblems: string[];

  beforeAll(async () => {
    open = await openPreview();
    ({ page, dialogs, pageErrors, consoleProblems } = open);
  });

  afterAll(async () => {
    await open?.close();
  });

  it('shows hostile pupil names as text and runs none of them', async () => {
    await expect(page.getByText('<img src=x onerror=alert(1)>').count()).resolves.toBe(1);
    await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleProblems).toEqual([]);
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
    // A laptop's window: the page fits it, sidebar and all, with no scrollbar of its own.
    const before = page.viewportSize();
    await page.setViewportSize({ width: 1280, height: 800 });
    const ok = page.getByRole('button', { name: 'OK', exact: true });
    if (await ok.count()) await ok.first().click();
    await page.getByText('Extensions › AP Placements').click();
    await page.getByText('Open sidebar', { exact: true }).click();
    const frame = page.locator('#sidebar iframe');
    await frame.waitFor();
    const sidebar = page.frameLocator('#sidebar iframe');
    await sidebar
      .getByText(/placement/i)
      .first()
      .waitFor();
    // Google's sidebar width, inside the panel's border: the frame fits its panel exactly.
    const box = await frame.boundingBox();
    const panel = await page.locator('#sidebar').boundingBox();
    expect(box?.width).toBe(300);
    expect(box && panel && box.x + box.width).toBe(panel && panel.x + panel.width);
    const overflow = await page.evaluate<number[]>(
      `[document.documentElement.scrollWidth - document.documentElement.clientWidth,
        document.documentElement.scrollHeight - document.documentElement.clientHeight]`,
    );
    expect(overflow).toEqual([0, 0]);
    await page.screenshot({ path: path.join(artefacts, 'preview-sidebar.png') });
    if (before) await page.setViewportSize(before);
    expect(pageErrors).toEqual([]);
    // Offline, Google's add-on stylesheet is not asked for (the CSP would refuse it loudly).
    expect(consoleProblems).toEqual([]);
  });

  it('moves the clock to the morning digest in one click and shows it, hostile names inert', async () => {
    await page.getByRole('button', { name: 'Next 07:00', exact: true }).click();
    const digest = page.locator('#outbox button.entry', { hasText: 'to pastoral@example.sch.uk' });
    await digest.waitFor();
    await expect(page.locator('#outbox button.entry').count()).resolves.toBe(4);
    await expect(page.locator('#clock .now').textContent()).resolves.toBe(
      'Mon, 30 Nov 2026, 07:00',
    );
    await digest.click();
    const viewer = page.locator('#viewer');
    await viewer.getByRole('heading', { name: /^AP placements: 2 urgent, 2 for today/ }).waitFor();
    await expect(viewer.locator('.viewer-head').textContent()).resolves.toContain(
      'To: pastoral@example.sch.uk',
    );
    const frame = viewer.locator('iframe.framed');
    await expect(frame.getAttribute('sandbox')).resolves.toBe('');
    const html = page.frameLocator('#viewer iframe.framed');
    await html.getByText('Hello, here is what needs you as pastoral lead').waitFor();
    await html.getByText(`AP-0003 (${HOSTILE_NAMES[0]})`).first().waitFor();
    await html.getByText(`AP-0008 (${HOSTILE_NAMES[1]})`).first().waitFor();
    await expect(html.locator('img, script').count()).resolves.toBe(0);
    // The plain text is there too, each link in it a button that opens the row here. It is below
    // the HTML body's frame: scrolled to and drawn before the click, or the click lands in the frame.
    await viewer.getByText('Plain text', { exact: true }).waitFor();
    const rowLink = viewer.locator('pre.body button.link', { hasText: '&range=A327' }).first();
    await scrollIntoViewAndDraw(rowLink);
    await page.screenshot({ path: path.join(artefacts, 'preview-morning-digest.png') });
    await rowLink.click();
    await page.locator('#tabs .tab.active', { hasText: 'Attendance' }).waitFor();
    await page.locator('#cell-name', { hasText: /^A327$/ }).waitFor();
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('generates a document from the menu for the selected row and shows it rendered', async () => {
    await showSheet(page, 'Placements');
    // Row 4 is AP-0003, the pupil named <img src=x onerror=alert(1)>.
    await page.locator('td[data-row="4"][data-col="1"]').click();
    await page.getByText('Extensions › AP Placements').click();
    await page.getByRole('menuitem', { name: 'Parent/carer agreement', exact: true }).click();
    const dialog = page.locator('.dialog', { hasText: 'Made 1 Parent/carer agreement' });
    await dialog.waitFor();
    // The link in the add-on's message opens the document here, never Google.
    await dialog.locator('button.link').click();
    const viewer = page.locator('#viewer');
    await viewer
      .getByRole('heading', { name: /^AP-0003 Parent-carer agreement 2026-11-30$/ })
      .waitFor();
    const doc = page.frameLocator('#viewer iframe.framed');
    await doc
      .getByText(`Our agreement about ${HOSTILE_NAMES[0]}’s alternative provision`)
      .waitFor();
    await expect(doc.locator('img, script').count()).resolves.toBe(0);
    const listed = page.locator('#documents li.current');
    await expect(listed.textContent()).resolves.toContain('AP-0003 Parent-carer agreement');
    await page.screenshot({ path: path.join(artefacts, 'preview-document.png') });
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('opens a document from its link on the Documents sheet, as Sheets’ link card would', async () => {
    await page.getByRole('button', { name: 'Close the viewer' }).click();
    await expect(page.locator('#viewer').isHidden()).resolves.toBe(true);
    await showSheet(page, 'Documents');
    const link = page.locator('td.has-link').first();
    await link.click();
    await page.locator('#cell-link button.link').click();
    const doc = page.frameLocator('#viewer iframe.framed');
    await doc
      .getByText(`Our agreement about ${HOSTILE_NAMES[0]}’s alternative provision`)
      .waitFor();
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('keeps row 1’s number beside the frozen header row when the sheet scrolls down', async () => {
    await showSheet(page, 'Attendance');
    await scrollIntoViewAndDraw(page.locator('#grid td[data-row="300"][data-col="1"]'));
    // Row 300 is far below the first screen: the rows under the frozen one have moved up a long way.
    expect(
      await page.evaluate<number>(`document.getElementById('grid').scrollTop`),
    ).toBeGreaterThan(1000);
    // Where Sheets shows the frozen row's number, left of its first cell, the page shows "1".
    const header = await page.locator('#grid td[data-row="1"][data-col="1"]').boundingBox();
    const grid = await page.locator('#grid').boundingBox();
    if (!header || !grid) throw new Error('The grid is not on the screen');
    const x = grid.x + 10;
    const y = header.y + header.height / 2;
    const shown = await page.evaluate<string | null>(
      `document.elementFromPoint(${x}, ${y})?.textContent ?? null`,
    );
    expect(shown).toBe('1');
    await page.screenshot({ path: path.join(artefacts, 'preview-frozen-header.png') });
  });
});
