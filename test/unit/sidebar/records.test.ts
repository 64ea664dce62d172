// What a review, a concern and a follow-up write, and what refuses them, before any cell is touched.
import { planConcern } from '../../../src/domain/sidebar/concern-record';
import { planFollowUp } from '../../../src/domain/sidebar/follow-up-record';
import { planReview } from '../../../src/domain/sidebar/review-record';
import type { ReviewForm } from '../../../src/shared/sidebar-api';
import { placementRow } from '../rules/fixtures';
import { attendanceRow } from '../reminders/school-weeks';
import { dayWith, onlyPlacement } from './fixtures';

const TODAY = '2026-01-20';
const review: ReviewForm = {
  placementId: 'AP-0001',
  reviewDate: '2026-01-19',
  attendees: ' Jo Example ',
  parentCarerAttended: 'Yes',
  pupilsView: 'Likes the workshop',
  progress: 'Some progress',
  safeAndMeetingNeeds: 'Yes',
  decision: 'Continue',
  actions: '',
  confirmTermination: false,
};

describe('a review from the sidebar', () => {
  const p = onlyPlacement(dayWith());

  it('is a Reviews row, recorded by the person, changing nothing else', () => {
    expect(planReview(review, p, TODAY, 'me@school.example')).toEqual({
      ok: true,
      review: {
        reviewDate: '2026-01-19',
        placementId: 'AP-0001',
        attendees: 'Jo Example',
        parentAttended: 'Yes',
        pupilsView: 'Likes the workshop',
        progress: 'Some progress',
        safeAndMeetingNeeds: 'Yes',
        decision: 'Continue',
        actions: '',
        recordedBy: 'me@school.example',
      },
      said: [],
    });
  });

  it('asks for confirmation before terminating, then sets Status and Actual end date', () => {
    const terminate = { ...review, decision: 'Terminate placement' as const };
    expect(planReview(terminate, p, TODAY, '')).toEqual({
      ok: false,
      fieldErrors: {
        confirmTermination:
          "Tick to confirm: this sets AP-0001's Status to Terminated and its Actual end date to Mon 19 Jan 2026.",
      },
    });
    expect(planReview({ ...terminate, confirmTermination: true }, p, TODAY, '')).toMatchObject({
      ok: true,
      terminate: { actualEndDate: '2026-01-19' },
      said: [expect.stringContaining('AP-0001 is now Terminated')],
    });
  });

  it('explains what to do to end a placement, since the add-on does not', () => {
    expect(planReview({ ...review, decision: 'End placement' }, p, TODAY, '')).toMatchObject({
      ok: true,
      said: [
        'To end AP-0001, set Status to Ended and fill in Actual end date and Destination on Placements row 2: the add-on does not, since the destination is yours to record.',
      ],
    });
  });

  it('refuses a review without Attendees, Progress, Safe and meeting needs or Decision, naming each (DOMAIN.md §4)', () => {
    const blank: ReviewForm = {
      ...review,
      attendees: '  ',
      parentCarerAttended: '',
      pupilsView: '',
      progress: '',
      safeAndMeetingNeeds: '',
      decision: '',
    };
    const refused = planReview(blank, p, TODAY, '');
    expect(refused.ok).toBe(false);
    const errors = refused.ok ? {} : refused.fieldErrors;
    expect(Object.keys(errors).sort()).toEqual(
      ['attendees', 'decision', 'progress', 'safeAndMeetingNeeds'].sort(),
    );
    expect(errors.attendees).toMatch(/^Attendees: .*policy point 14/);
    expect(errors.safeAndMeetingNeeds).toMatch(/^Safe and meeting needs: /);
    // Half filled: only what is missing is named.
    const half = planReview({ ...review, progress: '', decision: '' }, p, TODAY, '');
    expect(half.ok ? [] : Object.keys(half.fieldErrors).sort()).toEqual(['decision', 'progress']);
  });

  it("accepts Pupil's view and Parent/carer attended blank, with a warning", () => {
    const plan = planReview({ ...review, pupilsView: '', parentCarerAttended: '' }, p, TODAY, '');
    expect(plan).toMatchObject({
      ok: true,
      said: [
        "Pupil's view (policy point 5) and Parent/carer attended (policy point 10) were left blank: add them on the Reviews sheet when known.",
      ],
    });
    // "No" to safe and meeting needs is an answer, not a blank.
    expect(planReview({ ...review, safeAndMeetingNeeds: 'No' }, p, TODAY, '').ok).toBe(true);
  });

  it('refuses a review still to come, an unknown placement, or terminating a finished one', () => {
    expect(planReview({ ...review, reviewDate: '2026-01-21' }, undefined, TODAY, '')).toEqual({
      ok: false,
      fieldErrors: {
        placementId: 'AP-0001 is not on the Placements sheet.',
        reviewDate: 'Wed 21 Jan 2026 is still to come: record the review once it has been held.',
      },
    });
    const ended = onlyPlacement(
      dayWith({
        placements: [placementRow({ Status: 'Terminated', 'Actual end date': '2026-01-16' })],
      }),
    );
    expect(
      planReview(
        { ...review, decision: 'Terminate placement', confirmTermination: true },
        ended,
        TODAY,
        '',
      ),
    ).toEqual({ ok: false, fieldErrors: { decision: 'AP-0001 is already Terminated.' } });
  });
});

