// Three weeks around the February half-term, hour by hour, each hour's trigger fired twice (issue 5,
// item 6): providers send their returns on some days and not others, an absence is followed up
// late, a review falls due across the half-term, a concern is recorded on a Wednesday and a
// provider's insurance runs out. The outbox is checked day by day.
import { placement, type Cells, type School } from '../support/school';
import { londonHour, remindingSchool, sentRows, type SentRow } from '../support/reminders';
import { inEachDeployment } from '../support/deployment';

const RIVERSIDE = 'Riverside Skills Centre';
const BROOK = 'Brook Farm Learning';

function provider(name: string, cells: Cells = {}): Cells {
  return {
    Provider: name,
    Registration: 'Registered independent school',
    URN: '123456',
    Address: '1 Mill Lane, Exampleton EX1 1AB',
    'Contact email': 'office@provider.example',
    'DSL email': 'dsl@provider.example',
    'Safeguarding confirmation requested': '2025-08-20',
    'Safeguarding confirmation received': '2025-09-01',
    'Insurance expiry': '2026-08-31',
    'Risk assessment date': '2025-09-10',
    'Last QA visit': '2026-01-20',
    Approved: 'Yes',
    ...cells,
  };
}

const PLACEMENTS = [
  // Mon, Wed AM, Fri PM at Riverside: its Wednesday 11 Feb return never comes.
  placement(1),
  // Tue, Thu at Brook Farm (insurance ends 25 Feb): absent Tue 10 Feb AM, followed up Thu 12 Feb.
  placement(2, {
    Provider: BROOK,
    Sessions: 'Tue, Thu',
    'Pastoral lead email': 'lead2@school.example',
  }),
  // Reviewed 13 Jan, every 6 weeks: due Tue 24 Feb, the second day after the half-term.
  placement(3, { Sessions: 'Thu' }),
];

/** Sessions each placement has on a weekday (0 = Sunday). */
const SESSIONS: Readonly<Record<string, Readonly<Record<number, readonly string[]>>>> = {
  'AP-0001': { 1: ['AM', 'PM'], 3: ['AM'], 5: ['PM'] },
  'AP-0002': { 2: ['AM', 'PM'], 4: ['AM', 'PM'] },
  'AP-0003': { 4: ['AM', 'PM'] },
};
const SCHOOL_DAYS = [
  '2026-02-09',
  '2026-02-10',
  '2026-02-11',
  '2026-02-12',
  '2026-02-13',
  '2026-02-23',
  '2026-02-24',
  '2026-02-25',
  '2026-02-26',
  '2026-02-27',
];

/** The returns providers send at 16:00 on a school day: all but Riverside's on Wed 11 Feb. */
function returnsFor(day: string): Cells[] {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return Object.entries(SESSIONS).flatMap(([id, byDay]) =>
    (byDay[weekday] ?? [])
      .filter(() => !(id === 'AP-0001' && day === '2026-02-11'))
      .map((session) => ({
        Date: day,
        'Placement ID': id,
        Session: session,
        Mark: id === 'AP-0002' && day === '2026-02-10' && session === 'AM' ? 'Absent' : 'Present',
        'Reported by': 'Provider office',
      })),
  );
}

/** What each day's runs recorded, read at the end of the day (the record keeps a fortnight). */
type Daily = Map<string, SentRow[]>;

