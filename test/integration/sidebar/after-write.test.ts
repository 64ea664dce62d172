// Forms whose change is already in the sheet never answer "nothing was saved" (a person would save
// it twice): a failure after the write is said in an ok answer, and a repeated click is refused.
import type { FormResult } from '../../../src/shared/sidebar-api';
import { call, placement, REVIEW, rowByHeader, rows, sidebarSchool } from './support';

const review = REVIEW;

/**
 * Every sheet read a form's call makes, by method: whole sheets in one Sheet.getSheetValues, the
 * rows around a write by Range.getValues. Up to 16 of each.
 */
const SHEET_READS = ['Sheet.getSheetValues', 'Range.getValues'].flatMap((method) =>
  Array.from({ length: 16 }, (_, i) => [method, i + 1] as const),
);

/** The call's answer, or the error it threw (what google.script.run's failure handler gets). */
function attempt(run: () => FormResult): FormResult | Error {
  try {
    return run();
  } catch (e) {
    return e as Error;
  }
}

describe('a review whose answer fails after it was written', () => {
  it('refuses the same review twice, naming the row it is on', () => {
    const s = sidebarSchool([placement(1)]);
    expect(call(s, 'recordReview', review)).toMatchObject({ ok: true });
    expect(call(s, 'recordReview', review)).toEqual({
      ok: false,
      message:
        'Nothing was saved: A review of AP-0001 on Mon 19 Jan 2026 is already on Reviews row 2: change that row on the sheet instead.',
      fieldErrors: {
        reviewDate:
          'A review of AP-0001 on Mon 19 Jan 2026 is already on Reviews row 2: change that row on the sheet instead.',
      },
    });
    expect(rows(s, 'Reviews')).toHaveLength(1);
  });

  it.each(SHEET_READS)(
    'whichever sheet read fails (%s %i), a saved review is answered ok and a failed one is not',
    (method, n) => {
      const s = sidebarSchool([placement(1)]);
      s.ws.meter.reset();
      s.ws.meter.failOn(method, n, 'Service error: Spreadsheets');
      const result = attempt(() => call(s, 'recordReview', review));
      const saved = rows(s, 'Reviews').length === 1;
      if (saved) expect(result).toMatchObject({ ok: true });
      else expect(result instanceof Error || !result.ok).toBe(true);
    },
  );

  it('adds the Reviews row first: one that cannot be added leaves the placement as it was', () => {
    const s = sidebarSchool([placement(1)]);
    s.ws.meter.reset();
    s.ws.meter.failOn('Sheet.appendRow', 1, 'Service error: Spreadsheets');
    const result = call(s, 'recordReview', {
      ...review,
      decision: 'Terminate placement',
      confirmTermination: true,
    });
    expect(rows(s, 'Reviews')).toHaveLength(0);
    expect(result.ok).toBe(false);
    expect(rowByHeader(s, 'Placements', 2).Status).toBe('Active');
  });

  it('says so when Status cannot be set after the review is saved, and the same request completes it', () => {
    const s = sidebarSchool([placement(1)]);
    const terminate = {
      ...review,
      decision: 'Terminate placement',
      confirmTermination: true,
      requestId: 'terminate-request-1',
    };
    s.ws.meter.reset();
    // The first setValues comes after the Reviews row is appended: Status and Actual end date.
    s.ws.meter.failOn('Range.setValues', 1, 'Service error: Spreadsheets');
    const first = call(s, 'recordReview', terminate);
    expect(rows(s, 'Reviews')).toHaveLength(1);
    expect(first).toMatchObject({ ok: true });
    expect(first.message).toMatch(/But Status and Actual end date may not have been set/);
    expect(rowByHeader(s, 'Placements', 2).Status).toBe('Active');
    s.ws.meter.reset();
    const again = call(s, 'recordReview', terminate);
    expect(again).toMatchObject({ ok: true });
    expect(again.message).toMatch(/now Terminated/);
    expect(rowByHeader(s, 'Placements', 2).Status).toBe('Terminated');
    expect(rows(s, 'Reviews')).toHaveLength(1);
    // Finished now: a third copy of the request gets the same answer and changes nothing.
    expect(call(s, 'recordReview', terminate)).toMatchObject({ ok: true, message: again.message });
    expect(rows(s, 'Reviews')).toHaveLength(1);
  });
});

describe('the LA notification email, whatever row is selected', () => {
  const LA = { kind: 'Local authority notification', placementId: 'AP-0001', provider: '' };

  it('keeps showing the placement (and so its preview) when the sheet is on another sheet', () => {
    const s = sidebarSchool([placement(1, { 'LA notified': '' })]);
    s.ws.spreadsheet.select('Settings', 'B3');
    const preview = call(s, 'previewEmail', LA);
    expect(preview.ok && preview.state.selected?.placementId).toBe('AP-0001');
    const sent = call(s, 'sendEmail', LA);
    expect(sent.ok && sent.state.selected?.placementId).toBe('AP-0001');
    expect(s.ws.mail.outbox).toHaveLength(1);
  });

  it.each(SHEET_READS)(
    'an email that went is answered ok whichever sheet read fails (%s %i)',
    (method, n) => {
      const s = sidebarSchool([placement(1, { 'LA notified': '' })]);
      s.ws.meter.reset();
      s.ws.meter.failOn(method, n, 'Service error: Spreadsheets');
      const result = attempt(() => call(s, 'sendEmail', LA));
      if (s.ws.mail.outbox.length === 1) expect(result).toMatchObject({ ok: true });
      else expect(result instanceof Error || !result.ok).toBe(true);
    },
  );
});
