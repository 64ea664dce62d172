// Turning reminders on and off through the built add-on: one hourly trigger, only ours removed, a status that says whose.
import { placement } from '../support/school';
import { remindingSchool, sentKeys } from '../support/reminders';
import type { FormResult, SidebarState } from '../../../src/shared/sidebar-api';
import { lastAlert } from '../support/workbook';
import { inEachDeployment } from '../support/deployment';

const hourly = (ws: ReturnType<typeof remindingSchool>['ws']) =>
  ws.triggers.all().filter((t) => t.handlerFunction === 'runHourlyJobs');

inEachDeployment(() => {
  describe('Turn reminders on / off / status', () => {
    it('installs one hourly time-driven trigger, and a second click leaves one (PLATFORM.md: idempotent)', () => {
      const s = remindingSchool([placement(1)]);
      s.addOn.run('installReminders');
      s.addOn.run('installReminders');
      const triggers = hourly(s.ws);
      expect(triggers).toHaveLength(1);
      expect(triggers[0]).toMatchObject({ eventType: 'CLOCK', owner: s.ws.user });
      expect(lastAlert(s.ws)).toMatch(
        /^Reminders are on since Tue 20 Jan 2026 at 09:00, sent by .*'s hourly trigger\./,
      );
    });

    it('keeps "since" from the first time it was turned on', () => {
      const s = remindingSchool([placement(1)]);
      s.addOn.run('installReminders');
      s.addOn.advance(3 * 3600_000);
      s.addOn.run('installReminders');
      expect(lastAlert(s.ws)).toContain('since Tue 20 Jan 2026 at 09:00');
    });

    it('says whose trigger it is and since when, from the menu', () => {
      const s = remindingSchool([placement(1)]);
      s.addOn.run('reminderStatus');
      expect(lastAlert(s.ws)).toBe(
        'Reminders are off: they have never been turned on for this workbook.',
      );
      s.addOn.run('installReminders');
      s.addOn.run('reminderStatus');
      expect(lastAlert(s.ws)).toBe(
        `Reminders are on since Tue 20 Jan 2026 at 09:00, sent by ${s.ws.user}'s hourly trigger.`,
      );
    });

    it('removes only its own trigger, and says reminders are off', () => {
      const s = remindingSchool([placement(1)]);
      s.ws.triggers.add(
        {
          handlerFunction: 'someoneElsesJob',
          eventType: 'ON_EDIT',
          owner: s.ws.user,
          triggerSource: 'SPREADSHEETS',
          triggerSourceId: 'sheet',
        },
        'add-on',
      );
      s.addOn.run('installReminders');
      s.addOn.run('removeReminders');
      expect(hourly(s.ws)).toHaveLength(0);
      expect(s.ws.triggers.all().map((t) => t.handlerFunction)).toEqual(['someoneElsesJob']);
      expect(lastAlert(s.ws)).toBe('Reminders are off. No digests will be sent.');
      s.addOn.run('reminderStatus');
      expect(lastAlert(s.ws)).toMatch(
        /^Reminders are off \(turned off by .* on Tue 20 Jan 2026 at 09:00\)\.$/,
      );
    });

    it("a colleague's stale trigger removes itself once reminders are turned off (it cannot be deleted for them)", () => {
      const s = remindingSchool([placement(1)]);
      s.addOn.run('installReminders');
      s.ws.triggers.add(
        {
          handlerFunction: 'runHourlyJobs',
          eventType: 'CLOCK',
          owner: 'colleague@school.example',
          triggerSource: 'CLOCK',
          triggerSourceId: null,
          schedule: { kind: 'hours', every: 1, timeZone: 'Europe/London' },
        },
        'add-on',
      );
      s.addOn.run('removeReminders');
      expect(hourly(s.ws).map((t) => t.owner)).toEqual(['colleague@school.example']);
      s.addOn.advance(2 * 3600_000);
      expect(hourly(s.ws)).toHaveLength(0);
      expect(s.ws.mail.outbox).toHaveLength(0);
    });

    it('asks before taking over from a colleague, and does nothing when told No', () => {
      const s = remindingSchool([placement(1)]);
      s.addOn.run('installReminders');
      s.ws.ui.answer({ button: 'NO' });
      s.addOn.execute('installReminders', {
        kind: 'menu',
        effectiveUser: 'colleague@school.example',
        activeUser: 'colleague@school.example',
      });
      expect(s.ws.ui.alerts.at(-1)?.prompt).toMatch(
        /^Reminders are already on, sent by .*'s trigger\. Take them over/,
      );
      expect(hourly(s.ws).map((t) => t.owner)).toEqual([s.ws.user]);
    });
  });

  describe('a visible owner and a heartbeat (issue 12, item 5)', () => {
    const COLLEAGUE = 'colleague@school.example';

    it('records each hourly run, and shows it in the sidebar and the menu status', () => {
      const s = remindingSchool([placement(1)]);
      s.addOn.run('installReminders');
      s.addOn.advance(65 * 60_000);
      expect((s.addOn.call('getSidebarState') as SidebarState).reminders).toMatchObject({
        stopped: false,
        text: expect.stringMatching(/'s hourly trigger; last run Tue 20 Jan 2026 at 10:\d\d\.$/),
      });
      s.addOn.run('reminderStatus');
      expect(lastAlert(s.ws)).toMatch(/; last run Tue 20 Jan 2026 at 10:\d\d\.$/);
    });

    it('warns anyone who opens the sidebar when the owner’s trigger stopped, and the takeover restarts it', () => {
      const s = remindingSchool([placement(1)]);
      s.addOn.run('installReminders');
      s.addOn.advance(65 * 60_000);
      // The owner leaves: Google stops their trigger silently (PLATFORM.md).
      for (const trigger of hourly(s.ws)) s.ws.triggers.remove(trigger.uniqueId);
      s.addOn.advance(2 * 3600_000 + 10 * 60_000);
      const reminders = (s.addOn.call('getSidebarState') as SidebarState).reminders;
      expect(reminders.stopped).toBe(true);
      expect(reminders.text).toMatch(
        /No run since Tue 20 Jan 2026 at 10:\d\d: reminders have stopped .* Turn reminders on/,
      );
      // A colleague takes over (the existing takeover): their trigger runs and the warning goes.
      s.ws.ui.answer({ button: 'YES' });
      s.addOn.execute('installReminders', {
        kind: 'menu',
        effectiveUser: COLLEAGUE,
        activeUser: COLLEAGUE,
      });
      expect(hourly(s.ws).map((t) => t.owner)).toEqual([COLLEAGUE]);
      s.addOn.advance(65 * 60_000);
      const after = (s.addOn.call('getSidebarState') as SidebarState).reminders;
      expect(after.stopped).toBe(false);
      expect(after.text).toContain(`sent by ${COLLEAGUE}'s hourly trigger; last run`);
    });

    it('does not warn unasked on a day that is not a school day', () => {
      const s = remindingSchool([placement(1)], { now: '2026-01-24T09:00:00Z' });
      s.addOn.run('installReminders');
      for (const trigger of hourly(s.ws)) s.ws.triggers.remove(trigger.uniqueId);
      s.addOn.advance(4 * 3600_000);
      expect((s.addOn.call('getSidebarState') as SidebarState).reminders.stopped).toBe(false);
      // Asked for by a colleague, the status says it on any day: the trigger runs every day.
      s.addOn.execute('reminderStatus', {
        kind: 'menu',
        effectiveUser: COLLEAGUE,
        activeUser: COLLEAGUE,
      });
      expect(lastAlert(s.ws)).toContain('No run has happened since then: reminders have stopped');
    });

    it('after a day without runs, the new owner catches up once and tells the DSL once since when', () => {
      const s = remindingSchool([placement(1)]);
      s.addOn.run('installReminders');
      s.addOn.advance(65 * 60_000);
      for (const trigger of hourly(s.ws)) s.ws.triggers.remove(trigger.uniqueId);
      // Nothing runs through Wednesday morning's digest hour; a colleague takes over at 11:00.
      s.addOn.advanceTo('2026-01-21T11:00:00Z');
      expect(s.ws.mail.outbox.filter((m) => new Date(m.sentAt).getUTCDate() === 21)).toEqual([]);
      s.ws.ui.answer({ button: 'YES' });
      s.addOn.execute('installReminders', {
        kind: 'menu',
        effectiveUser: COLLEAGUE,
        activeUser: COLLEAGUE,
      });
      s.addOn.advanceTo('2026-01-22T23:00:00Z');
      const toDsl = s.ws.mail.outbox.filter((m) => m.to === 'dsl@school.example');
      const told = toDsl.filter((m) => m.body.includes('Reminders stopped after'));
      expect(told).toHaveLength(1);
      expect(told[0]?.body).toMatch(
        /Reminders stopped after Tue 20 Jan 2026 at 10:\d\d and started again on Wed 21 Jan 2026 at 11:00, now sent by colleague@school\.example's hourly trigger\./,
      );
      // Wednesday's missed morning digest went at the first run after the takeover, and no item twice.
      expect(new Date(told[0]?.sentAt ?? 0).toISOString()).toMatch(/^2026-01-21T12:/);
      const keys = sentKeys(s);
      expect(new Set(keys).size).toBe(keys.length);
    });

    it('lets a colleague take reminders over from the sidebar in one click, once, and never from someone else', () => {
      const s = remindingSchool([placement(1)]);
      s.addOn.run('installReminders');
      for (const trigger of hourly(s.ws)) s.ws.triggers.remove(trigger.uniqueId);
      s.addOn.advance(3 * 3600_000);
      const asColleague = (who: string, form: unknown) =>
        s.addOn.execute('takeOverReminders', {
          kind: 'client',
          effectiveUser: who,
          activeUser: who,
          args: [form],
        }) as FormResult;
      const took = asColleague(COLLEAGUE, { fromOwner: s.ws.user, requestId: 'take-over-0001' });
      expect(took).toMatchObject({ ok: true });
      expect(hourly(s.ws).map((t) => t.owner)).toEqual([COLLEAGUE]);
      // Sent twice (a lost reply): still one trigger, and it says so.
      const again = asColleague(COLLEAGUE, { fromOwner: s.ws.user, requestId: 'take-over-0001' });
      expect(again).toMatchObject({ ok: true, message: 'Reminders are sent from your account.' });
      expect(hourly(s.ws)).toHaveLength(1);
      // A third person who saw the old owner is not taken over from the colleague.
      const late = asColleague('third@school.example', { fromOwner: s.ws.user });
      expect(late).toMatchObject({ ok: false });
      expect(hourly(s.ws).map((t) => t.owner)).toEqual([COLLEAGUE]);
    });
  });
});
