// The clock's shortcuts: to the next Reminder hour, and to the next school day's, when the digest goes.
import { Workspace } from '../../emulator';
import { clockShortcuts, reminderHour, schoolDays } from '../../preview/clock';
import type { RunningPreview } from '../../preview/http';
import { TERM_DATES_2026_27 } from '../../preview/sample-rows';
import type { ActionResult, PreviewState } from '../../preview/shared/api';
import { getJson, postJson, request, start, tempStateDir } from './support';

const state = tempStateDir();
let preview: RunningPreview;

beforeAll(async () => {
  preview = await start(state.dir);
});

afterAll(async () => {
  await preview.close();
  state.remove();
});

const at = (iso: string): number => Date.parse(iso);

/**
 * A workbook with Settings and the sample's 2026/27 Term dates (plus `closures`), reminders turned
 * on at `trigger` (or off), and the clock at `now`.
 */
function school(
  now: string,
  options: { hour?: string; closures?: string[][]; trigger?: string | null } = {},
): Workspace {
  const trigger = options.trigger === undefined ? '2026-11-30T06:00:00Z' : options.trigger;
  const ws = new Workspace({ now: trigger ?? now });
  ws.spreadsheet.addSheet('Settings', [
    ['Setting', 'Value'],
    ['Reminder hour', options.hour ?? '7'],
  ]);
  ws.spreadsheet.addSheet('Term dates', [
    ['Term', 'Start', 'End'],
    ...TERM_DATES_2026_27.map((t) => [t.Term, t.Start, t.End]),
    ...(options.closures ?? []),
  ]);
  if (trigger) {
    ws.triggers.add(
      {
        handlerFunction: 'runHourlyJobs',
        owner: ws.user,
        eventType: 'CLOCK',
        triggerSource: 'CLOCK',
        triggerSourceId: null,
        schedule: { kind: 'hours', every: 1, timeZone: 'Europe/London' },
      },
      'add-on',
    );
  }
  ws.clock.set(at(now));
  return ws;
}

const shortcuts = (ws: Workspace) => Object.fromEntries(clockShortcuts(ws).map((s) => [s.id, s]));

describe('where the shortcuts go', () => {
  it('offers this morning’s 07:00 and the next school day’s beside +1 hour and +1 day', async () => {
    // The sample opens at 06:30 on Monday: Next 07:00 is half an hour away, the next school day Tuesday.
    const status = await getJson<PreviewState>(preview, '/api/state');
    expect(status.shortcuts).toEqual([
      {
        id: 'reminder-hour',
        label: 'Next 07:00',
        title: expect.stringMatching(
          /^Moves the clock to Mon, 30 Nov 2026, 07:00\. The add-on’s hourly trigger runs then and sends that morning’s digests/,
        ),
        at: at('2026-11-30T07:00:00Z'),
      },
      {
        id: 'school-day',
        label: 'Next school day 07:00',
        title: expect.stringMatching(/^Moves the clock to Tue, 1 Dec 2026, 07:00\. /),
        at: at('2026-12-01T07:00:00Z'),
      },
    ]);
  });

  it('goes to a school day after today, even from before the hour on a school day', () => {
    // Before Monday's digest: Next 07:00 is this morning's, the next school day Tuesday's.
    let s = shortcuts(school('2026-11-30T06:59:00Z'));
    expect(s['reminder-hour']?.at).toBe(at('2026-11-30T07:00:00Z'));
    expect(s['school-day']?.at).toBe(at('2026-12-01T07:00:00Z'));
    // Before Friday's: the next school day is Monday.
    s = shortcuts(school('2026-12-04T06:30:00Z'));
    expect(s['school-day']?.at).toBe(at('2026-12-07T07:00:00Z'));
    // On a Sunday, the next school day is the Monday after it, the next day.
    s = shortcuts(school('2026-12-06T06:30:00Z'));
    expect(s['school-day']?.at).toBe(at('2026-12-07T07:00:00Z'));
  });

  it('skips weekends, holidays and Closure days for the school day, not for the hour', () => {
    // Friday after the digest: the next 07:00 is Saturday's, the next school day Monday.
    let s = shortcuts(school('2026-12-04T09:00:00Z'));
    expect(s['reminder-hour']?.at).toBe(at('2026-12-05T07:00:00Z'));
    expect(s['school-day']?.at).toBe(at('2026-12-07T07:00:00Z'));
    // The last day of Autumn 2: the next school day is the first of Spring 1.
    s = shortcuts(school('2026-12-18T12:00:00Z'));
    expect(s['school-day']?.at).toBe(at('2027-01-04T07:00:00Z'));
    // An INSET day (Closure) is no school day; in summer time 07:00 in London is 06:00 GMT.
    const ws = school('2027-04-09T12:00:00Z', {
      closures: [['Closure', '12/04/2027', '12/04/2027']],
    });
    expect(shortcuts(ws)['school-day']?.at).toBe(at('2027-04-13T06:00:00Z'));
    const isSchoolDay = schoolDays(ws);
    expect(isSchoolDay('2027-04-12', 1)).toBe(false);
    expect(isSchoolDay('2027-04-13', 2)).toBe(true);
    expect(isSchoolDay('2026-10-28', 3)).toBe(false);
  });

  it('follows the Reminder hour on Settings, and the hourly trigger’s own minute', () => {
    let ws = school('2026-11-30T06:30:00Z', { hour: '8' });
    expect(reminderHour(ws)).toBe(8);
    expect(shortcuts(ws)['school-day']).toMatchObject({
      label: 'Next school day 08:00',
      at: at('2026-12-01T08:00:00Z'),
    });
    expect(reminderHour(school('2026-11-30T06:30:00Z', { hour: 'twenty' }))).toBe(7);
    // Reminders turned on at 10:17 run at 07:17: the shortcut goes on to that run.
    ws = school('2026-11-30T06:30:00Z', { trigger: '2026-11-29T10:17:00Z' });
    expect(shortcuts(ws)['school-day']?.at).toBe(at('2026-12-01T07:17:00Z'));
    // With reminders off there is no run to wait for, and the title says nothing is sent.
    ws = school('2026-11-30T06:30:00Z', { trigger: null });
    expect(shortcuts(ws)['school-day']?.at).toBe(at('2026-12-01T07:00:00Z'));
    expect(shortcuts(ws)['school-day']?.title).toMatch(/Reminders are off/);
  });
});

