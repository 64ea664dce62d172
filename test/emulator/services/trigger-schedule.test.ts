// TriggerState.nextDue/markFired: when clock triggers fire on the virtual clock, by their zone.
import { directExecution } from '../../../emulator/core/direct';
import { ScriptApp } from '../../../emulator/services/script-app';
import { Workspace } from '../../../emulator/workspace';

const REF = 'https://developers.google.com/apps-script/reference/script/clock-trigger-builder';
const H = 3600_000;
const MONDAY = 'MONDAY' as unknown as GoogleAppsScript.Base.Weekday;

/** Default workspace start: Monday 2026-11-30 08:00 UTC (08:00 GMT in London). */
function setUp(now?: string) {
  const workspace = new Workspace(now ? { now } : {});
  workspace.deployment = 'bound';
  return { workspace, app: new ScriptApp(directExecution(workspace)) };
}
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

describe(`clock trigger firing times (${REF})`, () => {
  it('everyHours(n) fires every n hours from creation; markFired moves to the next', () => {
    const { workspace, app } = setUp();
    const t0 = workspace.clock.now();
    const id = app.newTrigger('job').timeBased().everyHours(2).create().getUniqueId();
    expect(workspace.triggers.nextDue(t0 + H)).toBeUndefined();
    const due = workspace.triggers.nextDue(t0 + 3 * H);
    expect(due?.trigger.uniqueId).toBe(id);
    expect(due?.at).toBe(t0 + 2 * H);
    workspace.triggers.markFired(id, t0 + 2 * H);
    expect(workspace.triggers.nextDue(t0 + 10 * H)?.at).toBe(t0 + 4 * H);
  });

  it('everyMinutes(5) in a bound script fires 5 minutes after creation', () => {
    const { workspace, app } = setUp();
    app.newTrigger('job').timeBased().everyMinutes(5).create();
    expect(iso(workspace.triggers.nextDue(Infinity)?.at)).toBe('2026-11-30T08:05:00.000Z');
  });

  it(`everyDays(1).atHour(9) fires at 09:00 (the emulator's point in Google's 9-10 window) in the script zone (${REF}#atHour(Integer))`, () => {
    const { workspace, app } = setUp();
    const id = app.newTrigger('daily').timeBased().everyDays(1).atHour(9).create().getUniqueId();
    const first = workspace.triggers.nextDue(Infinity)?.at;
    expect(iso(first)).toBe('2026-11-30T09:00:00.000Z');
    workspace.triggers.markFired(id, first ?? 0);
    expect(iso(workspace.triggers.nextDue(Infinity)?.at)).toBe('2026-12-01T09:00:00.000Z');
  });

  it('nearMinute(m) picks minute m of the hour', () => {
    const { workspace, app } = setUp();
    app.newTrigger('daily').timeBased().everyDays(1).atHour(7).nearMinute(30).create();
    expect(iso(workspace.triggers.nextDue(Infinity)?.at)).toBe('2026-12-01T07:30:00.000Z');
  });

  it('atHour is a wall-clock hour: 09:00 BST before the October change, 09:00 GMT after', () => {
    const { workspace, app } = setUp('2026-10-23T12:00:00Z');
    const id = app.newTrigger('daily').timeBased().everyDays(1).atHour(9).create().getUniqueId();
    const first = workspace.triggers.nextDue(Infinity)?.at ?? 0;
    expect(iso(first)).toBe('2026-10-24T08:00:00.000Z');
    workspace.triggers.markFired(id, first);
    expect(iso(workspace.triggers.nextDue(Infinity)?.at)).toBe('2026-10-25T09:00:00.000Z');
  });

  it(`inTimezone sets the zone atHour is read in (${REF}#inTimezone(String))`, () => {
    const { workspace, app } = setUp();
    app.newTrigger('ny').timeBased().everyDays(1).atHour(9).inTimezone('America/New_York').create();
    expect(iso(workspace.triggers.nextDue(Infinity)?.at)).toBe('2026-11-30T14:00:00.000Z');
    expect(() => app.newTrigger('x').timeBased().inTimezone('Nowhere/Else')).toThrow();
  });

  it('onWeekDay(MONDAY).atHour(7) on a Monday after 07:00 fires next Monday', () => {
    const { workspace, app } = setUp();
    app.newTrigger('weekly').timeBased().onWeekDay(MONDAY).atHour(7).create();
    expect(iso(workspace.triggers.nextDue(Infinity)?.at)).toBe('2026-12-07T07:00:00.000Z');
  });

  it('everyWeeks(2).onWeekDay fires every other week', () => {
    const { workspace, app } = setUp();
    const id = app
      .newTrigger('fortnightly')
      .timeBased()
      .everyWeeks(2)
      .onWeekDay(MONDAY)
      .atHour(9)
      .create()
      .getUniqueId();
    const first = workspace.triggers.nextDue(Infinity)?.at ?? 0;
    expect(iso(first)).toBe('2026-11-30T09:00:00.000Z');
    workspace.triggers.markFired(id, first);
    expect(iso(workspace.triggers.nextDue(Infinity)?.at)).toBe('2026-12-14T09:00:00.000Z');
  });

  it('onMonthDay(1).atHour(6) fires on the 1st', () => {
    const { workspace, app } = setUp();
    app.newTrigger('monthly').timeBased().onMonthDay(1).atHour(6).create();
    expect(iso(workspace.triggers.nextDue(Infinity)?.at)).toBe('2026-12-01T06:00:00.000Z');
  });

  it(`after(ms) fires once; it stays listed after firing ([reported]) and never fires again (${REF}#after(Integer))`, () => {
    const { workspace, app } = setUp();
    const id = app
      .newTrigger('later')
      .timeBased()
      .after(10 * 60000)
      .create()
      .getUniqueId();
    const due = workspace.triggers.nextDue(Infinity);
    expect(iso(due?.at)).toBe('2026-11-30T08:10:00.000Z');
    workspace.triggers.markFired(id, due?.at ?? 0);
    expect(workspace.triggers.nextDue(Infinity)).toBeUndefined();
    expect(app.getProjectTriggers()).toHaveLength(1);
  });

  it('at(date) and atDate(y, m, d) fire once at that time (atDate: midnight, or atHour)', () => {
    const { workspace, app } = setUp();
    app.newTrigger('at').timeBased().at(new Date('2026-12-24T16:00:00Z')).create();
    app.newTrigger('xmas').timeBased().atDate(2026, 12, 25).atHour(6).create();
    expect(iso(workspace.triggers.nextDue(Infinity)?.at)).toBe('2026-12-24T16:00:00.000Z');
    expect(
      workspace.triggers
        .all()
        .map((t) => iso(t.schedule && 'at' in t.schedule ? t.schedule.at : undefined)),
    ).toEqual(['2026-12-24T16:00:00.000Z', '2026-12-25T06:00:00.000Z']);
  });

  it('nextDue returns the earliest due trigger and ignores spreadsheet triggers', () => {
    const { workspace, app } = setUp();
    const ss = { getId: () => 'sheet-1' } as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    app.newTrigger('edit').forSpreadsheet(ss).onEdit().create();
    app.newTrigger('slow').timeBased().everyHours(6).create();
    app.newTrigger('fast').timeBased().everyHours(1).create();
    expect(workspace.triggers.nextDue(Infinity)?.trigger.handlerFunction).toBe('fast');
    expect(() => workspace.triggers.markFired('nope', 0)).toThrow(/no trigger/);
  });
});
