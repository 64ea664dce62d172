// A school week of provider returns through the built bundle (issue 17, item 7): three providers
// answering on time, late, never, twice (an edited response), with hostile text; a person's mark
// typed first; a session no longer expected. Exactly one Attendance row per answered session,
// alerts once and at once, nothing chased that was answered, what cannot be written kept and flagged.
import type { School } from '../support/school';
import { sentKeys } from '../support/reminders';
import {
  attendance,
  CANAL,
  HILLTOP,
  ledger,
  PROVIDER,
  providerForm,
  returnsSchool,
} from './support';

const DAY = 'Day of this return';
const MON = 'Mon 19 Jan 2026';
const WED = 'Wed 21 Jan 2026';

function sessionsOf(s: School): string[] {
  return attendance(s).map((r) => {
    const d = r.Date as Date;
    const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    return `${day}|${String(r['Placement ID'])}|${String(r.Session)}`;
  });
}

function mailsAbout(s: School, text: string): string[] {
  return s.ws.mail.outbox.filter((m) => m.body.includes(text)).map((m) => m.to);
}

describe('a school week of provider returns', () => {
  const s = returnsSchool('2026-01-19T06:40:00Z', true);
  const log: Record<string, unknown> = {};

  // Monday.
  s.addOn.advanceTo('2026-01-19T07:55:00Z');
  const riverside = providerForm(s).id;
  const canal = providerForm(s, CANAL).id;
  log.linksMonday = s.ws.mail.outbox
    .filter((m) => m.subject.includes('daily attendance form'))
    .map((m) => m.to);
  s.addOn.advanceTo('2026-01-19T10:00:00Z');
  const first = s.addOn.submitFormResponse(riverside, {
    [DAY]: MON,
    'AP-0001 (J.E.), morning': 'Present',
    'AP-0002 (P.E.), morning': 'Late',
    'AP-0002 (P.E.), morning: reason if absent or late': 'Bus was late',
    'AP-0003 (P.E.), morning': 'Absent',
    'AP-0003 (P.E.), morning: reason if absent or late': 'Unwell',
  });
  log.absenceAlertsAt10 = mailsAbout(s, 'reports AP-0003 absent');
  // The provider corrects AP-0003: it came in at 10:30. The same response, edited.
  s.addOn.advanceTo('2026-01-19T11:00:00Z');
  if (first.ok) {
    s.addOn.submitFormResponse(
      riverside,
      {
        [DAY]: MON,
        'AP-0001 (J.E.), morning': 'Present',
        'AP-0002 (P.E.), morning': 'Late',
        'AP-0002 (P.E.), morning: reason if absent or late': 'Bus was late',
        'AP-0003 (P.E.), morning': 'Late',
        'AP-0003 (P.E.), morning: reason if absent or late': 'Arrived 10:30',
      },
      { editResponseId: first.responseId },
    );
  }
  // Canal answers late in the afternoon, with hostile text.
  s.addOn.advanceTo('2026-01-19T16:10:00Z');
  s.addOn.submitFormResponse(canal, {
    [DAY]: MON,
    'AP-0005 (P.E.), morning': 'Absent',
    'AP-0005 (P.E.), morning: reason if absent or late':
      '=HYPERLINK("http://evil.example","click")',
    'AP-0005 (P.E.), afternoon': 'No session today',
    'Anything the school must know today': '<img src=x onerror=alert(1)> P was upset at lunch',
  });
  // Tuesday: the hourly runs chase what nobody answered.
  s.addOn.advanceTo('2026-01-20T08:55:00Z');
  log.keysByTuesday = sentKeys(s);
  // Wednesday: a colleague records AP-0001 first; AP-0003 is paused after the forms were made.
  s.addOn.advanceTo('2026-01-21T09:00:00Z');
  s.type(
    'Attendance',
    [
      {
        Date: '2026-01-21',
        'Placement ID': 'AP-0001',
        Session: 'AM',
        Mark: 'Present',
        'Reported by': 'pastoral@school.example',
      },
    ],
    s.ws.spreadsheet.sheet('Attendance').values().length + 1,
  );
  s.edit('Placements', 4, 'Status', 'Paused');
  s.addOn.advanceTo('2026-01-21T10:00:00Z');
  s.addOn.submitFormResponse(riverside, {
    [DAY]: WED,
    'AP-0001 (J.E.), morning': 'Absent',
    'AP-0002 (P.E.), morning': 'Present',
    'AP-0003 (P.E.), morning': 'Present',
  });
  // The same answers' event arrives twice (reported duplicates): the handler runs again.
  s.addOn.execute('receiveProviderReturns', {
    kind: 'installable-trigger',
    effectiveUser: s.ws.user,
    event: () => ({ triggerUid: 'none' }),
  });
  s.addOn.advanceTo('2026-01-23T18:00:00Z');

  it('makes a form per provider with an Active placement and emails each link once to its contact and DSL', () => {
    expect(log.linksMonday).toEqual(
      expect.arrayContaining([
        'office@riverside.example',
        'dsl@riverside.example',
        'office@hilltop.example',
        'dsl@hilltop.example',
        'office@canal.example',
        'dsl@canal.example',
      ]),
    );
    const links = s.ws.mail.outbox.filter((m) => m.subject.includes('daily attendance form'));
    expect(links).toHaveLength(6);
    for (const mail of links) expect(mail.body).not.toMatch(/Jordan|Example|AP-\d{4}/);
  });

  it('writes exactly one Attendance row per answered session, and no session twice', () => {
    const sessions = sessionsOf(s);
    expect(new Set(sessions).size).toBe(sessions.length);
    expect(sessions).toEqual(
      expect.arrayContaining([
        '2026-01-19|AP-0001|AM',
        '2026-01-19|AP-0002|AM',
        '2026-01-19|AP-0003|AM',
        '2026-01-19|AP-0005|AM',
        '2026-01-19|AP-0005|PM',
        '2026-01-21|AP-0001|AM',
        '2026-01-21|AP-0002|AM',
      ]),
    );
    expect(sessions).not.toContain('2026-01-21|AP-0003|AM');
  });

  it('follows the edited response on its own row: Late, not a second row', () => {
    const row = attendance(s).find((r) => r['Placement ID'] === 'AP-0003' && r.Session === 'AM');
    expect(row).toEqual(
      expect.objectContaining({
        Mark: 'Late',
        'Absence reason': 'Arrived 10:30',
        'Reported by': PROVIDER,
      }),
    );
  });

  it('alerts the pastoral lead and the attendance lead at once, once', () => {
    expect((log.absenceAlertsAt10 as string[]).sort()).toEqual([
      'attendance@school.example',
      'pastoral@school.example',
    ]);
    expect(mailsAbout(s, 'reports AP-0003 absent').sort()).toEqual([
      'attendance@school.example',
      'pastoral@school.example',
    ]);
    expect(mailsAbout(s, 'reports AP-0005 absent').sort()).toEqual([
      'attendance@school.example',
      'pastoral@school.example',
    ]);
  });

  it("sends the DSL the provider's message once, without its words", () => {
    const dsl = s.ws.mail.outbox.filter(
      (m) => m.to === 'dsl@school.example' && m.body.includes('must know today'),
    );
    expect(dsl).toHaveLength(1);
    expect(dsl[0]?.body).not.toContain('upset');
  });

  it("never overwrites a person's mark: the provider's different answer is kept and flagged", () => {
    const row = attendance(s).find(
      (r) => r['Placement ID'] === 'AP-0001' && (r.Date as Date).getDate() === 21,
    );
    expect(row).toEqual(
      expect.objectContaining({ Mark: 'Present', 'Reported by': 'pastoral@school.example' }),
    );
    const kept = ledger(s).find((r) => r['Placement ID'] === 'AP-0001' && r.Answer === 'Absent');
    expect(kept).toEqual(
      expect.objectContaining({ Outcome: 'Not written: Attendance says otherwise' }),
    );
    expect(String(kept?.Flag)).toContain('says Present');
  });

  it('keeps an answer for a session no longer expected, flagged, off Attendance', () => {
    const kept = ledger(s).find(
      (r) => r['Placement ID'] === 'AP-0003' && (r.Date as Date).getDate() === 21,
    );
    expect(kept).toEqual(expect.objectContaining({ Outcome: 'Kept: not an expected session' }));
    expect(String(kept?.Flag)).not.toBe('');
  });

  it('keeps hostile text as inert text: no formula in any cell, the words as sent', () => {
    for (const name of ['Attendance', 'Provider returns']) {
      const sheet = s.ws.spreadsheet.sheet(name);
      const values = sheet.values();
      values.forEach((row, r) =>
        row.forEach((_, c) => {
          const a1 = `${String.fromCharCode(65 + c)}${r + 1}`;
          expect(sheet.cell(a1).formula ?? '').toBe('');
        }),
      );
    }
    const canalRow = attendance(s).find(
      (r) => r['Placement ID'] === 'AP-0005' && r.Session === 'AM',
    );
    expect(String(canalRow?.['Absence reason'])).toContain('HYPERLINK');
    expect(ledger(s).some((r) => String(r.Answer).includes('<img src=x'))).toBe(true);
  });

  it('chases only what nobody answered: on Tuesday, Hilltop (never answered) but not Riverside or Canal (answered late)', () => {
    const keys = (log.keysByTuesday as string[]).filter((k) => k.endsWith('@2026-01-20'));
    expect(keys.some((k) => k.includes('missing-attendance:AP-0004:2026-01-19:AM'))).toBe(true);
    expect(keys.some((k) => k.includes('missing-attendance:AP-0001:2026-01-19:AM'))).toBe(false);
    expect(keys.some((k) => k.includes('missing-attendance:AP-0005:2026-01-19:AM'))).toBe(false);
    expect(HILLTOP).toBe('Hilltop Tutoring');
  });

  it('records every answer once on Provider returns, and the Log says what the runs did, with no pupil name', () => {
    const rows = ledger(s);
    const keys = rows.map((r) => `${String(r.Response)}|${String(r.Question)}|${String(r.Date)}`);
    expect(new Set(keys).size).toBe(keys.length);
    const logText = JSON.stringify(s.ws.spreadsheet.sheet('Log').values());
    expect(logText).toContain('Provider returns');
    expect(logText).not.toContain('Jordan');
  });
});
