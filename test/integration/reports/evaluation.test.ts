// "Evaluation" through the built bundle: attendance by half-term, reviews on time, outcomes, terminations and cost, IDs only.
import { section as reportSection } from './support';
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
  return reportSection(s.ws, 'Evaluation', title);
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

describe('the evaluation charts', () => {
  const s = evaluatedSchool();
  const charts = () => s.ws.spreadsheet.sheet('Evaluation').charts;

  it('are three, over the provider rows and the outcomes', () => {
    expect(charts().map((c) => [c.options['title'], c.type])).toEqual([
      ['Attendance at each provider by half-term', 'COLUMN'],
      ['Reviews held on time and late, by provider', 'COLUMN'],
      ['Outcomes of placements ended this year', 'PIE'],
    ]);
    const rows = s.ws.spreadsheet.sheet('Evaluation').values();
    const providerHeader = rows.findIndex((r) => r[0] === 'Provider') + 1;
    const [attendance] = charts();
    expect(attendance?.ranges.map((r) => r.rect)).toEqual([
      { row: providerHeader, column: 1, numRows: 3, numColumns: 1 },
      { row: providerHeader, column: 3, numRows: 3, numColumns: 3 },
    ]);
    const outcomes = charts()[2]?.ranges[0]?.rect;
    expect(rows[(outcomes?.row ?? 0) - 1]?.slice(0, 2)).toEqual(['Outcome', 'Placements']);
    expect(rows[outcomes?.row ?? 0]?.slice(0, 2)).toEqual(['Terminated', 1]);
  });

  it('are updated in place when the evaluation is made again, and a person’s own chart is left alone', () => {
    const before = charts().map((c) => c.id);
    const sheet = s.ws.spreadsheet.sheet('Evaluation');
    sheet.charts.push({
      id: 99,
      type: 'LINE',
      ranges: [],
      position: { row: 60, column: 1, offsetX: 0, offsetY: 0 },
      options: { title: 'My own chart' },
    });
    // A placement at a third provider: the charts' ranges grow to its row.
    s.type('Placements', [placement(5, { 'Start date': '2026-01-12', Provider: 'Marsh Lane' })], 6);
    s.addOn.run('makeEvaluation');
    expect(charts().map((c) => c.id)).toEqual([...before, 99]);
    expect(charts()[0]?.ranges[0]?.rect.numRows).toBe(4);
    expect(charts()[3]?.options['title']).toBe('My own chart');
  });
});
