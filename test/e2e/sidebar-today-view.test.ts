// The built sidebar's Today view in Chromium (issue 17): where every pupil placed off site is this
// session — absences not followed up first, then sessions not returned (ring the provider), then returned.
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { browserAvailable } from './browser';
import { HOSTILE } from './fixtures/hostile';
import { sidebarState, today } from './fixtures/sidebar-states';
import {
  horizontalOverflow,
  REQUEST_ID,
  saved,
  screenshotSidebar,
  sidebarsInBrowser,
} from './sidebar-harness';

const artefacts = path.resolve(__dirname, '../../test-results/e2e');
const shot = (name: string) => path.join(artefacts, `sidebar-${name}.png`);
const describeWithBrowser = browserAvailable() ? describe : describe.skip;

async function openToday(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Today' }).click();
  await page.getByRole('heading', { name: 'Off site on Mon 30 Nov 2026' }).waitFor();
}

// Code run in the page is written as text: the tests' TypeScript has no DOM library.
const panelText = (page: Page) =>
  page.evaluate<string>(`document.querySelector('.panel')?.textContent ?? ''`);
const squash = (text: string) => text.replace(/\s+/g, ' ');

describeWithBrowser('the sidebar: Today', () => {
  beforeAll(() => mkdirSync(artefacts, { recursive: true }));
  const sidebars = sidebarsInBrowser();

  it('shows the counts, then absences not followed up, sessions not returned and sessions returned', async () => {
    const { page, server } = await sidebars.open(sidebarState({ today: today() }));
    await openToday(page);
    const counts = page.locator('.today-counts');
    expect(squash((await counts.textContent()) ?? '')).toContain(
      '3 not returned yet · 1 absent, not followed up · 2 returned',
    );
    await page.getByText('Providers report through their forms.').waitFor();
    // Most urgent first.
    const titles = await page.locator('.today-group h3').allTextContents();
    expect(titles.map((t) => squash(t).trim())).toEqual([
      'Absent, not followed up 1',
      'Not returned yet 3',
      'Returned 2',
    ]);
    // The absence: urgent, as urgent items are elsewhere, and it opens its Attendance row.
    const absent = page.locator('.today-absent li');
    await expect(absent.getAttribute('class')).resolves.toBe('check-error urgent');
    expect(squash((await absent.textContent()) ?? '')).toContain(
      'AM AP-0009 K.L. Urgent Absent — reported by Brookside Farm Project.',
    );
    // Not returned: the provider, and its phone as a tel: link.
    const notReturned = page.locator('.today-not-returned li');
    await expect(notReturned.count()).resolves.toBe(3);
    const ring = page.getByRole('link', { name: 'Ring Oakfield Centre on 01632 960123' });
    await expect(ring.count()).resolves.toBe(2);
    await expect(ring.first().getAttribute('href')).resolves.toBe('tel:01632960123');
    expect(squash((await notReturned.nth(2).textContent()) ?? '')).toContain(
      'Hilltop Learning Hub · no Contact phone on Providers',
    );
    // Returned: the mark and who reported it.
    await page
      .getByRole('button', { name: 'AM AP-0005 D.W. Present — reported by Oakfield Centre' })
      .waitFor();
    await page
      .getByRole('button', {
        name: 'AM AP-0006 T.B. Late — reported by attendance@meadowbank.example',
      })
      .waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshotSidebar(page, shot('today'));
    // A line with an Attendance row selects it in the sheet, as an overview line does.
    await page.getByRole('button', { name: /AP-0009 K\.L\./ }).click();
    await page.getByRole('tab', { name: 'Placement', selected: true }).waitFor();
    expect(server.callsOf('openRow').map((call) => call.args)).toEqual([
      [{ sheet: 'Attendance', row: 61 }],
    ]);
  });

  it('shows hostile text from the sheets as text: markup, a formula, a phone that is not one', async () => {
    const base = today();
    const [first, second, third, , fifth] = base.sessions;
    const hostileToday = today({
      sessions: [
        { ...first!, label: HOSTILE[1], reportedBy: '=HYPERLINK("x")' },
        { ...second!, provider: HOSTILE[0], providerPhone: 'javascript:alert(1)' },
        { ...third!, provider: '=HYPERLINK("x")', providerPhone: HOSTILE[0] },
        { ...fifth!, mark: HOSTILE[2], reportedBy: HOSTILE[0] },
      ],
    });
    const { page } = await sidebars.open(sidebarState({ today: hostileToday }));
    await openToday(page);
    const text = await panelText(page);
    for (const value of [...HOSTILE, '=HYPERLINK("x")', 'javascript:alert(1)']) {
      expect(text).toContain(value);
    }
    expect(text).toContain(`${HOSTILE[2]} — reported by ${HOSTILE[0]}`);
    expect(text).toContain(`Absent — reported by =HYPERLINK("x")`);
    // Nothing became markup, and no phone that is not a phone became a link.
    await expect(page.locator('.panel img, .panel script').count()).resolves.toBe(0);
    await expect(page.locator('.panel a').count()).resolves.toBe(0);
    await screenshotSidebar(page, shot('today-hostile'));
  });

  it('says when provider returns are off, and turns them on with one click (set, not toggled)', async () => {
    const off = sidebarState({ today: today({ returnsOn: false }) });
    const on = sidebarState({ today: today({ returnsOn: true }) });
    const { page, server } = await sidebars.open(off, (fake) => {
      fake.on('setProviderReturns', () => saved('Provider returns is On.', on, null));
    });
    await openToday(page);
    await page.getByText('Provider returns are off', { exact: false }).waitFor();
    await expect(page.getByText('Providers report through their forms.').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Turn provider returns on' }).click();
    await page.getByText('Providers report through their forms.', { exact: false }).waitFor();
    const [form] = server.callsOf('setProviderReturns').map((c) => c.args[0]) as {
      on: boolean;
      requestId: string;
    }[];
    expect(form?.on).toBe(true);
    expect(form?.requestId).toMatch(REQUEST_ID);
  });

  it('says so in a sentence on a day that is not a school day, or with nobody off site', async () => {
    const { page, server } = await sidebars.open(
      sidebarState({ today: today({ isSchoolDay: false, sessions: [] }) }),
    );
    await openToday(page);
    await page
      .getByText('Mon 30 Nov 2026 is not a school day: no pupil is expected off site.')
      .waitFor();
    await expect(page.locator('.today-group').count()).resolves.toBe(0);
    // Opened again on a school day with nobody expected off site.
    server.state = sidebarState({ today: today({ sessions: [] }) });
    await page.reload();
    await openToday(page);
    await page.getByText('No pupil is expected off site today.').waitFor();
  });

  it('waits for setup before there is a Today to show', async () => {
    const { page } = await sidebars.open(sidebarState({ today: undefined }));
    await page.getByRole('tab', { name: 'Today' }).click();
    await page.getByText("Today's sessions off site appear once the workbook is set up.").waitFor();
  });
});
