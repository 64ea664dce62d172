// The routine: closure days, missing emails, the Monday summary, keys once a day, and digests.
import { mondaySummary } from '../../../src/domain/reminders/monday-summary';
import {
  endingSoon,
  startingWithChecklistIncomplete,
} from '../../../src/domain/reminders/placement-dates';
import {
  byRecipient,
  notAlreadySent,
  remindersDue,
} from '../../../src/domain/reminders/reminders-due';
import { absenceNotFollowedUp } from '../../../src/domain/reminders/attendance';
import { placementRow, providerRow, termDateRows } from '../rules/fixtures';
import { DERBYSHIRE_2025_26 } from '../calendar/derbyshire-2025-26';
import { attendanceRow, sent, workbook } from './school-weeks';

const order = (u: string) => ['urgent', 'today', 'soon', 'info'].indexOf(u);

/** An unfollowed absence on Mon 19 Jan and insurance expiring Tue 10 Feb 2026. */
const busyWeek = (parts: Parameters<typeof workbook>[0] = {}) =>
  workbook({
    providers: [providerRow({ 'Insurance expiry': '2026-02-10' })],
    attendance: [attendanceRow('2026-01-19', 'AM', { Mark: 'Absent', Code: 'N' })],
    ...parts,
  });

describe('a closure day (DOMAIN.md §7: once a school day; nothing but expiry alerts otherwise)', () => {
  it('sends only the expiry alert on an INSET day', () => {
    const inset = termDateRows([
      ...DERBYSHIRE_2025_26,
      { term: 'Closure', start: '2026-01-21', end: '2026-01-21' },
    ]);
    const result = remindersDue(busyWeek({ termDates: inset }), '2026-01-21', 7);
    expect(result.items.map((i) => i.kind)).toEqual(['insurance expiry']);
    expect(remindersDue(busyWeek(), '2026-01-21', 7).items.map((i) => i.kind)).toContain(
      'absence not followed up',
    );
  });

  it('sends only expiry alerts at the weekend and in the holidays', () => {
    for (const today of ['2026-01-24', '2026-02-17']) {
      const kinds = remindersDue(busyWeek(), today, 7).items.map((i) => i.kind);
      expect(new Set(kinds)).toEqual(new Set(['insurance expiry']));
    }
  });
});

describe('recipients (DOMAIN.md §7: from the row and Settings; a missing one reported to the DSL)', () => {
  const absent = (cells = {}, settings = {}) =>
    absenceNotFollowedUp(
      workbook({
        placements: [placementRow(cells)],
        attendance: [attendanceRow('2026-01-19', 'AM', { Mark: 'Absent' })],
        settings,
      }),
      '2026-01-19',
      13,
    );

  it('falls back to the Head of Pastoral Care when Pastoral lead email is blank (P4)', () => {
    expect(sent(absent({ 'Pastoral lead email': '' }))).toEqual([
      'pastoral lead → hopc@school.example: absence:AP-0001:2026-01-19:AM:pastoral@2026-01-19',
    ]);
  });

  it('gives the item to the DSL, saying whose email is missing, when both are blank', () => {
    const result = absent({ 'Pastoral lead email': '' }, { headOfPastoralCareEmail: undefined });
    expect(sent(result)).toEqual([
      'DSL → dsl@school.example: absence:AP-0001:2026-01-19:AM:pastoral@2026-01-19',
    ]);
    expect(result.items[0]?.onBehalfOf).toBe('pastoral lead');
    expect(result.items[0]?.whatToDo).toMatch(
      /^For the pastoral lead \(Pastoral lead email on the placement and Head of Pastoral Care email on Settings are blank; fill it in and pass this on\): Find out why AP-0001/,
    );
    expect(result.problems).toEqual([]);
  });

  it('reports a problem, not silence, when the DSL email is blank too', () => {
    const result = absent(
      { 'Pastoral lead email': '' },
      { headOfPastoralCareEmail: undefined, dslEmail: undefined },
    );
    expect(result.items).toEqual([]);
    expect(result.problems).toEqual([
      'DSL email on Settings is blank, so reminders for the pastoral lead reach nobody; fill in DSL email',
    ]);
  });
});

