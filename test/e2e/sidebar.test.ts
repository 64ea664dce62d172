// The built sidebar in headless Chromium against a fake server: one call to open, every form, hostile
// values as text, keyboard use, 300 px, and a screenshot of each view in test-results/e2e/.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { RegisterForm, ReviewForm, SidebarState } from '../../src/shared/sidebar-api';
import { browserAvailable } from './browser';
import { HOSTILE, hostileState } from './fixtures/hostile';
import { notSetUpState, placementView, sidebarState, TODAY } from './fixtures/sidebar-states';
import {
  changingNames,
  type FakeServer,
  horizontalOverflow,
  refused,
  REQUEST_ID,
  requestIdOf,
  saved,
  screenshotSidebar,
  type ServerName,
  sidebarsInBrowser,
} from './sidebar-harness';

const artefacts = path.resolve(__dirname, '../../test-results/e2e');
const shot = (name: string) => path.join(artefacts, `sidebar-${name}.png`);
const describeWithBrowser = browserAvailable() ? describe : describe.skip;
/** Any request id the contract allows: its value is the sidebar's own, tested on its own below. */
const anyRequestId = (): string => expect.stringMatching(REQUEST_ID) as unknown as string;

async function tab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

async function expand(page: Page, summary: string): Promise<void> {
  await page.locator('summary', { hasText: summary }).first().click();
}

/** Waits until `name` has been called `count` times and its answer is drawn (nothing busy). */
async function answered(
  page: Page,
  server: FakeServer,
  name: ServerName,
  count: number,
): Promise<void> {
  for (let i = 0; i < 100 && server.callsOf(name).length < count; i++) {
    await page.waitForTimeout(50);
  }
  expect(server.callsOf(name)).toHaveLength(count);
  await page.waitForFunction(`!document.querySelector('[aria-busy="true"]')`);
}

/** A register mark's fields left blank. */
const NO_REASON = { absenceReason: '', code: '', followedUpBy: '', followUpNote: '' };

/** The request ids `name` sent, in order. */
const requestIds = (server: FakeServer, name: ServerName) => server.callsOf(name).map(requestIdOf);

