// The built sidebar in Chromium (issue 11, item 4): the register and overview are always today's,
// whether the day changes while the sidebar is open or between two of its calls.
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { SidebarState } from '../../src/shared/sidebar-api';
import { browserAvailable } from './browser';
import { overview, register, sidebarState } from './fixtures/sidebar-states';
import { saved, screenshotSidebar, sidebarsInBrowser } from './sidebar-harness';

const artefacts = path.resolve(__dirname, '../../test-results/e2e');
const shot = (name: string) => path.join(artefacts, `sidebar-${name}.png`);
const describeWithBrowser = browserAvailable() ? describe : describe.skip;

const TUESDAY = '2026-12-01';

/** The same school a day later: what getSidebarState answers once the day has changed. */
function tuesdayState(): SidebarState {
  return sidebarState({
    overview: { ...overview(), today: TUESDAY },
    register: { ...register(), date: TUESDAY },
  });
}

async function tab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

/** Staff click in the sheet, then come back to the sidebar. */
async function comeBack(page: Page): Promise<void> {
  await page.evaluate(`window.dispatchEvent(new Event('blur'));
    window.dispatchEvent(new Event('focus'));`);
}

describeWithBrowser('the sidebar: always today', () => {
  beforeAll(() => mkdirSync(artefacts, { recursive: true }));
  const sidebars = sidebarsInBrowser();

  it("moves the register and overview to the new day when staff come back; the day before's unsaved marks are dropped", async () => {
    const open = await sidebars.open(sidebarState());
    const { page, server } = open;
    await tab(page, 'Register');
    await page.getByRole('heading', { name: 'Register for Mon 30 Nov 2026' }).waitFor();
    await page.locator('label[for="reg-0-AM-0"]').click();
    await expect(page.locator('#reg-0-AM-0').isChecked()).resolves.toBe(true);
    // Coming back on the same day changes nothing but the selection.
    await comeBack(page);
    await page.waitForTimeout(400);
    expect(server.names()).toEqual(['getSidebarState', 'getSelectedPlacement']);
    // Overnight: the server's clock says Tuesday.
    server.state = tuesdayState();
    await comeBack(page);
    await page.getByRole('heading', { name: 'Register for Tue 1 Dec 2026' }).waitFor();
    await expect(page.locator('#reg-0-AM-0').isChecked()).resolves.toBe(false);
    await page
      .getByText(
        "1 mark chosen for Mon 30 Nov 2026 was not saved, and the register is now today's",
        { exact: false },
      )
      .waitFor();
    await screenshotSidebar(page, shot('register-new-day'));
    await tab(page, 'Overview');
    await page.getByRole('heading', { name: 'Overview on Tue 1 Dec 2026' }).waitFor();
    expect(server.names()).toEqual([
      'getSidebarState',
      'getSelectedPlacement',
      'getSelectedPlacement',
      'getSidebarState',
    ]);
  });

  it('moves to the new day at the next server call: an overview line opened', async () => {
    const open = await sidebars.open(sidebarState());
    const { page, server } = open;
    await tab(page, 'Overview');
    await page.getByRole('heading', { name: `Overview on Mon 30 Nov 2026` }).waitFor();
    server.state = tuesdayState();
    await page.getByRole('button', { name: /AP-0011 Riley Thompson/ }).click();
    await tab(page, 'Overview');
    await page.getByRole('heading', { name: 'Overview on Tue 1 Dec 2026' }).waitFor();
    expect(server.names()).toEqual(['getSidebarState', 'openRow', 'getSidebarState']);
  });

  it("takes a form's answer from a new day as today's, dropping the register's marks of the day before", async () => {
    const open = await sidebars.open(sidebarState(), (server) => {
      server.on('recordConcern', () => saved('Concern recorded.', tuesdayState(), null));
    });
    const { page } = open;
    await tab(page, 'Register');
    await page.locator('label[for="reg-1-AM-0"]').click();
    await tab(page, 'Placement');
    await page.locator('summary', { hasText: 'Record a safeguarding concern' }).click();
    await page.getByRole('button', { name: 'Record concern' }).click();
    await page.getByRole('status').filter({ hasText: 'Concern recorded.' }).waitFor();
    await tab(page, 'Register');
    await page.getByRole('heading', { name: 'Register for Tue 1 Dec 2026' }).waitFor();
    await expect(page.locator('#reg-1-AM-0').isChecked()).resolves.toBe(false);
  });

  it('says which day it still shows when the new day could not be loaded', async () => {
    const open = await sidebars.open(sidebarState());
    const { page, server } = open;
    await page.getByRole('heading', { name: 'Needs doing' }).waitFor();
    server.state = tuesdayState();
    server.failNext('getSidebarState', 'Service unavailable');
    await comeBack(page);
    await page
      .getByText(
        'It is Tue 1 Dec 2026 now, but the register and overview still show Mon 30 Nov 2026',
        { exact: false },
      )
      .waitFor();
    // Coming back again tries again.
    await comeBack(page);
    await tab(page, 'Overview');
    await page.getByRole('heading', { name: 'Overview on Tue 1 Dec 2026' }).waitFor();
  });
});