describe('the Monday summary for the Head Teacher (DOMAIN.md §7, policy P9)', () => {
  const week = () =>
    workbook({
      placements: [
        placementRow({ 'Weekly cost (£)': 250 }),
        placementRow(
          {
            'Placement ID': 'AP-0002',
            Status: 'Ended',
            'Actual end date': '2025-12-19',
            Destination: 'Mainstream school',
          },
          3,
        ),
        placementRow({ 'Placement ID': 'AP-0003', Status: 'Proposed' }, 4),
      ],
      attendance: [
        attendanceRow('2026-01-12', 'AM', {}, 2),
        attendanceRow('2026-01-12', 'PM', { Mark: 'Late' }, 3),
        attendanceRow('2026-01-14', 'AM', { Mark: 'Absent' }, 4),
        attendanceRow('2026-01-16', 'PM', { Mark: 'No session' }, 5),
        attendanceRow('2025-12-15', 'AM', { Mark: 'Absent' }, 6),
      ],
    });

  it('is one info item with the figures, on a Monday only', () => {
    const result = mondaySummary(week(), '2026-01-19', 7);
    expect(sent(result)).toEqual([
      'Head Teacher → head@school.example: monday-summary:head@2026-01-19',
    ]);
    expect(result.items[0]?.urgency).toBe('info');
    expect(result.items[0]?.figures).toEqual({
      placementsByStatus: { Active: 1, Ended: 1, Proposed: 1 },
      attendanceThisHalfTerm: { attended: 2, marked: 3, percent: 66.7 },
      reviewsDue: 0,
      reviewsOverdue: 0,
      outcomesThisYear: { ended: 1, terminated: 0, destinations: { 'Mainstream school': 1 } },
      // 5 to 19 Jan 2026: 11 school days of AP-0001 at £250 a week (the evaluation's cost to date).
      thisYear: { reviewsOnTime: 0, reviewsLate: 0, costToDate: 550 },
    });
    for (const today of ['2026-01-20', '2026-01-21', '2026-01-23']) {
      expect(mondaySummary(week(), today, 7).items).toEqual([]);
    }
  });

  it('counts reviews due and overdue as the reminders do', () => {
    expect(mondaySummary(week(), '2026-02-02', 7).items[0]?.figures?.reviewsDue).toBe(1);
    expect(mondaySummary(week(), '2026-02-23', 7).items[0]?.figures?.reviewsOverdue).toBe(1);
  });
});

describe('starts and ends within 10 school days (DOMAIN.md §7 → pastoral lead)', () => {
  it('warns of a start with the checklist incomplete, naming what is missing (P10, P11)', () => {
    const book = workbook({
      placements: [
        placementRow({ Status: 'Agreed', 'Start date': '2026-01-26', 'LA notified': '' }),
      ],
    });
    const result = startingWithChecklistIncomplete(book, '2026-01-20', 7);
    expect(sent(result)).toEqual([
      'pastoral lead → pastoral@school.example: starting:AP-0001:2026-01-26:pastoral@2026-01-20',
    ]);
    expect(result.items[0]?.whatToDo).toMatch(
      /^AP-0001 starts on Mon 26 Jan 2026 but is not ready to be Active: LA notified/,
    );
    const ready = workbook({
      placements: [placementRow({ Status: 'Agreed', 'Start date': '2026-01-26' })],
    });
    expect(startingWithChecklistIncomplete(ready, '2026-01-20', 7).items).toEqual([]);
  });

  it('asks for reintegration and destination 10 school days before the planned end', () => {
    // Planned end Fri 27 Mar 2026.
    expect(endingSoon(workbook(), '2026-03-12', 7).items).toEqual([]);
    expect(sent(endingSoon(workbook(), '2026-03-16', 7))).toEqual([
      'pastoral lead → pastoral@school.example: ending:AP-0001:2026-03-27:pastoral@2026-03-16',
    ]);
  });
});

describe('each item to each recipient once a day (DOMAIN.md §7; escalations are new items)', () => {
  it('gives the same keys on a re-run, none twice, and nothing more once sent', () => {
    const first = remindersDue(busyWeek(), '2026-01-19', 13);
    const again = remindersDue(busyWeek(), '2026-01-19', 13);
    const keys = first.items.map((i) => i.key);
    expect(again.items.map((i) => i.key)).toEqual(keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(notAlreadySent(again.items, new Set(keys))).toEqual([]);
  });

  it('sends only the escalation and the new day next day', () => {
    const monday = remindersDue(busyWeek(), '2026-01-19', 13).items.map((i) => i.key);
    const tuesday = notAlreadySent(
      remindersDue(busyWeek(), '2026-01-20', 7).items,
      new Set(monday),
    );
    expect(sent(tuesday.filter((i) => i.kind === 'absence not followed up'))).toEqual([
      'pastoral lead → pastoral@school.example: absence:AP-0001:2026-01-19:AM:pastoral@2026-01-20',
      'DSL → dsl@school.example: absence:AP-0001:2026-01-19:AM:dsl@2026-01-20',
    ]);
  });

  it('groups into one digest per recipient, most urgent first', () => {
    const digests = byRecipient(remindersDue(busyWeek(), '2026-01-20', 7).items);
    // The attendance lead hears of the sessions never reported (the week has only the absence).
    expect(digests.map((d) => d.recipient)).toEqual([
      'attendance@school.example',
      'dsl@school.example',
      'pastoral@school.example',
    ]);
    const dsl = digests[1];
    expect(dsl?.roles).toEqual(['DSL']);
    expect(dsl?.items.map((i) => `${i.urgency} ${i.kind}`)).toEqual([
      'urgent absence not followed up',
      'soon insurance expiry',
    ]);
    const pastoral = digests[2]?.items.map((i) => i.urgency) ?? [];
    expect(pastoral[0]).toBe('urgent');
    expect(pastoral).toEqual([...pastoral].sort((a, b) => order(a) - order(b)));
  });
});
