// The built sidebar in Chromium (issue 11, items 3 and 4): the placement leads with what needs
// doing, the overview with concerns awaiting review.
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { browserAvailable } from './browser';
import { placementView, sidebarState } from './fixtures/sidebar-states';
import { screenshotSidebar, sidebarsInBrowser } from './sidebar-harness';

const artefacts = path.resolve(__dirname, '../../test-results/e2e');
const shot = (name: string) => path.join(artefacts, `sidebar-${name}.png`);
const describeWithBrowser = browserAvailable() ? describe : describe.skip;

async function tab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

/** The panel's headings of one level, in order. */
function headings(page: Page, level: 'h2' | 'h3'): Promise<string[]> {
  return page
    .locator(`.panel ${level}`)
    .allTextContents()
    .then((all) => all.map((t) => t.trim()));
}

describeWithBrowser('the sidebar: what needs doing first', () => {
  beforeAll(() => mkdirSync(artefacts, { recursive: true }));
  const sidebars = sidebarsInBrowser();

  it('leads the placement with what needs doing, then warnings; no checklist while the next status is far off', async () => {
    const open = await sidebars.open(sidebarState());
    const { page } = open;
    await page.getByRole('heading', { name: 'Needs doing' }).waitFor();
    expect(await headings(page, 'h2')).toEqual([
      'AP-0007 Casey Morgan',
      'Needs doing',
      'Warnings',
      'Reviews',
      'Attendance this half-term',
      'Documents',
      'Actions',
    ]);
    const lines = (await page.locator('.needs-doing li').allInnerTexts()).map((t) => t.trim());
    expect(lines).toEqual([
      'Urgent Next review due: the review due on Fri 27 Nov 2026 is overdue — hold the review and record it on the Reviews sheet (policy point 14: reviews at least half-termly)',
      expect.stringMatching(/^Urgent Attendance: 2 absences not followed up: /),
      'Error Risk assessment date: blank, but an Active placement needs it — enter the date of the risk assessment',
    ]);
    await expect(page.locator('.check-warning').innerText()).resolves.toBe(
      'Warning LA notified: after the Start date: tell the LA before a placement starts.',
    );
    await expect(page.getByText('Before Ended').count()).resolves.toBe(0);
    await screenshotSidebar(page, shot('needs-doing'));
  });

  it('shows the checklist before the next status when that change is near, after what needs doing', async () => {
    const open = await sidebars.open(
      sidebarState({ selected: placementView({ statusChangeNear: true }) }),
    );
    const { page } = open;
    await page.getByRole('heading', { name: 'Before Ended' }).waitFor();
    expect(await headings(page, 'h2')).toEqual([
      'AP-0007 Casey Morgan',
      'Needs doing',
      'Warnings',
      'Before Ended',
      'Reviews',
      'Attendance this half-term',
      'Documents',
      'Actions',
    ]);
    await expect(page.getByText('2 still to do.').count()).resolves.toBe(1);
    await expect(
      page.getByText('Actual end date: blank. Enter the day the placement ended.').count(),
    ).resolves.toBe(1);
    await expect(page.getByText('(recommended)').count()).resolves.toBe(1);
  });

  it('says so in one line when nothing needs doing', async () => {
    const open = await sidebars.open(
      sidebarState({ selected: placementView({ needsDoing: [], warnings: [] }) }),
    );
    const { page } = open;
    await page.getByText('Nothing urgent, and no problems found.').waitFor();
    await expect(page.getByRole('heading', { name: 'Warnings' }).count()).resolves.toBe(0);
  });

  it('starts the overview with concerns awaiting review, then what is late; a line opens its row', async () => {
    const open = await sidebars.open(sidebarState());
    const { page, server } = open;
    await tab(page, 'Overview');
    await page.getByRole('heading', { name: /Concerns awaiting review/ }).waitFor();
    expect((await headings(page, 'h3')).map((h) => h.replace(/\s+\d+$/, ''))).toEqual([
      'Placements:',
      'Concerns awaiting review',
      'Reviews overdue',
      'Absences not followed up',
      'Attendance missing today',
      'Provider checks expiring',
      'Reviews due',
      'Starting soon',
      'Ending soon',
      'Active placements',
      // Issue 15: the evaluation's headline and the reports come after what needs doing.
      'This school year',
      'Reports',
    ]);
    await screenshotSidebar(page, shot('overview-concerns'));
    await page.getByRole('button', { name: /AP-0020 Jamie Reid/ }).click();
    await page.getByRole('tab', { name: 'Placement', selected: true }).waitFor();
    expect(server.callsOf('openRow').map((c) => c.args[0])).toEqual([
      { sheet: 'Placements', row: 21 },
    ]);
  });
});
