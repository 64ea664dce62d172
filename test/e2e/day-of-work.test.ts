// A day's work through the real sidebar in the local preview (issue 6, item 6): the register, a
// review, a document, the next morning's digest, and the sidebar on the new day, on the sample
// school with hostile names.
import path from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { browserAvailable } from './browser';
import { artefacts, openPreview, showSheet, type OpenPreview } from './preview-page';

const describeWithBrowser = browserAvailable() ? describe : describe.skip;

describeWithBrowser("a day's work in the sidebar of the preview", () => {
  let open: OpenPreview;
  let page: Page;
  let sidebar: FrameLocator;
  const shot = (name: string) => page.screenshot({ path: path.join(artefacts, `day-${name}.png`) });

  beforeAll(async () => {
    open = await openPreview();
    page = open.page;
  });

  afterAll(async () => {
    await open?.close();
  });

  afterEach(() => {
    expect(open.dialogs).toEqual([]);
    expect(open.pageErrors).toEqual([]);
    expect(open.consoleProblems).toEqual([]);
  });

  it('opens the sidebar with one call, in a 300 px frame, hostile names as text', async () => {
    const stateCalls = () =>
      page.locator('#executions li .fn', { hasText: /^getSidebarState$/ }).count();
    const before = await stateCalls();
    await page.getByText('Extensions › AP Placements').click();
    await page.getByText('Open sidebar', { exact: true }).click();
    const frame = page.locator('#sidebar iframe');
    await frame.waitFor();
    expect((await frame.boundingBox())?.width).toBeLessThanOrEqual(300);
    sidebar = page.frameLocator('#sidebar iframe');
    await sidebar.getByRole('tab', { name: 'Overview' }).click();
    await sidebar.getByRole('heading', { name: /Active placements/ }).waitFor();
    await expect(
      sidebar.getByText('<img src=x onerror=alert(1)>').count(),
    ).resolves.toBeGreaterThan(0);
    await expect(sidebar.locator('img').count()).resolves.toBe(0);
    expect((await stateCalls()) - before).toBe(1);
    await shot('overview');
  });

  it("records today's register", async () => {
    await sidebar.getByRole('tab', { name: 'Register' }).click();
    // Present for every session: a click on each first option's label, as a person would.
    const present = sidebar.locator('input[type="radio"][id$="-0"]');
    const ids = await present.evaluateAll((inputs) => inputs.map((input) => input.id));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) await sidebar.locator(`label[for="${id}"]`).click();
    await sidebar.getByRole('button', { name: 'Save register' }).click();
    await sidebar
      .getByRole('status')
      .filter({ hasText: /^Saved \d+ marks?/ })
      .waitFor();
    await expect(sidebar.getByText('Every session today is marked.').count()).resolves.toBe(1);
    await shot('register');
  });

  it('follows the selection to a placement and records a review', async () => {
    await showSheet(page, 'Placements');
    // Row 4 is AP-0003, the pupil named <img src=x onerror=alert(1)>.
    await page.locator('td[data-row="4"][data-col="1"]').click();
    await sidebar.getByRole('tab', { name: 'Placement' }).click();
    await sidebar.getByRole('button', { name: 'Show selected row' }).click();
    await sidebar.getByRole('heading', { name: /AP-0003/ }).waitFor();
    await sidebar.getByText('Record a review').click();
    await sidebar.getByLabel('Review date').fill('2026-11-30');
    await sidebar.getByLabel('Attendees').fill('Pastoral lead, provider tutor, parent');
    await sidebar.getByLabel('Parent/carer attended').selectOption('Yes');
    await sidebar.getByLabel('Progress').selectOption('Some progress');
    await sidebar.getByLabel('Safe and meeting needs').selectOption('Yes');
    await sidebar.getByLabel('Decision').selectOption('Continue');
    await sidebar.getByRole('button', { name: 'Save review' }).click();
    const saved = sidebar
      .getByRole('status')
      .filter({ hasText: /^Saved the review of AP-0003 on Mon 30 Nov 2026/ });
    await saved.or(sidebar.getByRole('alert')).first().waitFor();
    expect(await sidebar.getByRole('alert').allTextContents()).toEqual([]);
    // The grid shows the new Reviews row the form wrote.
    await showSheet(page, 'Reviews');
    await page
      .locator('td', { hasText: 'Pastoral lead, provider tutor, parent' })
      .first()
      .waitFor();
    await shot('review');
  });

  it('generates a document from the sidebar and opens it rendered in the preview', async () => {
    await sidebar.getByText('Generate a document').click();
    await sidebar.getByRole('button', { name: 'Personalised plan' }).click();
    const made = sidebar.getByRole('link', { name: 'Open the Personalised plan' });
    await made.or(sidebar.getByRole('alert')).first().waitFor();
    expect(await sidebar.getByRole('alert').allTextContents()).toEqual([]);
    await made.click();
    const doc = page.frameLocator('#viewer iframe.framed');
    await doc
      .getByText(/AP-0003|<img src=x onerror=alert\(1\)>/)
      .first()
      .waitFor();
    await expect(doc.locator('img, script').count()).resolves.toBe(0);
    await shot('document');
    await page.getByRole('button', { name: 'Close the viewer' }).click();
  });

  it("sends the next morning's digests when the clock moves on, in one click", async () => {
    // The day's work was done before Monday's 07:00: the next school day is Tuesday, not 07:00 today.
    await page.getByRole('button', { name: 'Next school day 07:00', exact: true }).click();
    await page.locator('#clock .now', { hasText: /^Tue, 1 Dec 2026, 07:00$/ }).waitFor();
    const tuesday = page.locator('#outbox button.entry', { hasText: '· Tue, 1 Dec 2026, 07:00' });
    expect(await tuesday.count()).toBeGreaterThan(0);
    await shot('digest');
  });

  it('moves the register and overview to the new day when staff come back to the sidebar', async () => {
    // The clock moves on a day while the sidebar stays open (issue 11, item 4): coming back to
    // the sidebar is enough.
    await page.getByRole('button', { name: 'Next school day 07:00', exact: true }).click();
    await page.locator('#clock .now', { hasText: /^Wed, 2 Dec 2026, 07:00$/ }).waitFor();
    await sidebar.getByRole('tab', { name: 'Register' }).click();
    await sidebar.getByRole('heading', { name: 'Register for Wed 2 Dec 2026' }).waitFor();
    await sidebar.getByRole('tab', { name: 'Overview' }).click();
    await sidebar.getByRole('heading', { name: 'Overview on Wed 2 Dec 2026' }).waitFor();
    await shot('next-day');
  });
});