describe('a safeguarding concern from the sidebar', () => {
  it('writes the date, or nothing when the same date is there', () => {
    const p = onlyPlacement(dayWith());
    expect(planConcern({ placementId: 'AP-0001', date: TODAY }, p, TODAY)).toEqual({
      ok: true,
      write: true,
      finished: false,
    });
    const same = onlyPlacement(
      dayWith({ placements: [placementRow({ 'Safeguarding concern date': TODAY })] }),
    );
    expect(planConcern({ placementId: 'AP-0001', date: TODAY }, same, TODAY)).toEqual({
      ok: true,
      write: false,
      finished: false,
    });
  });

  it('never replaces a later concern with an older one, and refuses a day still to come', () => {
    const later = onlyPlacement(
      dayWith({ placements: [placementRow({ 'Safeguarding concern date': '2026-01-19' })] }),
    );
    expect(planConcern({ placementId: 'AP-0001', date: '2026-01-12' }, later, TODAY)).toEqual({
      ok: false,
      fieldErrors: {
        date: "A later concern, Mon 19 Jan 2026, is already recorded for AP-0001 on Placements row 2; it is kept. Record this one's details in the school's safeguarding system.",
      },
    });
    expect(planConcern({ placementId: 'AP-0001', date: '2026-01-21' }, later, TODAY)).toMatchObject(
      {
        ok: false,
        fieldErrors: { date: 'Wed 21 Jan 2026 is still to come: enter the day the concern arose.' },
      },
    );
  });
});

describe('an absence followed up from the sidebar', () => {
  const absent = attendanceRow(
    '2026-01-19',
    'AM',
    { Mark: 'Absent', 'Follow-up note': 'Rang home' },
    8,
  );
  const form = {
    row: 8,
    placementId: 'AP-0001',
    followedUpBy: ' Sam Pastoral ',
    note: 'Ill, back tomorrow',
  };

  it('fills who, when and the note, keeping a note already typed', () => {
    expect(planFollowUp(form, absent, '2026-01-20 09:30:00')).toEqual({
      ok: true,
      cells: {
        followedUpBy: 'Sam Pastoral',
        followedUpAt: '2026-01-20 09:30:00',
        followUpNote: 'Rang home\nIll, back tomorrow',
      },
    });
    expect(planFollowUp({ ...form, note: '' }, absent, '2026-01-20 09:30:00')).toEqual({
      ok: true,
      cells: { followedUpBy: 'Sam Pastoral', followedUpAt: '2026-01-20 09:30:00' },
    });
  });

  it("refuses a row that is not that placement's open absence", () => {
    const refusal = (row: Parameters<typeof planFollowUp>[1]) =>
      planFollowUp(form, row, '2026-01-20 09:30:00');
    expect(refusal(undefined)).toEqual({
      ok: false,
      fieldErrors: { row: 'Attendance row 8 is empty.' },
    });
    expect(
      refusal(attendanceRow('2026-01-19', 'AM', { Mark: 'Absent', 'Placement ID': 'AP-0002' }, 8)),
    ).toEqual({
      ok: false,
      fieldErrors: { row: 'Attendance row 8 is about AP-0002, not AP-0001.' },
    });
    expect(refusal(attendanceRow('2026-01-19', 'AM', {}, 8))).toEqual({
      ok: false,
      fieldErrors: { row: 'Attendance row 8 is marked Present, not Absent.' },
    });
    expect(
      refusal(
        attendanceRow(
          '2026-01-19',
          'AM',
          { Mark: 'Absent', 'Followed up by': 'Kim', 'Followed up at': '2026-01-19 15:00' },
          8,
        ),
      ),
    ).toEqual({
      ok: false,
      fieldErrors: {
        row: 'Attendance row 8 (Mon 19 Jan 2026) was already followed up by Kim at 2026-01-19 15:00:00.',
      },
    });
  });
});
