// The vm runtime runs a script as Apps Script would: fresh executions, only Apps Script globals, realms kept apart.
import path from 'node:path';
import { Workspace, loadAddOn, type AddOn } from '../../../emulator';
import { assertProcessTimeZone } from '../../../emulator/runtime/add-on';

const distDir = path.join(__dirname, 'fixture');

function fixture(options: ConstructorParameters<typeof Workspace>[0] = {}): AddOn {
  const ws = new Workspace({ now: '2026-11-30T08:00:00Z', ...options });
  ws.spreadsheet.addSheet('Data', [[new Date('2026-03-29T00:00:00Z'), 'café']]);
  return loadAddOn({ workspace: ws, distDir });
}

describe('the execution context', () => {
  it('holds the Apps Script services and no Node or browser global (PLATFORM.md "Runtime")', () => {
    const seen = fixture().call('probeGlobals') as Record<string, string>;
    for (const nodeOrBrowser of [
      'setTimeout',
      'setInterval',
      'require',
      'process',
      'Buffer',
      'URL',
      'URLSearchParams',
      'TextEncoder',
      'atob',
      'btoa',
      'structuredClone',
      'window',
      'document',
      'fetch',
      'module',
    ]) {
      expect([nodeOrBrowser, seen[nodeOrBrowser]]).toEqual([nodeOrBrowser, 'undefined']);
    }
    for (const service of [
      'SpreadsheetApp',
      'HtmlService',
      'PropertiesService',
      'CacheService',
      'LockService',
      'Session',
      'Utilities',
      'Logger',
      'console',
      'ScriptApp',
      'MailApp',
    ]) {
      expect([service, seen[service]]).toEqual([service, 'object']);
    }
  });

  it('re-evaluates the top level on every execution (https://developers.google.com/apps-script/guides/html/communication: each call is a new execution)', () => {
    const addOn = fixture();
    expect(addOn.call('countTopLevelRuns')).toBe(1);
    expect(addOn.call('countTopLevelRuns')).toBe(1);
  });

  it('gives the script the virtual clock through new Date() and Date.now()', () => {
    const addOn = fixture();
    expect(addOn.call('now')).toEqual({
      iso: '2026-11-30T08:00:00.000Z',
      ms: Date.parse('2026-11-30T08:00:00Z'),
      isDate: true,
    });
    addOn.workspace.clock.advance(90_000);
    expect((addOn.call('now') as { iso: string }).iso).toBe('2026-11-30T08:01:30.000Z');
  });

  it("hands over cell values as the script realm's own Arrays and Dates", () => {
    expect(fixture().call('readCell')).toEqual({
      isArray: true,
      isDate: true,
      iso: '2026-03-29T00:00:00.000Z',
      text: 'café',
    });
  });

  it('calls only top-level functions, and never a private one from the client (https://developers.google.com/apps-script/guides/html/reference/run)', () => {
    const addOn = fixture();
    expect(() => addOn.call('secret_')).toThrow('Script function not found: secret_');
    expect(() => addOn.call('noSuchFunction')).toThrow('Script function not found: noSuchFunction');
  });

  it("refuses to run when Node's time zone is not the manifest's (V8 dates run in the script's zone)", () => {
    expect(() => assertProcessTimeZone('Europe/London', 'America/New_York')).toThrow(
      /set TZ=Europe\/London/,
    );
    expect(() => assertProcessTimeZone('Europe/London', 'Europe/London')).not.toThrow();
  });
});

describe('google.script.run values (https://developers.google.com/apps-script/guides/html/reference/run#parameters)', () => {
  it('passes plain data both ways', () => {
    expect(fixture().call('returnsPlain', 1, { n: 2 })).toEqual({
      sum: 3,
      list: [1, 'two', null, true],
    });
  });

  it('delivers a result containing a Date as null [reported]', () => {
    expect(fixture().call('returnsDate')).toBeNull();
  });

  it('rejects an argument that is not plain data', () => {
    expect(() => fixture().call('returnsPlain', 1, new Date())).toThrow(/illegal value/);
  });
});