describeWithBrowser('the sidebar in Chromium', () => {
  beforeAll(() => mkdirSync(artefacts, { recursive: true }));
  const sidebars = sidebarsInBrowser();

  it('opens with one call, showing Loading… until it answers', async () => {
    let release = () => undefined as void;
    const open = await sidebars.open(sidebarState(), (server) => {
      release = server.hold('getSidebarState');
    });
    const { page, server } = open;
    await page.getByText('Loading…').waitFor();
    await expect(page.locator('progress').count()).resolves.toBe(1);
    await screenshotSidebar(page, shot('loading'));
    release();
    await page.getByRole('heading', { name: 'AP Placements' }).waitFor();
    await page.getByRole('heading', { name: /AP-0007 Casey Morgan/ }).waitFor();
    expect(server.names()).toEqual(['getSidebarState']);
    await page.getByRole('heading', { name: 'Needs doing' }).waitFor();
    await expect(
      page.getByRole('tab', { name: 'Placement' }).getAttribute('aria-selected'),
    ).resolves.toBe('true');
    await screenshotSidebar(page, shot('placement'));
  });

  it('shows hostile values in every field as text and runs none of them', async () => {
    const state = hostileState();
    const open = await sidebars.open(state, (server) => {
      server.on('recordConcern', () => refused(HOSTILE[0], { date: HOSTILE[1] }));
      server.on('generateDocument', () =>
        saved(HOSTILE[2], server.state, { link: 'javascript:alert(1)' }),
      );
      server.on('previewEmail', () =>
        saved(HOSTILE[1], server.state, {
          to: HOSTILE[0],
          subject: HOSTILE[1],
          body: HOSTILE.join('\n'),
          records: HOSTILE[2],
        }),
      );
    });
    const { page } = open;
    // What staff can read: the text, and the values in the fields.
    const shown = () =>
      page.evaluate<string>(
        `document.body.innerText + [...document.querySelectorAll('input, textarea')].map((f) => f.value).join(' ')`,
      );
    const seen = async () => {
      const text = await shown();
      for (const value of HOSTILE) expect(text).toContain(value);
      await expect(page.locator('img').count()).resolves.toBe(0);
      await expect(page.locator('script').count()).resolves.toBe(2);
      await expect(page.locator('a[href^="javascript:"]').count()).resolves.toBe(0);
    };
    await page.getByRole('tab', { name: 'Placement' }).waitFor();
    for (const summary of [
      'Follow up',
      'Record a review',
      'Record a safeguarding concern',
      'Generate a document',
      'Email the LA or the provider',
    ]) {
      await expand(page, summary);
    }
    await seen();
    await screenshotSidebar(page, shot('hostile-placement'));
    await page.getByRole('button', { name: 'Record concern' }).click();
    await page.locator('#concern-date-error').waitFor();
    await expect(page.locator('#concern-date-error').textContent()).resolves.toBe(HOSTILE[1]);
    // Answers of calls too: a document's link that is not http(s) is not made a link.
    await page.getByRole('button', { name: 'Provider agreement' }).click();
    await page.getByRole('status').filter({ hasText: HOSTILE[2] }).waitFor();
    await page.getByRole('button', { name: 'Email LA notification' }).click();
    await page.locator('#email-preview').waitFor();
    await expect(page.locator('.email-body').textContent()).resolves.toBe(HOSTILE.join('\n'));
    await seen();
    for (const name of ['Overview', 'Register', 'Settings']) {
      await tab(page, name);
      await seen();
      await screenshotSidebar(page, shot(`hostile-${name.toLowerCase()}`));
    }
    // The register: choose Absent so the hostile reason field and its code appear too.
    await tab(page, 'Register');
    await page.locator('.segmented label', { hasText: 'Absent' }).first().click();
    await seen();
    expect(open.dialogs).toEqual([]);
    expect(open.pageErrors).toEqual([]);
  });

  it('records the register by keyboard alone, one call, marks already recorded kept read-only', async () => {
    const open = await sidebars.open(sidebarState(), (server) => {
      server.on('recordRegister', (form) => {
        const register = server.state.register!;
        const entries = register.entries.map((entry) => ({
          ...entry,
          recorded: [
            ...entry.recorded,
            ...form.marks
              .filter((mark) => mark.placementId === entry.placementId)
              .map((mark, i) => ({ session: mark.session, mark: mark.mark, row: 60 + i })),
          ],
        }));
        server.state = { ...server.state, register: { ...register, entries } };
        return saved(`Saved ${form.marks.length} marks for Mon 30 Nov 2026.`, server.state, null);
      });
    });
    const { page, server } = open;
    await page.getByRole('tab', { name: 'Placement' }).waitFor();
    // Keyboard only from here: Tab to the tabs, arrows along them (the ARIA tabs pattern), Tab on.
    await page.keyboard.press('Tab');
    await expect(page.evaluate('document.activeElement.getAttribute("role")')).resolves.toBe('tab');
    await page.keyboard.press('ArrowRight'); // Today
    await page.keyboard.press('ArrowRight'); // Overview
    await page.keyboard.press('ArrowRight'); // Register
    await expect(
      page.getByRole('tab', { name: 'Register' }).getAttribute('aria-selected'),
    ).resolves.toBe('true');
    await expect(page.locator('.recorded').textContent()).resolves.toMatch(
      /AM\s+Present\s+\(already recorded\)/,
    );
    const focused = () => page.evaluate<string>('document.activeElement.id');
    // Casey Morgan AM: Present (Tab into the group, Space on its first radio).
    await page.keyboard.press('Tab'); // the panel
    await page.keyboard.press('Tab'); // All present
    expect(await focused()).toBe('register-all-present');
    await page.keyboard.press('Tab'); // AM group, first radio
    expect(await focused()).toBe('reg-0-AM-0');
    await page.keyboard.press('Space');
    // A chosen mark can be cleared: its Clear button comes next.
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('reg-0-AM-clear');
    // Casey Morgan PM: Absent, with a reason and the suggested code.
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('reg-0-PM-0');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('reg-0-PM-clear');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('reg-0-PM-reason');
    await page.keyboard.type('Dentist, mother phoned');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('reg-0-PM-code');
    // The code the server will save, by the same suggestCode: a dentist is M.
    expect((await page.locator('#reg-0-PM-code option:checked').textContent())?.trim()).toBe(
      'Suggested from the reason: M: medical or dental appointment',
    );
    // Who followed the absence up and what they found, when someone already has (left blank).
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('reg-0-PM-followed-by');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('reg-0-PM-follow-up-note');
    // Riley Thompson AM: Late.
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('reg-1-AM-0');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText('Code B (attending the AP).').count()).resolves.toBe(2);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('reg-1-AM-clear');
    // Sam Okafor: AM already recorded (no radios), PM: No session.
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('reg-2-PM-0');
    await page.keyboard.press('ArrowLeft'); // wraps round to the last, No session
    await screenshotSidebar(page, shot('register'));
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('reg-2-PM-clear');
    await page.keyboard.press('Tab');
    await expect(page.evaluate('document.activeElement.textContent.trim()')).resolves.toBe(
      'Save register',
    );
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Saved 4 marks' }).waitFor();
    expect(server.names()).toEqual(['getSidebarState', 'recordRegister']);
    const form = server.callsOf('recordRegister')[0]!.args[0] as RegisterForm;
    expect(form).toEqual({
      date: TODAY,
      marks: [
        { placementId: 'AP-0007', session: 'AM', mark: 'Present', ...NO_REASON },
        {
          ...NO_REASON,
          placementId: 'AP-0007',
          session: 'PM',
          mark: 'Absent',
          absenceReason: 'Dentist, mother phoned',
        },
        { placementId: 'AP-0011', session: 'AM', mark: 'Late', ...NO_REASON },
        { placementId: 'AP-0015', session: 'PM', mark: 'No session', ...NO_REASON },
      ],
      requestId: anyRequestId(),
    });
    // The answer's state is drawn: every session now read-only, no second call.
    await expect(page.locator('.recorded').count()).resolves.toBe(5);
    await expect(page.getByText('Every session today is marked.').count()).resolves.toBe(1);
    expect(server.calls).toHaveLength(2);
    await screenshotSidebar(page, shot('register-saved'));
  });

  it('shows a refused session by its own radios, and Clear backs out of a mark', async () => {
    const taken =
      'AP-0007 already has an AM mark for Mon 30 Nov 2026 on Attendance row 61; it is kept (change it on the sheet if it is wrong).';
    const open = await sidebars.open(sidebarState(), (server) => {
      server.on('recordRegister', () =>
        refused(`Nothing was saved: ${taken}`, { 'marks.0.session': taken }),
      );
    });
    const { page, server } = open;
    await tab(page, 'Register');
    await page.locator('label[for="reg-0-AM-0"]').click();
    await page.locator('label[for="reg-0-PM-2"]').click();
    // An absence with a reason the add-on cannot read is N, as the server saves it.
    await page.locator('#reg-0-PM-reason').fill('Family holiday');
    expect((await page.locator('#reg-0-PM-code option:checked').textContent())?.trim()).toBe(
      'Suggested from the reason: N: reason not yet known',
    );
    await page.locator('#reg-0-PM-clear').click();
    await expect(page.locator('#reg-0-PM-reason').count()).resolves.toBe(0);
    await expect(page.locator('#reg-0-PM-2').isChecked()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Save register' }).click();
    await page.locator('#reg-0-AM-error').waitFor();
    await expect(page.locator('#reg-0-AM-error').textContent()).resolves.toBe(taken);
    const form = server.callsOf('recordRegister')[0]!.args[0] as RegisterForm;
    // The cleared PM was never sent.
    expect(form.marks.map((m) => [m.placementId, m.session, m.mark])).toEqual([
      ['AP-0007', 'AM', 'Present'],
    ]);
    await page.getByRole('button', { name: /Clear the AM mark of AP-0007/ }).click();
    await expect(page.locator('#reg-0-AM-0').isChecked()).resolves.toBe(false);
    expect(open.pageErrors).toEqual([]);
  });

  it('asks to confirm "Terminate placement" before the review is sent, then shows the new state', async () => {
    const open = await sidebars.open(sidebarState(), (server) => {
      server.on('recordReview', () =>
        saved(
          'Review saved for AP-0007; the placement is Terminated.',
          {
            ...server.state,
            selected: placementView({ status: 'Terminated', nextStatus: '', review: 'not due' }),
          },
          null,
        ),
      );
    });
    const { page, server } = open;
    await expand(page, 'Record a review');
    await page.getByLabel('Review date').fill('2026-11-30');
    await page.getByLabel('Attendees').fill('Jo Clarke (pastoral), provider lead, parent');
    await page.getByLabel('Parent/carer attended').selectOption('Yes');
    await page.getByLabel("Pupil's view").fill('Wants to go back to school.');
    await page.getByLabel('Progress').selectOption('Not on track');
    await page.getByLabel('Safe and meeting needs').selectOption('No');
    await page.getByLabel('Decision').selectOption('Terminate placement');
    await page.getByRole('textbox', { name: 'Actions' }).fill('Reintegration meeting on Wed.');
    await page.getByRole('button', { name: 'Save review' }).click();
    await page.getByText('Terminate AP-0007 Casey Morgan?').waitFor();
    expect(server.callsOf('recordReview')).toHaveLength(0);
    await screenshotSidebar(page, shot('review-confirm'));
    // Going back sends nothing; confirming sends confirmTermination.
    await page.getByRole('button', { name: 'Go back' }).click();
    await page.getByRole('button', { name: 'Save review' }).click();
    await page.getByRole('button', { name: 'Yes, terminate the placement' }).click();
    await page.getByRole('status').filter({ hasText: 'the placement is Terminated' }).waitFor();
    expect(server.callsOf('recordReview').map((c) => c.args[0])).toEqual([
      {
        placementId: 'AP-0007',
        reviewDate: '2026-11-30',
        attendees: 'Jo Clarke (pastoral), provider lead, parent',
        parentCarerAttended: 'Yes',
        pupilsView: 'Wants to go back to school.',
        progress: 'Not on track',
        safeAndMeetingNeeds: 'No',
        decision: 'Terminate placement',
        actions: 'Reintegration meeting on Wed.',
        confirmTermination: true,
        requestId: anyRequestId(),
      } satisfies ReviewForm,
    ]);
    await expect(page.locator('.status').first().textContent()).resolves.toBe('Terminated');
    expect(server.names()).toEqual(['getSidebarState', 'recordReview']);
  });

  it("shows the server's field errors next to their fields, with a summary, and keeps what was typed", async () => {
    const open = await sidebars.open(sidebarState(), (server) => {
      server.on('recordReview', () =>
        refused('Check the 2 fields marked below.', {
          reviewDate: 'Review date cannot be after today (Mon 30 Nov 2026).',
          decision:
            'Choose a decision: Continue, Amend plan, End placement or Terminate placement.',
        }),
      );
    });
    const { page } = open;
    await expand(page, 'Record a review');
    await page.getByLabel('Review date').fill('2026-12-25');
    await page.getByLabel('Attendees').fill('Jo Clarke');
    await page.getByRole('button', { name: 'Save review' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('Check the 2 fields marked below.');
    await expect(alert.textContent()).resolves.toContain('Review date cannot be after today');
    for (const [id, text] of [
      ['review-date', 'Review date cannot be after today'],
      ['review-decision', 'Choose a decision'],
    ] as const) {
      const field = page.locator(`#${id}`);
      await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
      const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
      expect(describedBy.split(' ')).toContain(`${id}-error`);
      await expect(page.locator(`#${id}-error`).textContent()).resolves.toContain(text);
    }
    await expect(
      page.locator('#review-attendees').getAttribute('aria-invalid'),
    ).resolves.toBeNull();
    await expect(page.getByLabel('Attendees').inputValue()).resolves.toBe('Jo Clarke');
    await expect(page.getByLabel('Review date').inputValue()).resolves.toBe('2026-12-25');
    await screenshotSidebar(page, shot('field-errors'));
  });

  it("records a concern date and says whether the DSL was emailed, in the server's words", async () => {
    const open = await sidebars.open(sidebarState(), (server) => {
      server.on('recordConcern', (form) =>
        saved(
          `Concern recorded for ${form.placementId} on Mon 30 Nov 2026. The DSL was emailed at once.`,
          { ...server.state, selected: placementView({ safeguardingConcernDate: form.date }) },
          null,
        ),
      );
    });
    const { page, server } = open;
    await expand(page, 'Record a safeguarding concern');
    await page.getByText("the school's safeguarding system", { exact: false }).waitFor();
    await expect(page.getByLabel('Date of the concern').inputValue()).resolves.toBe(TODAY);
    await page.getByRole('button', { name: 'Record concern' }).click();
    await page.getByRole('status').filter({ hasText: 'The DSL was emailed at once.' }).waitFor();
    expect(server.callsOf('recordConcern').map((c) => c.args[0])).toEqual([
      { placementId: 'AP-0007', date: TODAY, requestId: anyRequestId() },
    ]);
    await expect(
      page.getByText('Safeguarding concern recorded on Mon 30 Nov 2026.').count(),
    ).resolves.toBe(1);
    await screenshotSidebar(page, shot('concern'));
  });

  it('says plainly when a call fails, keeps the form filled, and is busy while the call runs', async () => {
    const open = await sidebars.open(sidebarState(), (server) => {
      server.failNext('recordConcern', 'Exceeded maximum execution time');
    });
    const { page, server } = open;
    await expand(page, 'Record a safeguarding concern');
    await page.getByLabel('Date of the concern').fill('2026-11-27');
    const release = server.hold('recordConcern');
    await page.getByRole('button', { name: 'Record concern' }).click();
    const button = page.getByRole('button', { name: 'Record concern' });
    await expect(button.isDisabled()).resolves.toBe(true);
    await expect(button.getAttribute('aria-busy')).resolves.toBe('true');
    await page.getByRole('status').filter({ hasText: 'Saving…' }).waitFor();
    // A second press while the first call runs sends nothing.
    await button.click({ force: true });
    release();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('Exceeded maximum execution time');
    await expect(alert.textContent()).resolves.toContain('Your entries are still here');
    await expect(alert.textContent()).resolves.toContain('Press the button again');
    await expect(alert.textContent()).resolves.toContain('will not do it twice');
    await expect(page.getByLabel('Date of the concern').inputValue()).resolves.toBe('2026-11-27');
    await expect(button.isDisabled()).resolves.toBe(false);
    expect(server.callsOf('recordConcern')).toHaveLength(1);
    await screenshotSidebar(page, shot('failure'));
  });

  it('sends a request id with every call that changes something, and none with those that do not', async () => {
    const open = await sidebars.open(sidebarState());
    const { page, server } = open;
    await page.getByRole('heading', { name: /AP-0007/ }).waitFor();
    await expand(page, 'Follow up');
    await page.getByLabel('Followed up by').fill('Jo Clarke');
    await page.getByLabel('Follow-up note').fill('Spoke to mother.');
    await page.getByRole('button', { name: 'Save follow-up' }).click();
    await answered(page, server, 'recordFollowUp', 1);
    await expand(page, 'Record a review');
    await page.getByLabel('Attendees').fill('Jo Clarke');
    await page.getByRole('button', { name: 'Save review' }).click();
    await answered(page, server, 'recordReview', 1);
    await expand(page, 'Record a safeguarding concern');
    await page.getByRole('button', { name: 'Record concern' }).click();
    await answered(page, server, 'recordConcern', 1);
    await expand(page, 'Generate a document');
    await page.getByRole('button', { name: 'Provider agreement' }).click();
    await answered(page, server, 'generateDocument', 1);
    await expand(page, 'Email the LA or the provider');
    await page.getByRole('button', { name: 'Email LA notification' }).click();
    await page.locator('#email-preview').waitFor();
    await page.getByRole('button', { name: 'Confirm send' }).click();
    await answered(page, server, 'sendEmail', 1);
    await tab(page, 'Register');
    await page.locator('label[for="reg-0-AM-0"]').click();
    await page.getByRole('button', { name: 'Save register' }).click();
    await answered(page, server, 'recordRegister', 1);
    await tab(page, 'Settings');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await answered(page, server, 'saveSetup', 1);
    await tab(page, 'Overview');
    await page.getByRole('button', { name: 'AP register', exact: true }).click();
    await answered(page, server, 'makeReport', 1);

    const ids = changingNames.map((name) => {
      const calls = server.callsOf(name);
      expect(calls).toHaveLength(1);
      return requestIdOf(calls[0]);
    });
    for (const id of ids) expect(id).toMatch(REQUEST_ID);
    // Made with crypto.getRandomValues: 22 characters, and no two forms share one.
    for (const id of ids) expect(String(id).length).toBeGreaterThanOrEqual(22);
    expect(new Set(ids).size).toBe(ids.length);
    // Reading changes nothing: no request id.
    for (const call of server.calls.filter((c) => !changingNames.some((n) => n === c.name))) {
      expect(requestIdOf(call)).toBeUndefined();
    }
    expect(server.callsOf('previewEmail')).toHaveLength(1);
    expect(server.callsOf('getSidebarState')[0]!.args).toEqual([]);
  });

  it('sends the same request id again after a failure or a refusal, and a new one once it is done', async () => {
    const open = await sidebars.open(sidebarState(), (server) => {
      // The first call "loses its reply" (the server may have saved it); the second is refused.
      server.failNext('recordConcern', 'Exceeded maximum execution time');
      server.on('recordConcern', () =>
        server.callsOf('recordConcern').length === 2
          ? refused('Check the field marked below.', { date: 'The date cannot be after today.' })
          : saved('Concern recorded.', server.state, null),
      );
    });
    const { page, server } = open;
    await expand(page, 'Record a safeguarding concern');
    const button = page.getByRole('button', { name: 'Record concern' });
    await button.click();
    await answered(page, server, 'recordConcern', 1);
    await expect(page.getByRole('alert').textContent()).resolves.toContain('will not do it twice');
    await button.click();
    await answered(page, server, 'recordConcern', 2);
    await expect(page.locator('#concern-date-error').textContent()).resolves.toBe(
      'The date cannot be after today.',
    );
    await page.getByLabel('Date of the concern').fill('2026-11-27');
    await button.click();
    await answered(page, server, 'recordConcern', 3);
    await page.getByRole('status').filter({ hasText: 'Concern recorded.' }).waitFor();
    // Done: the next press is a new request.
    await button.click();
    await answered(page, server, 'recordConcern', 4);
    const [first, second, third, fourth] = requestIds(server, 'recordConcern');
    expect(first).toMatch(REQUEST_ID);
    expect(second).toBe(first);
    expect(third).toBe(first);
    expect(fourth).toMatch(REQUEST_ID);
    expect(fourth).not.toBe(first);
  });

  it('keeps one request id per document kind and per email kind; a preview neither uses nor renews one', async () => {
    const open = await sidebars.open(sidebarState(), (server) => {
      server.failNext('generateDocument', 'Service unavailable');
      server.failNext('sendEmail', 'Service unavailable');
    });
    const { page, server } = open;
    await expand(page, 'Generate a document');
    await page.getByRole('button', { name: 'Provider agreement' }).click();
    await answered(page, server, 'generateDocument', 1);
    await page.getByRole('alert').waitFor();
    // Another kind is another request; pressing the failed one again is the same request.
    await page.getByRole('button', { name: 'Personalised plan' }).click();
    await answered(page, server, 'generateDocument', 2);
    await page.getByRole('button', { name: 'Provider agreement' }).click();
    await answered(page, server, 'generateDocument', 3);
    await page.getByRole('link', { name: 'Open the Provider agreement' }).waitFor();
    const documents = requestIds(server, 'generateDocument');
    expect(
      server.callsOf('generateDocument').map((c) => (c.args[0] as { kind: string }).kind),
    ).toEqual(['Provider agreement', 'Personalised plan', 'Provider agreement']);
    expect(documents[1]).not.toBe(documents[0]);
    expect(documents[2]).toBe(documents[0]);

    await expand(page, 'Email the LA or the provider');
    const preview = page.locator('#email-preview');
    const sendLa = async () => {
      await page.getByRole('button', { name: 'Email LA notification' }).click();
      await preview.waitFor();
      await page.getByRole('button', { name: 'Confirm send' }).click();
    };
    await sendLa();
    await answered(page, server, 'sendEmail', 1);
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Service unavailable');
    // The preview still shows after a failure; previewing again and confirming is the same send.
    await expect(preview.count()).resolves.toBe(1);
    await sendLa();
    await answered(page, server, 'sendEmail', 2);
    await preview.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Email safeguarding confirmation request' }).click();
    await preview.waitFor();
    await page.getByRole('button', { name: 'Confirm send' }).click();
    await answered(page, server, 'sendEmail', 3);
    // Sent: the same email again is a new request.
    await sendLa();
    await answered(page, server, 'sendEmail', 4);
    const [failed, again, other, next] = requestIds(server, 'sendEmail');
    for (const id of [failed, again, other, next]) expect(id).toMatch(REQUEST_ID);
    expect(again).toBe(failed);
    expect(other).not.toBe(failed);
    expect(next).not.toBe(failed);
    expect(next).not.toBe(other);
    for (const call of server.callsOf('previewEmail')) expect(requestIdOf(call)).toBeUndefined();
  });

  it('follows up an absence; the message stays when the absence leaves the list', async () => {
    const open = await sidebars.open(sidebarState(), (server) => {
      server.on('recordFollowUp', (form) => {
        const view = placementView();
        const selected = placementView({
          attendance: {
            ...view.attendance,
            absencesNotFollowedUp: view.attendance.absencesNotFollowedUp.filter(
              (a) => a.row !== form.row,
            ),
          },
        });
        return saved('Follow-up saved on Attendance row 41.', { ...server.state, selected }, null);
      });
    });
    const { page, server } = open;
    await expand(page, 'Follow up');
    await page.getByLabel('Followed up by').fill('Jo Clarke');
    await page.getByLabel('Follow-up note').fill('Spoke to mother: ill, back Monday.');
    await screenshotSidebar(page, shot('follow-up'));
    await page.getByRole('button', { name: 'Save follow-up' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Follow-up saved on Attendance row 41.' })
      .waitFor();
    expect(server.callsOf('recordFollowUp').map((c) => c.args[0])).toEqual([
      {
        row: 41,
        placementId: 'AP-0007',
        followedUpBy: 'Jo Clarke',
        note: 'Spoke to mother: ill, back Monday.',
        // The absence as shown, so a row that moved since is refused, not followed up instead.
        date: '2026-11-25',
        session: 'AM',
        requestId: anyRequestId(),
      },
    ]);
    await expect(page.getByText('1 absence not followed up').count()).resolves.toBe(1);
  });

  it('refreshes the selection once when the sidebar regains focus, and never without', async () => {
    const open = await sidebars.open(sidebarState());
    const { page, server } = open;
    await page.getByRole('heading', { name: /AP-0007/ }).waitFor();
    server.on('getSelectedPlacement', () => ({
      selected: placementView({ placementId: 'AP-0011', pupilName: 'Riley Thompson', row: 12 }),
      today: TODAY,
    }));
    // Focus without having left: nothing to refresh.
    await page.evaluate(`window.dispatchEvent(new Event('focus'))`);
    await page.waitForTimeout(400);
    expect(server.callsOf('getSelectedPlacement')).toHaveLength(0);
    // Staff click in the sheet, then come back: focus and visibilitychange together make one call.
    await page.evaluate(`window.dispatchEvent(new Event('blur'));
      window.dispatchEvent(new Event('focus'));
      document.dispatchEvent(new Event('visibilitychange'));`);
    await page.getByRole('heading', { name: /AP-0011 Riley Thompson/ }).waitFor();
    await page.waitForTimeout(400);
    expect(server.callsOf('getSelectedPlacement')).toHaveLength(1);
    // A refresh while one is in flight is not sent.
    const release = server.hold('getSelectedPlacement');
    await page.evaluate(
      `window.dispatchEvent(new Event('blur')); window.dispatchEvent(new Event('focus'));`,
    );
    await page.waitForTimeout(300);
    await page.evaluate(
      `window.dispatchEvent(new Event('blur')); window.dispatchEvent(new Event('focus'));`,
    );
    await page.waitForTimeout(300);
    await expect(
      page.getByRole('button', { name: 'Show selected row' }).isDisabled(),
    ).resolves.toBe(true);
    release();
    await page.waitForTimeout(300);
    expect(server.callsOf('getSelectedPlacement')).toHaveLength(2);
    // The button does the same, one call.
    server.on('getSelectedPlacement', () => ({
      selectionHint: 'Select a row on Placements to see it here.',
      today: TODAY,
    }));
    await page.getByRole('button', { name: 'Show selected row' }).click();
    await page.getByText('Select a row on Placements to see it here.').waitFor();
    expect(server.callsOf('getSelectedPlacement')).toHaveLength(3);
    expect(server.names().filter((n) => n === 'getSidebarState')).toHaveLength(1);
  });

  it('opens the row an overview line names and shows the placement it returns', async () => {
    const open = await sidebars.open(sidebarState(), (server) => {
      server.on('openRow', (link) =>
        link.sheet === 'Providers'
          ? {
              selectionHint: 'Riverside Tuition is a provider: select a placement row.',
              today: TODAY,
            }
          : {
              selected: placementView({
                placementId: 'AP-0011',
                pupilName: 'Riley Thompson',
                row: link.row,
              }),
              today: TODAY,
            },
      );
    });
    const { page, server } = open;
    await tab(page, 'Overview');
    await page.getByRole('heading', { name: /Overview on Mon 30 Nov 2026/ }).waitFor();
    await expect(page.getByText('and 2 more in the sheet.').count()).resolves.toBe(1);
    // The evaluation's headline (policy P9), under the lists.
    const year = page.getByRole('region', { name: 'This school year' });
    await expect(year.textContent()).resolves.toMatch(
      /Reviews held on time\s*11 of 13\s*Cost to date\s*£48,210\.50/,
    );
    await screenshotSidebar(page, shot('overview'));
    await page.getByRole('button', { name: /AP-0011 Riley Thompson/ }).click();
    await page.getByRole('heading', { name: /AP-0011 Riley Thompson/ }).waitFor();
    await expect(
      page.getByRole('tab', { name: 'Placement' }).getAttribute('aria-selected'),
    ).resolves.toBe('true');
    expect(server.callsOf('openRow').map((c) => c.args[0])).toEqual([
      { sheet: 'Placements', row: 12 },
    ]);
  });

  it('makes reports from the overview: the census for the day typed, and the Doc with its link', async () => {
    const open = await sidebars.open(sidebarState(), (server) => {
      server.on('makeReport', (form) =>
        saved(`Made the ${form.report}.`, server.state, {
          link:
            form.report === 'AP register (printable Doc)'
              ? 'https://docs.google.com/document/d/invented-register/edit'
              : '',
        }),
      );
    });
    const { page, server } = open;
    await tab(page, 'Overview');
    await page.getByRole('heading', { name: 'Reports' }).waitFor();
    await page.getByLabel('Census day').fill('2027-01-21');
    await page.getByRole('button', { name: 'Census AP return' }).click();
    await page.getByText('Made the Census AP return.').waitFor();
    await page.getByRole('button', { name: 'AP register as a Doc to print' }).click();
    await page.getByRole('link', { name: 'Open the AP register (printable Doc)' }).waitFor();
    await expect(
      page.getByRole('link', { name: 'Open the AP register (printable Doc)' }).getAttribute('href'),
    ).resolves.toBe('https://docs.google.com/document/d/invented-register/edit');
    const forms = server.callsOf('makeReport').map((c) => c.args[0] as Record<string, unknown>);
    expect(forms.map((f) => [f.report, f.censusDay])).toEqual([
      ['Census AP return', '2027-01-21'],
      ['AP register (printable Doc)', undefined],
    ]);
    // Each report is its own request.
    expect(new Set(forms.map((f) => f.requestId)).size).toBe(2);
    await screenshotSidebar(page, shot('reports'));
  });

  it('generates a document and shows its link, and previews an email before sending it', async () => {
    const open = await sidebars.open(sidebarState());
    const { page, server } = open;
    await expand(page, 'Generate a document');
    await page.getByRole('button', { name: 'Personalised plan' }).click();
    const link = page.getByRole('link', { name: 'Open the Personalised plan' });
    await link.waitFor();
    await expect(link.getAttribute('target')).resolves.toBe('_blank');
    await expect(link.getAttribute('rel')).resolves.toBe('noopener');
    await expect(
      page.getByRole('link', { name: 'Parent/carer agreement' }).getAttribute('rel'),
    ).resolves.toBe('noopener');
    expect(server.callsOf('generateDocument').map((c) => c.args[0])).toEqual([
      {
        kind: 'Personalised plan',
        placementId: 'AP-0007',
        provider: 'Northfield Skills Centre',
        requestId: anyRequestId(),
      },
    ]);
    await expand(page, 'Email the LA or the provider');
    await page.getByRole('button', { name: 'Email LA notification' }).click();
    const preview = page.locator('#email-preview');
    await preview.waitFor();
    await expect(preview.textContent()).resolves.toContain('ap-notify@la.example');
    await expect(preview.textContent()).resolves.toContain(
      'Alternative provision placement AP-0007',
    );
    await expect(preview.textContent()).resolves.toContain('We write to tell you of a placement.');
    expect(server.callsOf('sendEmail')).toHaveLength(0);
    await screenshotSidebar(page, shot('email-preview'));
    await page.getByRole('button', { name: 'Confirm send' }).click();
    await preview.waitFor({ state: 'detached' });
    const form = {
      kind: 'Local authority notification',
      placementId: 'AP-0007',
      provider: 'Northfield Skills Centre',
    };
    // The preview changes nothing and carries no request id; the send does.
    expect(server.callsOf('previewEmail').map((c) => c.args[0])).toEqual([form]);
    expect(server.callsOf('sendEmail').map((c) => c.args[0])).toEqual([
      { ...form, requestId: anyRequestId() },
    ]);
  });

  it('starts a workbook that is not set up on the first-run setup form, and saves it', async () => {
    const open = await sidebars.open(notSetUpState(), (server) => {
      server.on('saveSetup', () =>
        saved('Setup saved: 9 sheets ready, reminders on.', sidebarState(), null),
      );
    });
    const { page, server } = open;
    await page.getByRole('heading', { name: 'First-run setup' }).waitFor();
    await expect(
      page.getByRole('tab', { name: 'Settings' }).getAttribute('aria-selected'),
    ).resolves.toBe('true');
    await expect(page.getByText('There is no Log sheet.').count()).resolves.toBe(1);
    await page.getByLabel('School name').fill('Meadowbank Academy');
    await page.getByLabel('DSL email').fill('dsl@meadowbank.example');
    await page.getByLabel('Term', { exact: true }).fill('Autumn 1');
    await page.getByRole('button', { name: 'Add a term date row' }).click();
    await page.locator('#term-1-term').fill('Autumn 2');
    await page.locator('#term-1-start').fill('2026-11-02');
    await page.locator('#term-1-end').fill('2026-12-18');
    await page.getByLabel('Turn reminders on').check();
    await screenshotSidebar(page, shot('settings'));
    await page.getByRole('button', { name: 'Set up and save' }).click();
    await page.getByRole('status').filter({ hasText: 'Setup saved' }).waitFor();
    const form = server.callsOf('saveSetup')[0]!.args[0] as Record<string, unknown>;
    expect(form).toMatchObject({
      schoolName: 'Meadowbank Academy',
      dslEmail: 'dsl@meadowbank.example',
      remindersOn: true,
      termDates: [
        { term: 'Autumn 1', start: '2025-09-04', end: '2025-10-24' },
        { term: 'Autumn 2', start: '2026-11-02', end: '2026-12-18' },
      ],
    });
    expect(form).not.toHaveProperty('exampleTermDates');
    expect(form.requestId).toMatch(REQUEST_ID);
    await expect(
      page.getByRole('heading', { name: 'Settings', exact: true }).count(),
    ).resolves.toBe(1);
  });

  it("shows the school's own term dates read-only, adds rows only, and sends reminders off when unticked", async () => {
    const open = await sidebars.open(sidebarState(), (server) => {
      server.on('saveSetup', () =>
        saved('Added 1 term date below yours. Reminders are off.', sidebarState(), null),
      );
    });
    const { page, server } = open;
    await tab(page, 'Settings');
    await page.getByText('To change or delete one, do it on the Term dates').waitFor();
    await expect(page.getByRole('cell', { name: 'Autumn 2' }).count()).resolves.toBe(1);
    // No field edits the school's rows, and nothing removes them.
    await expect(page.locator('#term-0-term').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /^Remove/ }).count()).resolves.toBe(0);
    await expect(page.getByLabel('Turn reminders on').isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Add a term date row' }).click();
    await page.locator('#term-0-term').fill('Spring 1');
    await page.locator('#term-0-start').fill('2027-01-04');
    await page.locator('#term-0-end').fill('2027-02-12');
    await page.getByLabel('Turn reminders on').uncheck();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Added 1 term date' }).waitFor();
    const form = server.callsOf('saveSetup')[0]!.args[0] as Record<string, unknown>;
    expect(form).toMatchObject({
      remindersOn: false,
      termDates: [
        { term: 'Autumn 1', start: '2026-09-03', end: '2026-10-23' },
        { term: 'Autumn 2', start: '2026-11-02', end: '2026-12-18' },
        { term: 'Spring 1', start: '2027-01-04', end: '2027-02-12' },
      ],
    });
  });

  it('fits 300 px with no horizontal scroll in any view', async () => {
    const wide = 'Averyveryverylongwordwithoutanyspaceswhateverthatgoesonandonandon@example.org';
    const state: SidebarState = sidebarState({
      selected: placementView({ pupilName: wide, provider: wide }),
    });
    const open = await sidebars.open(state);
    const { page } = open;
    await page.getByRole('heading', { name: /AP-0007/ }).waitFor();
    for (const summary of [
      'Follow up',
      'Record a review',
      'Record a safeguarding concern',
      'Generate a document',
      'Email the LA or the provider',
    ]) {
      await expand(page, summary);
    }
    await page.getByRole('button', { name: 'Email safeguarding confirmation request' }).click();
    await page.locator('#email-preview').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    for (const name of ['Overview', 'Register', 'Settings']) {
      await tab(page, name);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    }
    await tab(page, 'Register');
    for (const label of await page.locator('.segmented label', { hasText: 'Absent' }).all())
      await label.click();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
});