function run(): { s: School; daily: Daily } {
  const daily: Daily = new Map();
  const s = remindingSchool(PLACEMENTS, {
    now: '2026-02-08T12:00:00Z',
    providers: [provider(RIVERSIDE), provider(BROOK, { 'Insurance expiry': '2026-02-25' })],
    reviews: [
      {
        'Review date': '2026-01-13',
        'Placement ID': 'AP-0003',
        Attendees: 'Pastoral lead, provider',
        Progress: 'On track',
        'Safe and meeting needs': 'Yes',
        Decision: 'Continue',
      },
    ],
  });
  // Every session before the fortnight was reported.
  const before: Cells[] = [];
  for (
    let t = Date.parse('2026-01-26T12:00:00Z');
    t < Date.parse('2026-02-07T00:00:00Z');
    t += 86_400_000
  ) {
    before.push(...returnsFor(new Date(t).toISOString().slice(0, 10)));
  }
  s.type('Attendance', before);
  s.addOn.run('installReminders');
  let absenceRow = 0;
  for (
    let t = Date.parse('2026-02-08T12:30:00Z');
    t <= Date.parse('2026-02-27T23:30:00Z');
    t += 3600_000
  ) {
    s.addOn.advanceTo(t);
    // "Each day run twice": a second run of the same hour changes nothing.
    s.addOn.execute('runHourlyJobs', { kind: 'time-trigger' });
    const when = new Date(t).toISOString();
    const day = when.slice(0, 10);
    const hour = when.slice(11, 13);
    if (hour === '16' && SCHOOL_DAYS.includes(day)) {
      const rows = s.ws.spreadsheet.sheet('Attendance').values().length;
      const returns = returnsFor(day);
      const absent = returns.findIndex((r) => r.Mark === 'Absent');
      if (absent >= 0) absenceRow = rows + 1 + absent;
      if (returns.length > 0) s.type('Attendance', returns, rows + 1);
    }
    // Thu 12 Feb 10:30: the pastoral lead finally follows Tuesday's absence up.
    if (when.startsWith('2026-02-12T10')) {
      s.edit('Attendance', absenceRow, 'Followed up by', 'L. Two');
      s.edit('Attendance', absenceRow, 'Followed up at', '12/02/2026 10:25:00');
    }
    // Wed 11 Feb 14:20: a concern about AP-0002 is recorded.
    if (when.startsWith('2026-02-11T14'))
      s.edit('Placements', 3, 'Safeguarding concern date', '2026-02-11');
    if (hour === '23')
      daily.set(
        day,
        sentRows(s).filter((r) => r.day === day),
      );
  }
  return { s, daily };
}