describe('the call meter', () => {
  it('counts every service call by method', () => {
    const addOn = fixture();
    addOn.workspace.meter.reset();
    addOn.call('readTwice');
    expect(addOn.workspace.meter.snapshot()).toEqual({
      'Range.getValue': 2,
      'Sheet.getRange': 1,
      'Spreadsheet.getSheetByName': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
  });

  it('can make the N-th call throw an Error the script can catch', () => {
    const addOn = fixture();
    addOn.workspace.meter.reset();
    addOn.workspace.meter.failAt(4, 'Service Spreadsheets failed while accessing document');
    expect(addOn.call('catchFailure')).toBe(
      'Error: Service Spreadsheets failed while accessing document',
    );
  });

  it("can run a colleague's edit between two calls", () => {
    const addOn = fixture();
    const ws = addOn.workspace;
    ws.meter.reset();
    // Calls: getActiveSpreadsheet, getSheetByName, getRange, getValue (1st), getValue (2nd).
    ws.meter.before(5, () =>
      ws.spreadsheet.userEdit('colleague@example.sch.uk', 'Data', 'B1', [['changed']]),
    );
    expect(addOn.call('readTwice')).toEqual(['café', 'changed']);
  });

  it('charges the cost model to the clock and stops an execution past 6 minutes (https://developers.google.com/apps-script/guides/services/quotas#current_limitations)', () => {
    const addOn = fixture();
    addOn.workspace.meter.costModel = 'typical';
    expect(() => addOn.call('busyLoop')).toThrow('Exceeded maximum execution time');
    const last = addOn.executions[addOn.executions.length - 1]!;
    expect(last.endedAt - last.startedAt).toBeGreaterThan(360_000);
    expect(last.endedAt - last.startedAt).toBeLessThan(361_000);
  });
});

describe('authorisation', () => {
  it("fails a call whose scope the manifest lacks, with Google's message", () => {
    expect(() => fixture().call('openOther')).toThrow(
      'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
  });

  it('lets onOpen in AuthMode.NONE build the menu and nothing else (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle)', () => {
    const addOn = fixture();
    addOn.open({ authMode: 'NONE' });
    expect(addOn.workspace.properties.document.getProperty('opened')).toBeNull();
    expect(() =>
      addOn.execute('readSheetName', { authMode: 'NONE', kind: 'simple-trigger' }),
    ).toThrow('Authorization is required to perform that action.');
  });

  it('lets a simple trigger use the bound sheet but not send mail (https://developers.google.com/apps-script/guides/triggers#restrictions)', () => {
    const addOn = fixture();
    addOn.open({ authMode: 'LIMITED' });
    expect(addOn.workspace.properties.document.getProperty('opened')).toBe('LIMITED');
    expect(() =>
      addOn.execute('sendMail', { authMode: 'LIMITED', kind: 'simple-trigger' }),
    ).toThrow(/You do not have permission to call MailApp.sendEmail/);
    expect(addOn.execute('readSheetName', { authMode: 'LIMITED', kind: 'simple-trigger' })).toBe(
      'Data',
    );
  });

  it('has no UI in a time-driven run (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getUi())', () => {
    expect(() => fixture().execute('showUi', { kind: 'time-trigger' })).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });
});

describe('events and triggers', () => {
  it('fires onEdit with the edited range and single-cell value (https://developers.google.com/apps-script/guides/triggers/events#edit)', () => {
    const addOn = fixture();
    addOn.edit('Data', 'B1', [['new text']]);
    expect(JSON.parse(addOn.workspace.properties.document.getProperty('lastEdit')!)).toEqual({
      a1: 'B1',
      sheet: 'Data',
      value: 'new text',
      authMode: 'LIMITED',
    });
  });

  it('releases a lock at the end of the execution that took it (https://developers.google.com/apps-script/reference/lock/lock)', () => {
    const addOn = fixture();
    expect(addOn.call('takeLock')).toBe(true);
    expect(addOn.call('takeLock')).toBe(true);
  });

  it('fires a time-driven trigger as the virtual clock passes its times', () => {
    const addOn = fixture();
    addOn.run('installHourly');
    addOn.run('installHourly');
    addOn.advance(5 * 60 * 60 * 1000 + 1);
    const props = addOn.workspace.properties.snapshot('script');
    expect(props.hourlyRuns).toBe('5');
    expect(JSON.parse(props.lastHourlyEvent!)).toEqual({
      hour: 13,
      timezone: 'UTC',
      uid: 'string',
    });
  });
});

describe('HtmlService templates through the runtime', () => {
  it('lets the script assign template variables, escaped by <?= ?> (https://developers.google.com/apps-script/guides/html/templates#printing_scriptlets)', () => {
    expect(fixture().call('templated')).toBe('<p>&lt;b&gt;Ada&lt;/b&gt;</p>');
  });
});

describe('errors the script catches', () => {
  it("keep Apps Script's name, e.g. Exception (https://developers.google.com/apps-script/guides/support/troubleshooting#common_errors)", () => {
    expect(fixture().call('errorName')).toBe('Exception');
  });
});
