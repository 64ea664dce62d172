// Whether reminders run, and when they have stopped (issue 12: a visible owner and a heartbeat).
import {
  describeStatus,
  remindersStoppedSince,
  STOPPED_AFTER_HOURS,
} from '../../../src/domain/reminders/status-text';
import { itemsForJobs } from '../../../src/domain/reminders/jobs';
import { remindersStoppedNotice } from '../../../src/domain/reminders/stopped-notice';

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

describe('the DSL told that reminders had stopped', () => {
  const settings = { dslEmail: 'dsl@school.example' } as Parameters<
    typeof remindersStoppedNotice
  >[0];
  const gap = { from: '2026-01-20 10:00:00', to: '2026-01-21 11:00:00', by: 'hopc@school.example' };
  const [item] = remindersStoppedNotice(settings, '2026-01-21', gap).items;
  const sent = (keys: string[]) => ({ today: new Set<string>(), everSent: new Set(keys) });

  it('is one urgent item for the DSL saying since when and who sends them now', () => {
    expect(item).toMatchObject({
      kind: 'reminders stopped',
      recipient: 'dsl@school.example',
      urgency: 'urgent',
      key: 'reminders-stopped:20260120100000:dsl@2026-01-21',
    });
    expect(item?.whatToDo).toMatch(
      /^Reminders stopped after Tue 20 Jan 2026 at 10:00 and started again on Wed 21 Jan 2026 at 11:00, now sent by hopc@school\.example's hourly trigger\./,
    );
  });

  it('goes with whatever job runs first, and never a second time', () => {
    const items = item ? [item] : [];
    expect(itemsForJobs(items, ['concerns'], sent([]))).toEqual(items);
    expect(itemsForJobs(items, ['morning', 'concerns'], sent([]))).toEqual(items);
    const already = sent(['reminders-stopped:20260120100000:dsl']);
    expect(itemsForJobs(items, ['morning', 'concerns'], already)).toEqual([]);
  });
});
