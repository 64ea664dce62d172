// Exactly once (issue 5, item 4): whichever service call of the morning run fails, the next run
// sends what was not sent and nothing twice. PLATFORM.md: the emulator makes the N-th call throw.
import type { School } from '../support/school';
import { placement } from '../support/school';
import { remindingSchool, sentKeys } from '../support/reminders';
import { inEachDeployment } from '../support/deployment';

/** A Monday with items for four people; reminders turned on at 06:50, so runs fire at :50. */
function monday(): School {
  const s = remindingSchool([placement(1), placement(2, { 'SEN status': 'EHCP' })], {
    now: '2026-01-19T06:40:00Z',
  });
  s.type('Attendance', [
    { Date: '2026-01-14', 'Placement ID': 'AP-0001', Session: 'AM', Mark: 'Absent' },
    { Date: '2026-01-14', 'Placement ID': 'AP-0002', Session: 'AM', Mark: 'Absent' },
  ]);
  s.addOn.advanceTo('2026-01-19T06:50:00Z');
  s.addOn.run('installReminders');
  s.ws.meter.reset();
  return s;
}

/** Every (recipient, item) pair the outbox carried, from the emails themselves. */
function delivered(s: School): string[] {
  return s.ws.mail.outbox.flatMap((mail) =>
    [...mail.body.matchAll(/^- (AP-\d{4}|All placements)[^\n]*\n {2}([^\n]+)/gm)].map(
      (m) => `${mail.to} ${m[1]} ${m[2]}`,
    ),
  );
}

inEachDeployment(() => {
  describe('a failure at any service call of the 07:50 run', () => {
    const clean = monday();
    clean.addOn.advanceTo('2026-01-19T07:55:00Z');
    const calls = clean.ws.meter.total;
    const expected = delivered(clean).sort();
    const expectedKeys = sentKeys(clean).sort();

    it('the clean run makes a known number of calls and sends four digests', () => {
      expect(calls).toBeGreaterThan(20);
      expect(clean.ws.mail.outbox.map((m) => m.to).sort()).toEqual([
        'attendance@school.example',
        'dsl@school.example',
        'head@school.example',
        'pastoral@school.example',
      ]);
    });

    it.each(Array.from({ length: calls }, (_, i) => i + 1))(
      'call %i fails: the 08:50 run completes the job, nothing is lost or sent twice',
      (n) => {
        const s = monday();
        s.ws.meter.failAt(n, 'Service error: injected');
        s.addOn.advanceTo('2026-01-19T07:55:00Z');
        s.addOn.advanceTo('2026-01-19T08:55:00Z');
        expect(delivered(s).sort()).toEqual(expected);
        expect(sentKeys(s).sort()).toEqual(expectedKeys);
      },
    );
  });
});
