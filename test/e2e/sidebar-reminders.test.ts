// The sidebar's header in Chromium: reminders that stopped are a warning anyone opening it sees (issue 12).
import type { SidebarState, TakeOverForm } from '../../src/shared/sidebar-api';
import { browserAvailable } from './browser';
import { sidebarState } from './fixtures/sidebar-states';
import { REQUEST_ID, saved, sidebarsInBrowser } from './sidebar-harness';

const describeWithBrowser = browserAvailable() ? describe : describe.skip;

const STOPPED =
  "Reminders are on since Mon 2 Nov 2026 at 09:00, sent by dsl@meadowbank.example's hourly trigger; last run Fri 27 Nov 2026 at 16:02. No run since Fri 27 Nov 2026 at 16:02: reminders have stopped.";

describeWithBrowser('reminders in the sidebar header', () => {
  const sidebars = sidebarsInBrowser();

  it('shows a stopped trigger as a warning, and a running one plainly', async () => {
    const base = sidebarState();
    const stopped: SidebarState = {
      ...base,
      reminders: { ...base.reminders, text: STOPPED, stopped: true },
    };
    const { page } = await sidebars.open(stopped);
    const line = page.locator('header p.reminders');
    await line.waitFor();
    await expect(line.textContent()).resolves.toContain('reminders have stopped');
    await expect(line.getAttribute('class')).resolves.toMatch(/\bnotice\b/);
  });

  it('takes reminders over in one click, naming the owner the person saw', async () => {
    const base = sidebarState();
    const stopped: SidebarState = {
      ...base,
      reminders: { ...base.reminders, text: STOPPED, stopped: true },
    };
    const open = await sidebars.open(stopped, (server) => {
      server.on('takeOverReminders', () =>
        saved('Reminders are on, sent from your account.', base, null),
      );
    });
    const { page, server } = open;
    await page.getByRole('button', { name: 'Take reminders over' }).click();
    await page.getByRole('status').filter({ hasText: 'sent from your account' }).waitFor();
    const [form] = server.callsOf('takeOverReminders').map((c) => c.args[0]) as TakeOverForm[];
    expect(form?.fromOwner).toBe(base.reminders.owner);
    expect(form?.requestId).toMatch(REQUEST_ID);
    // The answer's state is drawn: reminders run again, no button.
    await expect(page.getByRole('button', { name: 'Take reminders over' }).count()).resolves.toBe(
      0,
    );
  });

  it('shows running reminders without the warning', async () => {
    const { page } = await sidebars.open(sidebarState());
    const line = page.locator('header p.reminders');
    await line.waitFor();
    await expect(line.getAttribute('class')).resolves.not.toMatch(/\bnotice\b/);
  });
});
