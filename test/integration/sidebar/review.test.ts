// Recording a review through the built add-on; terminating writes Status and Actual end date only.
import { NO_COLOUR, WARNING_COLOUR } from '../../../src/domain/marks';
import { documentState } from '../support/workbook';
import {
  call,
  day,
  logLines,
  placement,
  REVIEW,
  rowByHeader,
  rows,
  sidebarSchool,
} from './support';

const review = REVIEW;

/** The placement's row without the add-on's columns, which the re-check rewrites. */
function personCells(s: ReturnType<typeof sidebarSchool>): Record<string, unknown> {
  const row = rowByHeader(s, 'Placements', 2);
  for (const addOn of ['Last review', 'Next review due', 'Checks', 'Placement ID'])
    delete row[addOn];
  return row;
}

describe('a review from the sidebar', () => {
  it('appends a Reviews row recorded by the person, and updates Last review and Next review due', () => {
    const s = sidebarSchool([placement(1)]);
    const before = personCells(s);
    const result = call(s, 'recordReview', review);
    expect(result).toMatchObject({
      ok: true,
      message: 'Saved the review of AP-0001 on Mon 19 Jan 2026.',
    });
    const saved = rowByHeader(s, 'Reviews', 2);
    expect({ ...saved, 'Review date': day(saved['Review date']) }).toEqual({
      'Review date': '2026-01-19',
      'Placement ID': 'AP-0001',
      Attendees: 'Jo Example; Robin Tutor',
      'Parent/carer attended': 'Yes',
      "Pupil's view": 'I like the workshop',
      Progress: 'On track',
      'Safe and meeting needs': 'Yes',
      Decision: 'Continue',
      Actions: '@everyone bring boots',
      'Recorded by': s.ws.user,
    });
    expect(personCells(s)).toEqual(before);
    expect(day(s.cell('Placements', 2, 'Last review').value)).toBe('2026-01-19');
    expect(day(s.cell('Placements', 2, 'Next review due').value)).toBe('2026-03-02');
    expect(logLines(s).pop()).toBe(
      'Review recorded | AP-0001 | Review date 2026-01-19, decision Continue',
    );
  });

  it('refuses a review left blank or half filled, naming each missing field and writing nothing (DOMAIN.md §4 Reviews)', () => {
    const s = sidebarSchool([placement(1)]);
    const before = documentState(s.ws);
    const blank = {
      ...review,
      attendees: '',
      parentCarerAttended: '',
      pupilsView: '',
      progress: '',
      safeAndMeetingNeeds: '',
      decision: '',
      actions: '',
    };
    const refused = call(s, 'recordReview', blank);
    expect(refused).toMatchObject({ ok: false });
    const named = Object.keys((refused as { fieldErrors: object }).fieldErrors).sort();
    expect(named).toEqual(['attendees', 'decision', 'progress', 'safeAndMeetingNeeds']);
    expect(documentState(s.ws)).toBe(before);
    const half = call(s, 'recordReview', { ...review, progress: '', safeAndMeetingNeeds: '' });
    expect(Object.keys((half as { fieldErrors: object }).fieldErrors).sort()).toEqual([
      'progress',
      'safeAndMeetingNeeds',
    ]);
    expect(documentState(s.ws)).toBe(before);
  });

  it("saves a review without Pupil's view or Parent/carer attended, saying so and marking the cells", () => {
    const s = sidebarSchool([placement(1)]);
    const result = call(s, 'recordReview', { ...review, pupilsView: '', parentCarerAttended: '' });
    expect(result).toMatchObject({ ok: true });
    expect((result as { message: string }).message).toContain(
      "Pupil's view (policy point 5) and Parent/carer attended (policy point 10) were left blank",
    );
    expect(day(s.cell('Placements', 2, 'Last review').value)).toBe('2026-01-19');
    expect(s.cell('Reviews', 2, "Pupil's view").background).toBe(WARNING_COLOUR);
    expect(s.cell('Reviews', 2, 'Parent/carer attended').note).toMatch(/policy point 10/);
    expect(s.cell('Reviews', 2, 'Decision').background).toBe(NO_COLOUR);
  });

  it('asks to confirm a termination, writing nothing until it is confirmed', () => {
    const s = sidebarSchool([placement(1)]);
    const before = documentState(s.ws);
    const refused = call(s, 'recordReview', { ...review, decision: 'Terminate placement' });
    expect(refused).toEqual({
      ok: false,
      message:
        "Nothing was saved: Tick to confirm: this sets AP-0001's Status to Terminated and its Actual end date to Mon 19 Jan 2026.",
      fieldErrors: {
        confirmTermination:
          "Tick to confirm: this sets AP-0001's Status to Terminated and its Actual end date to Mon 19 Jan 2026.",
      },
    });
    expect(documentState(s.ws)).toBe(before);
  });

  it('terminates once confirmed: Status and Actual end date, and no other cell of the row', () => {
    const s = sidebarSchool([placement(1)]);
    const before = personCells(s);
    const result = call(s, 'recordReview', {
      ...review,
      decision: 'Terminate placement',
      confirmTermination: true,
      safeAndMeetingNeeds: 'No',
    });
    expect(result).toMatchObject({ ok: true });
    const after = personCells(s);
    expect(after.Status).toBe('Terminated');
    expect(day(after['Actual end date'])).toBe('2026-01-19');
    expect({
      ...after,
      Status: before.Status,
      'Actual end date': before['Actual end date'],
    }).toEqual(before);
    // Re-checked at once: Terminated with its end date and a review deciding it is complete.
    expect(s.checks(2)).toBe('OK');
  });

  it('explains what ending a placement needs, and changes nothing on Placements', () => {
    const s = sidebarSchool([placement(1)]);
    const before = personCells(s);
    const result = call(s, 'recordReview', { ...review, decision: 'End placement' });
    expect(result).toMatchObject({
      ok: true,
      message: expect.stringContaining(
        'To end AP-0001, set Status to Ended and fill in Actual end date and Destination on Placements row 2',
      ),
    });
    expect(personCells(s)).toEqual(before);
    expect(rows(s, 'Reviews')).toHaveLength(1);
  });
});
