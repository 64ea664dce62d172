// One school day of the hourly trigger through the built add-on (DOMAIN.md §7): the morning digest at
// Reminder hour, the chase after lunch, a concern within the hour, once per person per item per day.
import type { School } from '../support/school';
import { placement } from '../support/school';
import { mailLines, remindingSchool, sentKeys, sentRows, setSetting } from '../support/reminders';
import { inEachDeployment } from '../support/deployment';

const AP1 = placement(1, { 'Pupil name': 'Casey Example' });

/** Mon 19 Jan 2026 (Spring 1): last week's Monday marked, Wed 14 AM absent, Fri 16 PM never sent. */
function monday(settings: Readonly<Record<string, unknown>> = {}): School {
  const s = remindingSchool([AP1], { now: '2026-01-19T05:45:00Z', settings });
  s.type('Attendance', [
    { Date: '2026-01-07', 'Placement ID': 'AP-0001', Session: 'AM', Mark: 'Present' },
    { Date: '2026-01-09', 'Placement ID': 'AP-0001', Session: 'PM', Mark: 'Present' },
    { Date: '2026-01-12', 'Placement ID': 'AP-0001', Session: 'AM', Mark: 'Present' },
    { Date: '2026-01-12', 'Placement ID': 'AP-0001', Session: 'PM', Mark: 'Present' },
    { Date: '2026-01-14', 'Placement ID': 'AP-0001', Session: 'AM', Mark: 'Absent' },
  ]);
  s.addOn.run('installReminders');
  return s;
}

const MORNING = [
  'absence:AP-0001:2026-01-14:AM:pastoral@2026-01-19',
  'missing-attendance:AP-0001:2026-01-16:PM:pastoral@2026-01-19',
];

