// ScriptApp: installable triggers, who sees them, and Google's limits for scripts and add-ons.
import { directExecution } from '../../../emulator/core/direct';
import { ScriptApp } from '../../../emulator/services/script-app';
import {
  ADD_ON_INTERVAL,
  addOnDuplicateMessage,
  TOO_MANY_TRIGGERS,
} from '../../../emulator/services/trigger-state';
import { Workspace } from '../../../emulator/workspace';

const REF = 'https://developers.google.com/apps-script/reference/script';
const ss = { getId: () => 'sheet-123' } as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;

function setUp(
  deployment: 'add-on' | 'bound' = 'bound',
  user?: string,
  workspace = new Workspace(),
) {
  workspace.deployment = deployment;
  const exec = directExecution(workspace, { effectiveUser: user });
  return { workspace, app: new ScriptApp(exec) };
}

describe(`ScriptApp triggers (${REF}/script-app)`, () => {
  it('newTrigger().timeBased().everyHours(1).create() makes a clock trigger', () => {
    const { workspace, app } = setUp();
    const t = app.newTrigger('dailyChecks').timeBased().everyHours(1).create();
    expect(t.getHandlerFunction()).toBe('dailyChecks');
    expect(t.getEventType()).toBe('CLOCK');
    expect(t.getTriggerSource()).toBe('CLOCK');
    expect(t.getTriggerSourceId()).toBeNull();
    expect(t.getUniqueId()).toMatch(/^\d+$/);
    expect(workspace.triggers.all()[0]).toMatchObject({
      uniqueId: t.getUniqueId(),
      handlerFunction: 'dailyChecks',
      owner: 'dsl@example.sch.uk',
      eventType: 'CLOCK',
      createdAt: workspace.clock.now(),
    });
  });

  it('forSpreadsheet(ss).onOpen() makes a spreadsheet trigger on that sheet; getUserTriggers lists it', () => {
    const { app } = setUp();
    const t = app.newTrigger('onOpenInstalled').forSpreadsheet(ss).onOpen().create();
    expect([t.getEventType(), t.getTriggerSource(), t.getTriggerSourceId()]).toEqual([
      'ON_OPEN',
      'SPREADSHEETS',
      'sheet-123',
    ]);
    app.newTrigger('edited').forSpreadsheet('other-sheet').onEdit().create();
    expect(app.getUserTriggers(ss).map((x) => x.getHandlerFunction())).toEqual(['onOpenInstalled']);
  });

  it(`getProjectTriggers lists only the effective user's triggers (https://developers.google.com/apps-script/guides/triggers/installable#restrictions)`, () => {
    const { workspace, app } = setUp('bound', 'a@example.sch.uk');
    app.newTrigger('mine').timeBased().everyHours(1).create();
    const other = setUp('bound', 'b@example.sch.uk', workspace).app;
    other.newTrigger('theirs').timeBased().everyHours(1).create();
    expect(app.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['mine']);
    expect(other.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['theirs']);
  });

  it(`deleteTrigger removes it (${REF}/script-app#deleteTrigger(Trigger))`, () => {
    const { workspace, app } = setUp();
    const t = app.newTrigger('x').timeBased().everyHours(1).create();
    app.deleteTrigger(t);
    expect(app.getProjectTriggers()).toEqual([]);
    expect(workspace.triggers.all()).toEqual([]);
  });

  it('20 triggers per user per script; the 21st throws Google’s message (quotas page; wording [reported])', () => {
    const { workspace, app } = setUp();
    for (let i = 0; i < 20; i += 1) app.newTrigger(`job${i}`).timeBased().everyHours(1).create();
    expect(() => app.newTrigger('job20').timeBased().everyHours(1).create()).toThrow(
      TOO_MANY_TRIGGERS,
    );
    expect(TOO_MANY_TRIGGERS).toBe(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    const other = setUp('bound', 'b@example.sch.uk', workspace).app;
    expect(() => other.newTrigger('ok').timeBased().everyHours(1).create()).not.toThrow();
  });

  it('everyMinutes accepts only 1, 5, 10, 15 or 30 (clock-trigger-builder#everyMinutes(Integer))', () => {
    const { app } = setUp();
    expect(() => app.newTrigger('x').timeBased().everyMinutes(7)).toThrow('Invalid argument');
    expect(() => app.newTrigger('x').timeBased().everyMinutes(5).create()).not.toThrow();
  });

  it('a spreadsheet trigger needs an event; a clock trigger needs a schedule ([open] wording)', () => {
    const { app } = setUp();
    expect(() => app.newTrigger('x').forSpreadsheet(ss).create()).toThrow(/onOpen/);
    expect(() => app.newTrigger('x').timeBased().atHour(9).create()).toThrow(/schedule/);
  });

  it('ScriptApp enums are their names', () => {
    const { app } = setUp();
    expect(app.AuthMode).toEqual({
      NONE: 'NONE',
      CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
      LIMITED: 'LIMITED',
      FULL: 'FULL',
    });
    expect(app.EventType.ON_EDIT).toBe('ON_EDIT');
    expect(app.TriggerSource.SPREADSHEETS).toBe('SPREADSHEETS');
    expect(app.WeekDay.MONDAY).toBe('MONDAY');
    expect(app.getScriptId()).toMatch(/^\w+$/);
  });
});

describe('add-on trigger rules (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions)', () => {
  it(`a recurring clock trigger under an hour throws "${ADD_ON_INTERVAL}" ([reported] github.com/ttsukagoshi/mail-merge-for-gmail/issues/165)`, () => {
    const { app } = setUp('add-on');
    expect(() => app.newTrigger('x').timeBased().everyMinutes(30).create()).toThrow(
      'The recurrence interval for an Add-on trigger must be at least one hour.',
    );
    expect(() => app.newTrigger('x').timeBased().everyHours(1).create()).not.toThrow();
  });

  it('one trigger of each type per user per document: a second clock trigger throws ([reported] wording)', () => {
    const { workspace, app } = setUp('add-on');
    app.newTrigger('hourly').timeBased().everyHours(1).create();
    expect(() => app.newTrigger('daily').timeBased().everyDays(1).atHour(7).create()).toThrow(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
    app.newTrigger('edited').forSpreadsheet(ss).onEdit().create();
    expect(() => app.newTrigger('edited2').forSpreadsheet(ss).onEdit().create()).toThrow(
      addOnDuplicateMessage('ON_EDIT'),
    );
    const colleague = setUp('add-on', 'senco@example.sch.uk', workspace).app;
    expect(() => colleague.newTrigger('hourly').timeBased().everyHours(1).create()).not.toThrow();
  });

  it('a one-off trigger (after) is allowed in an add-on', () => {
    const { app } = setUp('add-on');
    expect(() =>
      app
        .newTrigger('later')
        .timeBased()
        .after(10 * 60000)
        .create(),
    ).not.toThrow();
  });
});

describe(`ScriptApp.getOAuthToken (${REF}/script-app#getOAuthToken())`, () => {
  it('is "the OAuth 2.0 access token for the effective user", with the granted scopes, for an hour', () => {
    const workspace = new Workspace();
    workspace.grantedScopes = new Set(['https://www.googleapis.com/auth/drive.file']);
    const token = setUp('add-on', 'pastoral.lead@example.sch.uk', workspace).app.getOAuthToken();
    const other = setUp('add-on', 'sendco@example.sch.uk', workspace).app.getOAuthToken();
    expect(token).not.toBe(other);
    expect(workspace.oauthTokens.holder(token)).toEqual({
      user: 'pastoral.lead@example.sch.uk',
      scopes: ['https://www.googleapis.com/auth/drive.file'],
      expires: workspace.clock.now() + 60 * 60 * 1000,
    });
    workspace.clock.set(workspace.clock.now() + 60 * 60 * 1000);
    expect(workspace.oauthTokens.holder(token)).toBeUndefined();
    expect(workspace.oauthTokens.holder('ya29.made-up')).toBeUndefined();
  });
});

describe(`ScriptApp.getAuthorizationInfo (${REF}/authorization-info)`, () => {
  const S = 'https://www.googleapis.com/auth/';
  it('with a scope list: the authorized ones from that list, REQUIRED while one is missing, a URL only then', () => {
    const { workspace, app } = setUp('add-on');
    workspace.grantedScopes = new Set([`${S}spreadsheets.currentonly`, `${S}drive.file`]);
    const full = app.getAuthorizationInfo(app.AuthMode.FULL, [
      `${S}spreadsheets`,
      `${S}drive.file`,
    ]);
    expect(full.getAuthorizedScopes()).toEqual([`${S}drive.file`]);
    expect(full.getAuthorizationStatus()).toBe('REQUIRED');
    expect(full.getAuthorizationUrl()).toMatch(/^https:\/\/script\.google\.com\//);
    workspace.grantedScopes.add(`${S}spreadsheets`);
    const now = app.getAuthorizationInfo(app.AuthMode.FULL, [`${S}spreadsheets`]);
    expect([now.getAuthorizationStatus(), now.getAuthorizationUrl()]).toEqual([
      'NOT_REQUIRED',
      null,
    ]);
  });

  it("without a list: the manifest's scopes (requestedScopes) against those granted", () => {
    const { workspace, app } = setUp('add-on');
    workspace.requestedScopes = new Set([`${S}documents`, `${S}drive.file`]);
    workspace.grantedScopes = new Set([`${S}drive.file`]);
    const info = app.getAuthorizationInfo(app.AuthMode.FULL);
    expect(info.getAuthorizationStatus()).toBe('REQUIRED');
    expect(info.getAuthorizedScopes()).toEqual([`${S}drive.file`]);
  });
});