inEachDeployment(() => {
  describe('a fortnight of school days around the February half-term', () => {
    const { s, daily } = run();
    const rows = [...daily.values()].flat().filter((r) => r.mode === 'Sent');
    const keysOn = (day: string, to?: string) =>
      rows.filter((r) => r.day === day && (!to || r.recipient === to)).flatMap((r) => r.keys);

    it('never sends a person the same item twice in a day, though every hour ran twice', () => {
      const pairs = rows.flatMap((r) => r.keys.map((k) => `${r.recipient} ${k}`));
      expect(new Set(pairs).size).toBe(pairs.length);
    });

    it('sends each person at most a morning digest, a lunchtime chase and concern alerts a day', () => {
      const perDay = new Map<string, number>();
      for (const mail of s.ws.mail.outbox) {
        const key = `${londonHour(mail).slice(0, 10)} ${mail.to}`;
        perDay.set(key, (perDay.get(key) ?? 0) + 1);
      }
      expect(Math.max(...perDay.values())).toBeLessThanOrEqual(3);
    });

    it('sends nothing but expiry alerts on weekends and in the half-term', () => {
      const closed = rows.filter((r) => !SCHOOL_DAYS.includes(r.day));
      expect(closed.length).toBeGreaterThan(0);
      for (const r of closed) {
        expect(r.recipient).toBe('dsl@school.example');
        for (const key of r.keys)
          expect(key).toMatch(/^insurance-expiry:Brook Farm Learning:2026-02-25:dsl@/);
      }
      // Every day of the half-term week, including the weekend either side.
      expect([...new Set(closed.map((r) => r.day))].sort()).toEqual([
        '2026-02-08',
        '2026-02-14',
        '2026-02-15',
        '2026-02-16',
        '2026-02-17',
        '2026-02-18',
        '2026-02-19',
        '2026-02-20',
        '2026-02-21',
        '2026-02-22',
      ]);
    });

    it("chases Riverside's missing Wednesday return after lunch the same day, and each morning until it comes", () => {
      const chase = 'missing-attendance:AP-0001:2026-02-11:AM';
      expect(keysOn('2026-02-11').filter((k) => k.startsWith(chase))).toEqual([
        `${chase}:attendance@2026-02-11`,
        `${chase}:pastoral@2026-02-11`,
      ]);
      const wednesdayMails = s.ws.mail.outbox.filter((m) =>
        londonHour(m).startsWith('2026-02-11 13'),
      );
      expect(wednesdayMails.map((m) => m.to).sort()).toEqual([
        'attendance@school.example',
        'pastoral@school.example',
      ]);
      expect(keysOn('2026-02-12').filter((k) => k.startsWith(chase))).toHaveLength(2);
    });

    it('escalates the absence to the DSL the next school day and stops once it is followed up', () => {
      const absence = 'absence:AP-0002:2026-02-10:AM';
      expect(keysOn('2026-02-10').filter((k) => k.startsWith(absence))).toEqual([]);
      expect(
        keysOn('2026-02-11')
          .filter((k) => k.startsWith(absence))
          .sort(),
      ).toEqual([`${absence}:dsl@2026-02-11`, `${absence}:pastoral@2026-02-11`]);
      expect(keysOn('2026-02-12').filter((k) => k.startsWith(absence))).toHaveLength(2);
      expect(keysOn('2026-02-13').filter((k) => k.startsWith(absence))).toEqual([]);
      expect(keysOn('2026-02-11', 'lead2@school.example')).toContain(
        `${absence}:pastoral@2026-02-11`,
      );
    });

    it('alerts the DSL and the Head Teacher to the Wednesday concern within the hour', () => {
      const concern = s.ws.mail.outbox.filter(
        (m) => londonHour(m) === '2026-02-11 15' && m.body.includes('safeguarding concern'),
      );
      expect(concern.map((m) => m.to).sort()).toEqual([
        'dsl@school.example',
        'head@school.example',
      ]);
    });

    it('reminds about the review before the half-term, not during it, and escalates once it is overdue', () => {
      const review = (day: string) => keysOn(day).filter((k) => k.includes(':AP-0003:'));
      expect(review('2026-02-13')).toEqual(['review-due:AP-0003:2026-02-24:pastoral@2026-02-13']);
      expect(review('2026-02-24')).toEqual(['review-due:AP-0003:2026-02-24:pastoral@2026-02-24']);
      expect(review('2026-02-25').sort()).toEqual([
        'review-overdue:AP-0003:2026-02-24:dsl@2026-02-25',
        'review-overdue:AP-0003:2026-02-24:pastoral@2026-02-25',
      ]);
    });

    it('warns the DSL of the insurance every day until it runs out, then says it has expired', () => {
      const insurance = (day: string) =>
        keysOn(day, 'dsl@school.example').filter((k) => k.startsWith('insurance'));
      expect(insurance('2026-02-09')).toEqual([
        'insurance-expiry:Brook Farm Learning:2026-02-25:dsl@2026-02-09',
      ]);
      expect(insurance('2026-02-17')).toHaveLength(1);
      const dslOn26 = s.ws.mail.outbox.find(
        (m) => m.to === 'dsl@school.example' && londonHour(m).startsWith('2026-02-26 07'),
      );
      expect(dslOn26?.body).toMatch(/Brook Farm Learning[\s\S]*insurance[\s\S]*expired/i);
    });

    it('sends the Head Teacher the Monday summary on school Mondays only', () => {
      const summaries = rows.filter((r) => r.keys.some((k) => k.startsWith('monday-summary')));
      expect(summaries.map((r) => r.day)).toEqual(['2026-02-09', '2026-02-23']);
    });
  });
});