inEachDeployment((deployment) => {
  describe('a school day of hourly runs', () => {
    const s = monday();
    s.addOn.advanceTo('2026-01-19T10:15:00Z');
    // 10:15: a member of staff records a safeguarding concern (date only, DOMAIN.md §4).
    s.edit('Placements', 2, 'Safeguarding concern date', '2026-01-19');
    s.addOn.advanceTo('2026-01-19T23:59:00Z');

    it('sends nothing before Reminder hour, then one digest per person at 07:xx', () => {
      expect(mailLines(s).filter((l) => l < '2026-01-19 08')).toEqual([
        '2026-01-19 07 pastoral@school.example',
        '2026-01-19 07 dsl@school.example',
        '2026-01-19 07 attendance@school.example',
        '2026-01-19 07 head@school.example',
      ]);
    });

    it('puts the right items in the morning digests, escalating a late absence to the DSL', () => {
      const morning = sentRows(s)
        .filter((r) => r.mode === 'Sent')
        .slice(0, 4);
      expect(morning.map((r) => [r.recipient, r.keys])).toEqual([
        ['pastoral@school.example', expect.arrayContaining(MORNING)],
        ['dsl@school.example', ['absence:AP-0001:2026-01-14:AM:dsl@2026-01-19']],
        [
          'attendance@school.example',
          ['missing-attendance:AP-0001:2026-01-16:PM:attendance@2026-01-19'],
        ],
        ['head@school.example', ['monday-summary:head@2026-01-19']],
      ]);
    });

    it('tells the DSL and the Head Teacher of a concern at the next hourly run', () => {
      expect(mailLines(s).filter((l) => l.startsWith('2026-01-19 10'))).toEqual([
        '2026-01-19 10 dsl@school.example',
        '2026-01-19 10 head@school.example',
      ]);
      const concern = s.ws.mail.outbox.find(
        (m) => m.to === 'head@school.example' && m.body.includes('concern'),
      );
      expect(concern?.subject).toBe('AP placements: 1 urgent – Oakfield Academy');
    });

    it("chases this morning's missing return after lunch, and nothing else", () => {
      expect(mailLines(s).filter((l) => l >= '2026-01-19 11')).toEqual([
        '2026-01-19 13 attendance@school.example',
        '2026-01-19 13 pastoral@school.example',
      ]);
      const afternoon = sentRows(s)
        .filter((r) => r.mode === 'Sent')
        .slice(-2);
      expect(afternoon.flatMap((r) => r.keys)).toEqual([
        'missing-attendance:AP-0001:2026-01-19:AM:attendance@2026-01-19',
        'missing-attendance:AP-0001:2026-01-19:AM:pastoral@2026-01-19',
      ]);
    });

    it('never sends an item twice to a person in a day', () => {
      const keys = sentKeys(s);
      expect(new Set(keys).size).toBe(keys.length);
    });

    it('sends one email per person per run, plain text and HTML, from MailApp', () => {
      for (const mail of s.ws.mail.outbox) {
        expect(mail.recipients).toHaveLength(1);
        expect(mail.htmlBody).toContain('<');
        expect(mail.body).not.toMatch(/<[a-z]/i);
        expect(mail.name).toBe('AP Placements');
      }
    });

    it('keeps pupil names out of Minimal emails (Placement ID and initials only)', () => {
      for (const mail of s.ws.mail.outbox) {
        expect(`${mail.subject} ${mail.body} ${mail.htmlBody}`).not.toContain('Casey');
      }
      expect(s.ws.mail.outbox[0]?.body).toContain('AP-0001 (C.E.)');
    });

    it('links each item to its row (spreadsheet URL, sheet id and range)', () => {
      const dsl = s.ws.mail.outbox.find((m) => m.to === 'dsl@school.example');
      const attendanceId = s.ws.spreadsheet.sheet('Attendance').id;
      expect(dsl?.body).toContain(`/edit#gid=${attendanceId}&range=A6`);
    });

    it('logs every email with the recipient role and item keys, never an address or a name', () => {
      const log = s.ws.spreadsheet.sheet('Log').values();
      const emails = log.filter((r) => r[2] === 'Reminder email');
      expect(emails).toHaveLength(s.ws.mail.outbox.length);
      expect(emails[1]?.slice(3, 5)).toEqual([
        'DSL',
        '1 item: absence:AP-0001:2026-01-14:AM:dsl@2026-01-19',
      ]);
      expect(JSON.stringify(log)).not.toContain('Casey');
      expect(emails.map((r) => String(r[4])).join(' ')).not.toContain('@school.example');
    });

    it('records each daily job as done once', () => {
      expect(
        sentRows(s)
          .filter((r) => r.mode === 'Job done')
          .map((r) => r.job),
      ).toEqual(['morning', 'after lunch']);
    });
  });

  describe('runs that overlap or repeat', () => {
    it('running every hour twice sends exactly what running once does', () => {
      const once = monday();
      once.addOn.advanceTo('2026-01-20T23:59:00Z');
      const twice = monday();
      for (
        let t = Date.parse('2026-01-19T06:50:00Z');
        t < Date.parse('2026-01-21T00:00:00Z');
        t += 3600_000
      ) {
        twice.addOn.advanceTo(t);
        twice.addOn.execute('runHourlyJobs', { kind: 'time-trigger' });
      }
      expect(sentKeys(twice).sort()).toEqual(sentKeys(once).sort());
      expect(twice.ws.mail.outbox.map((m) => m.to).sort()).toEqual(
        once.ws.mail.outbox.map((m) => m.to).sort(),
      );
    });

    it('a run that starts while another holds the document lock sends nothing twice', () => {
      const s = monday();
      s.addOn.advanceTo('2026-01-19T06:50:00Z');
      s.ws.meter.reset();
      // Halfway through the 07:45 run, a second run starts (Google may overlap a slow run).
      s.ws.meter.before(20, () => s.addOn.execute('runHourlyJobs', { kind: 'time-trigger' }));
      s.addOn.advanceTo('2026-01-19T07:50:00Z');
      const keys = sentKeys(s);
      expect(keys.length).toBeGreaterThan(0);
      expect(new Set(keys).size).toBe(keys.length);
      expect(s.ws.mail.outbox).toHaveLength(4);
    });
  });

  describe('following up an absence', () => {
    it('clears it from the next digest once Followed up by and at are filled in', () => {
      const s = monday();
      s.addOn.advanceTo('2026-01-19T12:00:00Z');
      s.edit('Attendance', 6, 'Followed up by', 'R. Pastoral');
      s.edit('Attendance', 6, 'Followed up at', '19/01/2026 11:55:00');
      s.addOn.advanceTo('2026-01-20T08:00:00Z');
      const tuesday = sentRows(s).filter((r) => r.day === '2026-01-20');
      expect(tuesday.flatMap((r) => r.keys).filter((k) => k.startsWith('absence'))).toEqual([]);
    });

    it('keeps chasing it the next day when nobody followed it up', () => {
      const s = monday();
      s.addOn.advanceTo('2026-01-20T08:00:00Z');
      const tuesday = sentRows(s).filter((r) => r.day === '2026-01-20');
      expect(tuesday.flatMap((r) => r.keys).filter((k) => k.startsWith('absence'))).toEqual([
        'absence:AP-0001:2026-01-14:AM:pastoral@2026-01-20',
        'absence:AP-0001:2026-01-14:AM:dsl@2026-01-20',
      ]);
    });
  });

  describe('Settings: Email mode and Email detail', () => {
    it('Dry run writes what would be sent to the Log, once, and sends nothing', () => {
      const s = monday({ 'Email mode': 'Dry run' });
      s.addOn.advanceTo('2026-01-19T10:00:00Z');
      expect(s.ws.mail.outbox).toEqual([]);
      const dry = s.ws.spreadsheet
        .sheet('Log')
        .values()
        .filter((r) => r[2] === 'Reminder email (dry run)');
      expect(dry.map((r) => r[3])).toEqual([
        'pastoral lead',
        'DSL',
        'attendance lead',
        'Head Teacher',
      ]);
      expect(String(dry[1]?.[4])).toBe(
        'Would send "AP placements: 1 urgent – Oakfield Academy" to dsl@school.example: 1 item: absence:AP-0001:2026-01-14:AM:dsl@2026-01-19',
      );
    });

    it('switching from Dry run to Send the same day sends the real emails', () => {
      const s = monday({ 'Email mode': 'Dry run' });
      s.addOn.advanceTo('2026-01-19T09:00:00Z');
      setSetting(s, 'Email mode', 'Send');
      s.addOn.advanceTo('2026-01-19T10:00:00Z');
      expect(mailLines(s)).toEqual([
        '2026-01-19 09 pastoral@school.example',
        '2026-01-19 09 dsl@school.example',
        '2026-01-19 09 attendance@school.example',
        '2026-01-19 09 head@school.example',
      ]);
    });

    it('Full adds the pupil name to the body, never to the subject', () => {
      const s = monday({ 'Email detail': 'Full' });
      s.addOn.advanceTo('2026-01-19T08:00:00Z');
      const pastoral = s.ws.mail.outbox[0];
      expect(pastoral?.body).toContain('AP-0001 (Casey Example)');
      expect(pastoral?.subject).not.toContain('Casey');
    });

    it('moves the morning digest to the Reminder hour on Settings', () => {
      const s = monday({ 'Reminder hour': 9 });
      s.addOn.advanceTo('2026-01-19T10:00:00Z');
      expect(mailLines(s).map((l) => l.slice(0, 13))).toEqual(Array(4).fill('2026-01-19 09'));
    });
  });

  describe('the daily mail quota', () => {
    it('sends the most urgent first and tells the DSL what was held back, then sends the rest later', () => {
      const s = monday();
      // Someone's other scripts used all but two of today's 100 recipients (consumer account).
      const used = s.ws.mail.dailyLimit - 2;
      s.ws.mail.record({
        to: 'x@example.org',
        cc: '',
        bcc: '',
        subject: 'other',
        body: '',
        noReply: false,
        attachments: [],
        from: s.ws.user,
        recipients: Array.from({ length: used }, (_, i) => `r${i}@example.org`),
        sentAt: Date.parse('2026-01-19T05:50:00Z'),
        executionId: 'other',
      });
      s.addOn.advanceTo('2026-01-19T08:00:00Z');
      const ours = s.ws.mail.outbox.filter((m) => m.executionId !== 'other');
      expect(ours.map((m) => m.to)).toEqual(['dsl@school.example', 'pastoral@school.example']);
      expect(ours[0]?.body).toMatch(/2 emails with 2 items .*held back/i);
      const log = s.ws.spreadsheet.sheet('Log').values();
      expect(log.some((r) => r[2] === 'Reminder emails held back')).toBe(true);
      // Told once, not every hour the quota stays spent.
      expect(log.filter((r) => r[2] === 'Reminder emails held back')).toHaveLength(1);
      expect(ours).toHaveLength(2);
      // The quota comes back 24 hours after the other mail; the next morning's digests reach everyone.
      s.addOn.advanceTo('2026-01-20T08:00:00Z');
      const later = s.ws.mail.outbox.filter((m) => m.executionId !== 'other').map((m) => m.to);
      expect(later.slice(2).sort()).toEqual([
        'attendance@school.example',
        'dsl@school.example',
        'pastoral@school.example',
      ]);
    });
  });

  describe('closure days and weekends', () => {
    it('sends only expiry alerts on a Closure day, and the rest the next school day', () => {
      const s = remindingSchool([AP1], {
        now: '2026-01-19T05:45:00Z',
        providers: [
          {
            Provider: 'Riverside Skills Centre',
            Registration: 'Registered independent school',
            URN: '123456',
            Address: '1 Mill Lane, Exampleton EX1 1AB',
            'Contact email': 'office@riverside.example',
            'DSL email': 'dsl@riverside.example',
            'Safeguarding confirmation requested': '2025-08-20',
            'Safeguarding confirmation received': '2025-09-01',
            'Insurance expiry': '2026-02-05',
            'Risk assessment date': '2025-09-10',
            'Last QA visit': '2025-11-12',
            Approved: 'Yes',
          },
        ],
      });
      const termDates = s.ws.spreadsheet.sheet('Term dates').values();
      s.type(
        'Term dates',
        [{ Term: 'Closure', Start: '2026-01-19', End: '2026-01-19' }],
        termDates.length + 1,
      );
      s.addOn.run('installReminders');
      s.addOn.advanceTo('2026-01-19T23:00:00Z');
      const closure = sentRows(s).filter((r) => r.mode === 'Sent');
      expect(closure.map((r) => [r.recipient, r.keys])).toEqual([
        [
          'dsl@school.example',
          ['insurance-expiry:Riverside Skills Centre:2026-02-05:dsl@2026-01-19'],
        ],
      ]);
      s.addOn.advanceTo('2026-01-20T08:00:00Z');
      const tuesday = sentRows(s).filter((r) => r.mode === 'Sent' && r.day === '2026-01-20');
      expect(tuesday.map((r) => r.recipient).sort()).toEqual([
        'attendance@school.example',
        'dsl@school.example',
        'pastoral@school.example',
      ]);
    });
  });

  describe('the Reminders sent record', () => {
    /** Two rows a month old at the top of Reminders sent, as an earlier term's runs left them. */
    function withOldRows(s: School): void {
      const old = (key: string) => ({
        'Sent at': '2025-12-17 07:00:00',
        Day: '2025-12-17',
        Job: 'digest',
        Recipient: 'dsl@school.example',
        Roles: 'DSL',
        Mode: 'Sent',
        Items: 1,
        Keys: JSON.stringify([key]),
      });
      s.type('Reminders sent', [old('a@2025-12-17'), old('b@2025-12-17')]);
    }

    /**
     * The call that removes rows: Sheet.deleteRows, or through the Sheets API a batchUpdate. Before
     * 08:00 two runs go (06:45, 07:45), each recording its heartbeat in the workbook's metadata
     * with a batchUpdate first; the 07:45 morning run's removal is the third.
     */
    const removal =
      deployment === 'bound script'
        ? { call: 'Sheet.deleteRows', nth: 1 }
        : { call: 'Sheets.Spreadsheets.batchUpdate', nth: 3 };

    it('keeps a fortnight: the morning run removes older rows in one call', () => {
      const s = monday();
      withOldRows(s);
      s.ws.meter.reset();
      s.addOn.advanceTo('2026-01-19T08:00:00Z');
      // Through the API, one more batchUpdate after the removal: the Log's last number kept.
      const after = deployment === 'bound script' ? 0 : 1;
      expect(s.ws.meter.snapshot()[removal.call]).toBe(removal.nth + after);
      expect(sentRows(s).every((r) => r.day === '2026-01-19')).toBe(true);
      expect(s.ws.mail.outbox).toHaveLength(4);
    });

    it('still sends every digest when the old rows cannot be removed', () => {
      const s = monday();
      withOldRows(s);
      s.ws.meter.failOn(removal.call, removal.nth);
      s.addOn.advanceTo('2026-01-19T08:00:00Z');
      expect(s.ws.mail.outbox).toHaveLength(4);
      expect(sentRows(s).filter((r) => r.day === '2025-12-17')).toHaveLength(2);
    });
  });
});
