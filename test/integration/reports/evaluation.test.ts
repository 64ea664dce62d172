// "Evaluation" through the built bundle: attendance by half-term, reviews on time, outcomes, terminations and cost, IDs only.
import { CLEAN_PROVIDER, COMPLETE_REVIEW, placement, school, type School } from '../support/school';

const HILLTOP = { ...CLEAN_PROVIDER, Provider: 'Hilltop Tuition' };

/** Tue 20 Jan 2026, in the example 2025/26 term dates setup writes (Spring 1 began on 5 Jan). */
function evaluatedSchool(): School {
  const s = school(
    [
      placement(1, { 'Weekly cost (£)': 300 }),
      placement(2, {
        Status: 'Terminated',
        Provider: 'Hilltop Tuition',
        'Start date': '2025-09-08',
        'Planned end date': '2026-02-13',
        'Actual end date': '2025-12-12',
        'Weekly cost (£)': 100,
      }),
      placement(3, { Status: 'Proposed' }),
      placement(4, {
        Status: 'Ended',
        'Start date': '2025-04-21',
        'Planned end date': '2025-07-15',
        'Actual end date': '2025-07-15',
        Destination: 'Mainstream school',
      }),
    ],
    {
      providers: [CLEAN_PROVIDER, HILLTOP],
      reviews: [
        {
          ...COMPLETE_REVIEW,
          'Review date': '2026-01-16',
          'Placement ID': 'AP-0001',
          Progress: 'Some progress',
        },
        {
          ...COMPLETE_REVIEW,
          'Review date': '2025-10-10',
          'Placement ID': 'AP-0002',
          Progress: 'Not on track',
        },
        {
          ...COMPLETE_REVIEW,
          'Review date': '2025-12-10',
          'Placement ID': 'AP-0002',
          Progress: 'Not on track',
          Decision: 'Terminate placement',
          Actions: 'Repeated absence; the provider cannot meet needs',
        },
      ],
    },
  );
  s.type('Attendance', [
    { Date: '2026-01-12', 'Placement ID': 'AP-0001', Session: 'AM', Mark: 'Present' },
    { Date: '2026-01-12', 'Placement ID': 'AP-0001', Session: 'PM', Mark: 'Absent' },
    { Date: '2026-01-13', 'Placement ID': 'AP-0001', Session: 'AM', Mark: 'Late' },
    { Date: '2025-10-01', 'Placement ID': 'AP-0002', Session: 'AM', Mark: 'Present' },
    { Date: '2025-11-10', 'Placement ID': 'AP-0002', Session: 'AM', Mark: 'Absent' },
    { Date: '2025-06-02', 'Placement ID': 'AP-0004', Session: 'AM', Mark: 'Present' },
  ]);
  s.ws.meter.reset();
  s.addOn.run('makeEvaluation');
  return s;
}

function section(s: School, title: RegExp): Record<string, unknown>[] {
  const rows = s.ws.spreadsheet.sheet('Evaluation').values();
  const at = rows.findIndex((r) => title.test(String(r[0])));
  const headers = (rows[at + 1] ?? []).map(String);
  const body: Record<string, unknown>[] = [];
  for (const row of rows.slice(at + 2)) {
    if (row.every((cell) => cell === '')) break;
    body.push(Object.fromEntries(headers.map((h, i) => [h, row[i]])));
  }
  return body;
}

describe('the evaluation of this school year', () => {
  const s = evaluatedSchool();
  const placements = section(s, /^By placement/);
  const providers = section(s, /^By provider/);

  it('covers the placements of this school year only', () => {
    expect(placements.map((p) => p['Placement ID'])).toEqual(['AP-0001', 'AP-0002']);
  });

  it('gives attendance at the provider by half-term, Present and Late attending', () => {
    // Written as "66.7%", which Sheets stores as the number 0.667 shown as a percentage.
    expect(placements[0]).toMatchObject({
      'Attendance Autumn 1': '',
      'Attendance Spring 1': 0.667,
      'Attendance this year': 0.667,
    });
    expect(placements[1]).toMatchObject({
      'Attendance Autumn 1': 1,
      'Attendance Autumn 2': 0,
      'Attendance this year': 0.5,
    });
  });

  it('counts reviews held on time and late, with progress over them', () => {
    expect(placements[0]).toMatchObject({
      'Reviews on time': 1,
      'Reviews late': 0,
      'Progress at reviews': 'Some progress',
    });
    expect(placements[1]).toMatchObject({
      'Reviews on time': 1,
      'Reviews late': 1,
      'Progress at reviews': 'Not on track → Not on track',
    });
  });

  it('gives the outcome and the reason a placement was terminated', () => {
    expect(placements[1]).toMatchObject({
      Outcome: 'Terminated',
      'Termination reason': 'Repeated absence; the provider cannot meet needs',
    });
  });

  it('works out the cost to date from Weekly cost and school weeks, and per attended session', () => {
    // 5 Jan to 20 Jan 2026: 12 school days, 2.4 weeks at £300; 2 sessions attended.
    expect(placements[0]).toMatchObject({
      'Cost to date (£)': 720,
      'Cost per attended session (£)': 360,
    });
  });

  it('adds each provider up', () => {
    expect(providers.map((p) => [p['Provider'], p['Placements'], p['Terminations']])).toEqual([
      ['Hilltop Tuition', 1, 1],
      ['Riverside Skills Centre', 1, 0],
    ]);
    expect(providers[0]?.['Outcomes']).toBe('Terminated 1');
  });

  it('names no pupil, and logs counts', () => {
    expect(JSON.stringify(s.ws.spreadsheet.sheet('Evaluation').values())).not.toMatch(/Pupil \d/);
    expect(s.ws.ui.alerts.at(-1)?.prompt).toBe(
      'The evaluation is on the Evaluation sheet: 2 placements, 2 providers.',
    );
  });
});
