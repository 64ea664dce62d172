// Issue 12 in the preview: a colleague makes a document from the DSL's templates after connecting them in the (stand-in) Google Picker.
import path from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { browserAvailable } from './browser';
import { artefacts, openPreview, showSheet, type OpenPreview } from './preview-page';

const describeWithBrowser = browserAvailable() ? describe : describe.skip;

const PASTORAL = 'pastoral@example.sch.uk';
const DSL = 'dsl@example.sch.uk';
const AGREEMENT = 'AP-0003 Parent-carer agreement 2026-11-30';
/** The five templates and the documents folder setup made, as the Picker lists them by name. */
const SCHOOL_FILES = [
  'Parent-carer agreement template',
  'Provider agreement template',
  'Personalised plan template',
  'LA notification template',
  'Safeguarding confirmation request template',
  'AP Placements documents',
];

describeWithBrowser('a colleague connects the templates and makes a document (issue 12)', () => {
  let open: OpenPreview;
  let page: Page;
  let sidebar: FrameLocator;
  let dialog: FrameLocator;
  const shot = (name: string) =>
    page.screenshot({ path: path.join(artefacts, `team-${name}.png`) });
  const documentsListed = () => page.locator('#documents button.entry').count();
  const agreementsListed = () =>
    page.locator('#documents button.entry', { hasText: AGREEMENT }).count();

  /** The Documents sheet's rows made by `email`: Subject and Document, as the grid shows them. */
  async function documentRowsBy(email: string): Promise<string[][]> {
    await showSheet(page, 'Documents');
    const byCell = page.locator('#grid td', { hasText: new RegExp(`^${email}$`) });
    const rows = await byCell.evaluateAll((cells) => cells.map((c) => c.getAttribute('data-row')));
    return Promise.all(
      rows.map((row) =>
        Promise.all(
          [2, 3].map((col) =>
            page.locator(`#grid td[data-row="${row}"][data-col="${col}"]`).innerText(),
          ),
        ),
      ),
    );
  }

  async function switchTo(email: string): Promise<void> {
    await page.getByLabel('At the keyboard:').selectOption(email);
    await page.getByText(`At the keyboard: ${email}: ran onOpen`).first().waitFor();
  }

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

  it('puts the Head of Pastoral Care at the keyboard', async () => {
    await expect(page.getByLabel('At the keyboard:').inputValue()).resolves.toBe(DSL);
    await switchTo(PASTORAL);
    await expect(page.getByLabel('At the keyboard:').inputValue()).resolves.toBe(PASTORAL);
  });

  it('refuses the agreement in the sidebar, offering Connect templates, and makes nothing', async () => {
    await showSheet(page, 'Placements');
    // Row 4 is AP-0003, the pupil named <img src=x onerror=alert(1)>.
    await page.locator('td[data-row="4"][data-col="1"]').click();
    await page.getByText('Extensions › AP Placements').click();
    await page.getByText('Open sidebar', { exact: true }).click();
    sidebar = page.frameLocator('#sidebar iframe');
    await sidebar.getByRole('tab', { name: 'Placement' }).click();
    await sidebar.getByRole('button', { name: 'Show selected row' }).click();
    await sidebar.getByRole('heading', { name: /AP-0003/ }).waitFor();
    const before = await documentsListed();
    await sidebar.getByText('Generate a document').click();
    await sidebar.getByRole('button', { name: 'Parent/carer agreement' }).click();
    await sidebar
      .getByRole('alert')
      .filter({ hasText: /Nothing was made: the add-on cannot reach/ })
      .waitFor();
    await sidebar.getByRole('button', { name: 'Connect templates' }).waitFor();
    await expect(documentsListed()).resolves.toBe(before);
    await shot('refused');
  });

  it('opens Connect templates over the sheet, the stand-in Picker listing the six school files', async () => {
    await sidebar.getByRole('button', { name: 'Connect templates' }).click();
    const frame = page.locator('#add-on-dialog iframe');
    await frame.waitFor();
    await expect(frame.getAttribute('title')).resolves.toBe('Connect templates');
    const box = await frame.boundingBox();
    expect([box?.width, box?.height]).toEqual([760, 560]);
    // Modal, as on Google: the sheet and the sidebar under it take no click and no key.
    const inert = () => page.locator('main.workspace').evaluate((main) => main.inert);
    await expect(inert()).resolves.toBe(true);
    dialog = page.frameLocator('#add-on-dialog iframe');
    const picker = dialog.getByRole('dialog', {
      name: "The school's templates and documents folder",
    });
    await picker.getByText('Preview stand-in for the Google Picker').waitFor();
    await picker.getByText(`Signed in as ${PASTORAL}`).waitFor();
    const boxes = picker.getByRole('checkbox');
    await expect(boxes.count()).resolves.toBe(6);
    for (const name of SCHOOL_FILES) {
      await expect(picker.getByRole('checkbox', { name, exact: true }).isChecked()).resolves.toBe(
        false,
      );
    }
    await shot('picker');
  });

  it('connects the ticked files', async () => {
    for (const name of SCHOOL_FILES)
      await dialog.getByRole('checkbox', { name, exact: true }).check();
    await dialog.getByRole('button', { name: 'Select', exact: true }).click();
    await dialog
      .getByRole('status')
      .filter({ hasText: /connected for you: you can make documents now/ })
      .waitFor();
    await expect(dialog.getByText('Preview stand-in for the Google Picker').count()).resolves.toBe(
      0,
    );
    await page
      .getByText(/Google Picker \(the preview's stand-in\): pastoral@example\.sch\.uk picked/)
      .waitFor();
    await shot('connected');
  });

  it('fails visibly, as Google’s would, when a dialog leaves out what the Picker needs', async () => {
    const frame = page.frames().find((f) => f.url().includes('/dialog?'));
    if (!frame) throw new Error('The dialog has no frame');
    await frame.evaluate(
      `new google.picker.PickerBuilder()
        .addView(new google.picker.DocsView().setFileIds('x'))
        .setOAuthToken('t')
        .setDeveloperKey('k')
        .build()
        .setVisible(true)`,
    );
    await dialog
      .getByRole('alert')
      .filter({
        hasText:
          'The Google Picker cannot open: PickerBuilder.setAppId (the Cloud project number), setOrigin not called.',
      })
      .waitFor();
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(dialog.getByText('Preview stand-in for the Google Picker').count()).resolves.toBe(
      0,
    );
  });

  it('closes the dialog, then makes exactly one agreement, listed on Documents', async () => {
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await page.locator('#add-on-dialog').waitFor({ state: 'hidden' });
    await expect(page.locator('main.workspace').evaluate((main) => main.inert)).resolves.toBe(
      false,
    );
    const before = await documentsListed();
    await sidebar.getByRole('button', { name: 'Parent/carer agreement' }).click();
    await sidebar.getByRole('link', { name: 'Open the Parent/carer agreement' }).waitFor();
    await page.locator('#documents button.entry', { hasText: AGREEMENT }).waitFor();
    await expect(documentsListed()).resolves.toBe(before + 1);
    await expect(agreementsListed()).resolves.toBe(1);
    await expect(documentRowsBy(PASTORAL)).resolves.toEqual([
      ['AP-0003', 'Parent/carer agreement'],
    ]);
    await shot('made');
  });

  it('shows the DSL the colleague’s document too, when the DSL sits down again', async () => {
    await switchTo(DSL);
    await expect(page.locator('#sidebar').isHidden()).resolves.toBe(true);
    await expect(agreementsListed()).resolves.toBe(1);
    await expect(documentRowsBy(PASTORAL)).resolves.toEqual([
      ['AP-0003', 'Parent/carer agreement'],
    ]);
    await page.locator('#documents button.entry', { hasText: AGREEMENT }).click();
    await page.locator('#viewer').getByRole('heading', { name: AGREEMENT }).waitFor();
    await page
      .frameLocator('#viewer iframe.framed')
      .getByText(/^Our agreement about .*’s alternative provision$/)
      .waitFor();
    await shot('dsl');
  });
});
