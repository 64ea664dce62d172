// Whether reminders run, and when they have stopped (issue 12: a visible owner and a heartbeat).
import {
  describeStatus,
  remindersStoppedSince,
  STOPPED_AFTER_HOURS,
} from '../../../src/domain/reminders/status-text';

const ON = { on: true, owner: 'dsl@school.example', since: '2026-01-19 09:00:00' };
const RAN = { at: '2026-01-20 07:05:00', by: 'dsl@school.example' };

describe('reminders stopped', () => {
  it(`counts as stopped after more than ${STOPPED_AFTER_HOURS} hours without a run, on a school day`, () => {
    expect(remindersStoppedSince(ON, RAN, '2026-01-20 09:05:00', true)).toBeUndefined();
    expect(remindersStoppedSince(ON, RAN, '2026-01-20 09:06:00', true)).toBe(RAN.at);
    // The unasked warning waits for a school day.
    expect(remindersStoppedSince(ON, RAN, '2026-01-24 12:00:00', false)).toBeUndefined();
  });

  it('counts from turning on when no run has happened since, and never when off', () => {
    expect(remindersStoppedSince(ON, undefined, '2026-01-19 12:00:00', true)).toBe(ON.since);
    const older = { at: '2026-01-10 07:00:00', by: 'old@school.example' };
    expect(remindersStoppedSince(ON, older, '2026-01-19 12:00:00', true)).toBe(ON.since);
    expect(
      remindersStoppedSince({ ...ON, on: false }, undefined, '2026-01-25 12:00:00', true),
    ).toBeUndefined();
  });

  it('says the last run, and when stopped, since when and what to do', () => {
    expect(describeStatus(ON, undefined, { lastRun: RAN })).toBe(
      "Reminders are on since Mon 19 Jan 2026 at 09:00, sent by dsl@school.example's hourly trigger; last run Tue 20 Jan 2026 at 07:05.",
    );
    expect(describeStatus(ON, undefined, { lastRun: RAN, stoppedSince: RAN.at })).toMatch(
      /; last run Tue 20 Jan 2026 at 07:05\. No run since Tue 20 Jan 2026 at 07:05: reminders have stopped .* Take them over with Reminders > Turn reminders on/,
    );
    expect(describeStatus(ON, undefined, { stoppedSince: ON.since })).toMatch(
      /hourly trigger\. No run has happened since then: reminders have stopped/,
    );
  });
});