describe('a click', () => {
  it('moves to the 07:00 run, which sends the morning digest, and says what ran', async () => {
    const result = await postJson<ActionResult>(preview, '/api/clock', {
      shortcut: 'reminder-hour',
    });
    expect(result.ok).toBe(true);
    expect(result.executions.map((e) => [e.functionName, e.kind])).toEqual([
      ['runHourlyJobs', 'time-trigger'],
    ]);
    const status = await getJson<PreviewState>(preview, '/api/state');
    expect(status.now).toBe(at('2026-11-30T07:00:00Z'));
    expect(status.outbox).toHaveLength(4);
    expect(status.outbox.every((m) => m.sentAt === status.now)).toBe(true);
    expect(status.shortcuts.find((s) => s.id === 'school-day')?.at).toBe(
      at('2026-12-01T07:00:00Z'),
    );
  });

  it('runs every hourly run on the way to the next school day, each job once', async () => {
    const result = await postJson<ActionResult>(preview, '/api/clock', { shortcut: 'school-day' });
    // 08:00 … 07:00 the next day: 24 runs; the after-lunch chase and Tuesday's digest among them.
    expect(result.executions.map((e) => e.functionName)).toEqual(
      Array.from({ length: 24 }, () => 'runHourlyJobs'),
    );
    expect(result.executions.every((e) => e.error === undefined)).toBe(true);
    const status = await getJson<PreviewState>(preview, '/api/state');
    expect(status.now).toBe(at('2026-12-01T07:00:00Z'));
    const tuesday = status.outbox.filter((m) => m.sentAt === status.now);
    expect(tuesday.length).toBeGreaterThan(0);
    // Each item went once: its key (subject, role, day) is on Reminders sent once only.
    const [header = [], ...rows] = preview.session.workspace.spreadsheet
      .sheet('Reminders sent')
      .values();
    const keys = rows.flatMap(
      (r) => JSON.parse(String(r[header.indexOf('Keys')] || '[]')) as string[],
    );
    expect(keys.length).toBeGreaterThan(20);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('refuses a shortcut it does not know', async () => {
    const bad = await request(preview, 'POST', '/api/clock', { shortcut: 'next-week' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text)).toEqual({ ok: false, error: 'No clock shortcut next-week' });
  });
});
