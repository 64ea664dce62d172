// The preview's provider's view in Chromium (issue 17): from the page's link to a provider's form,
// answered as a provider would, and the on-form-submit trigger's row on Attendance.
import path from 'node:path';
import { browserAvailable } from './browser';
import { artefacts, openPreview, type OpenPreview } from './preview-page';

const describeWithBrowser = browserAvailable() ? describe : describe.skip;
const shot = (name: string) => path.join(artefacts, `provider-view-${name}.png`);

describeWithBrowser("the preview's provider's view", () => {
  let open: OpenPreview;

  beforeAll(async () => {
    open = await openPreview();
  });

  afterAll(async () => {
    await open?.close();
  });

  it('answers a provider form made by the add-on; the answer reaches Attendance', async () => {
    const { page, preview } = open;
    const turned = preview.session.runMenuItem('turnProviderReturnsOn');
    expect(turned.ok).toBe(true);
    await page.getByRole('link', { name: "Provider's view" }).click();
    await page.getByRole('heading', { name: "Provider's view: the forms" }).waitFor();
    await page.getByRole('link', { name: /^Riverside Skills Centre: attendance for/ }).click();
    await page.getByRole('heading', { name: /^Riverside Skills Centre: attendance for/ }).waitFor();
    await page.getByLabel('Mon 30 Nov 2026').check();
    const morning = page
      .locator('fieldset', { has: page.locator('legend', { hasText: /\), morning$/ }) })
      .first();
    const title = (await morning.locator('legend').textContent())?.trim() ?? '';
    await morning.getByLabel('Absent').check();
    await page.getByLabel(`${title}: reason if absent or late`).fill('Unwell, <b>said</b> mum');
    await page.screenshot({ path: shot('form'), fullPage: true });
    const attendance = () => preview.session.workspace.spreadsheet.sheet('Attendance').values();
    const before = attendance().length;
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.locator('#form-sent').waitFor();
    await page.screenshot({ path: shot('sent'), fullPage: true });
    const rows = attendance();
    const header = (rows[0] ?? []).map(String);
    const added = rows.slice(before);
    expect(added).toHaveLength(1);
    const cell = (name: string) => added[0]?.[header.indexOf(name)];
    expect([cell('Placement ID'), cell('Session'), cell('Mark')]).toEqual([
      title.split(' ')[0],
      'AM',
      'Absent',
    ]);
    expect(open.dialogs).toEqual([]);
    expect(open.pageErrors).toEqual([]);
    expect(open.consoleProblems).toEqual([]);
  });
});
