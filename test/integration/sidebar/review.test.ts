// Recording a review through the built add-on; terminating writes Status and Actual end date only.
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
