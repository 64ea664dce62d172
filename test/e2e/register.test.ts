// The register in Chromium: "All present" in one click, then the exceptions, and a follow-up with an absence.
import type { RegisterForm } from '../../src/shared/sidebar-api';
import { browserAvailable } from './browser';
import { sidebarState, TODAY } from './fixtures/sidebar-states';
import { saved, sidebarsInBrowser } from './sidebar-harness';

const describeWithBrowser = browserAvailable() ? describe : describe.skip;

describeWithBrowser("today's register in Chromium", () => {
  const sidebars = sidebarsInBrowser();

  it('"All present" marks every open session in one click; staff change the exceptions, with a follow-up', async () => {
    const open = await sidebars.open(sidebarState(), (server) => {
      server.on('recordRegister', () => saved('Saved 4 marks.', sidebarState(), null));
    });
    const { page, server } = open;
    await page.getByRole('tab', { name: 'Register' }).click();
    // A mark chosen before "All present" stays as chosen.
    await page.locator('label[for="reg-0-PM-2"]').click();
    await page.getByRole('button', { name: 'All present' }).click();
    for (const id of ['reg-0-AM-0', 'reg-1-AM-0', 'reg-2-PM-0']) {
      await expect(page.locator(`#${id}`).isChecked()).resolves.toBe(true);
    }
    await expect(page.locator('#reg-0-PM-2').isChecked()).resolves.toBe(true);
    // The exception: AP-0011 was absent, and the pastoral lead has already rung home.
    await page.locator('label[for="reg-1-AM-2"]').click();
    await page.locator('#reg-1-AM-reason').fill('Ill');
    await page.getByLabel('Followed up by').last().fill('Jo Clarke');
    await page.getByLabel('What they found').last().fill('Mum rang: flu, back Monday');
    await page.getByRole('button', { name: 'Save register' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved 4 marks' }).waitFor();
    const form = server.callsOf('recordRegister')[0]!.args[0] as RegisterForm;
    expect(form.date).toBe(TODAY);
    expect(
      form.marks.map((m) => [m.placementId, m.session, m.mark, m.followedUpBy, m.followUpNote]),
    ).toEqual([
      ['AP-0007', 'AM', 'Present', '', ''],
      ['AP-0007', 'PM', 'Absent', '', ''],
      ['AP-0011', 'AM', 'Absent', 'Jo Clarke', 'Mum rang: flu, back Monday'],
      ['AP-0015', 'PM', 'Present', '', ''],
    ]);
  });
});
