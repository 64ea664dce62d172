// An editor add-on's clock run: no active document, no document properties or lock; openById needs full spreadsheets.
import path from 'node:path';
import { Workspace, loadAddOn, type AddOn, type RunAs } from '../../../emulator';

const fixtureDir = path.join(__dirname, '..', 'sheets-api', 'fixture');
const SCOPE = 'https://www.googleapis.com/auth/';
const REPORTED = '[reported: github vtst/google-apps-scripts VtstAddonTriggerLib README]';
const SCRIPT_APP = 'https://developers.google.com/apps-script/reference/script/script-app';

function load(runAs?: RunAs): { addOn: AddOn; ws: Workspace } {
  const ws = new Workspace({ now: '2026-11-30T08:00:00Z', ...(runAs ? { runAs } : {}) });
  ws.spreadsheet.addSheet('Placements', [['Placement ID']]);
  return { addOn: loadAddOn({ workspace: ws, distDir: fixtureDir }), ws };
}

function lastClockRun(ws: Workspace): unknown {
  return JSON.parse(ws.properties.snapshot('script').lastClockRun ?? 'null');
}

describe(`an editor add-on's time-driven run has no active document ${REPORTED}`, () => {
  it("getActiveSpreadsheet, getDocumentProperties and getDocumentLock are null; the project's triggers are listed", () => {
    const { addOn, ws } = load('editor add-on');
    addOn.run('installClock');
    addOn.advance(60 * 60 * 1000);
    expect(addOn.executions.map((e) => [e.functionName, e.kind, e.error])).toEqual([
      ['installClock', 'menu', undefined],
      ['clockRun', 'time-trigger', undefined],
    ]);
    expect(lastClockRun(ws)).toEqual({
      active: true,
      documentProperties: true,
      documentLock: true,
      installationSource: 'APPS_MARKETPLACE_DOMAIN_ADD_ON',
      isNone: false,
      triggers: ['clockRun'],
    });
  });

  it('outside clock runs the add-on has its document', () => {
    const { addOn } = load('editor add-on');
    expect(addOn.run('clockRun')).toMatchObject({
      active: false,
      documentProperties: false,
      documentLock: false,
    });
  });

  it(`a bound script keeps its document in clock runs, and its installation source is NONE (${SCRIPT_APP}#getInstallationSource())`, () => {
    const { addOn } = load('bound script');
    expect(addOn.execute('clockRun', { kind: 'time-trigger' })).toEqual({
      active: false,
      documentProperties: false,
      documentLock: false,
      installationSource: 'NONE',
      isNone: true,
      triggers: [],
    });
  });

  it("runAs sets the deployment and the clock runs' document together; the old defaults stay without it", () => {
    const plain = new Workspace();
    expect([plain.deployment, plain.spreadsheet.activeInTimeTrigger]).toEqual([
      'add-on',
      'document',
    ]);
    expect([
      plain.runAs('editor add-on').deployment,
      plain.spreadsheet.activeInTimeTrigger,
    ]).toEqual(['add-on', 'null']);
    expect([plain.runAs('bound script').deployment, plain.spreadsheet.activeInTimeTrigger]).toEqual(
      ['bound', 'document'],
    );
    const web = load('editor add-on');
    web.ws.installationSource = 'WEB_STORE_ADD_ON';
    expect(web.addOn.execute('clockRun', { kind: 'time-trigger' })).toMatchObject({
      installationSource: 'WEB_STORE_ADD_ON',
    });
  });
});

describe(`SpreadsheetApp.openById needs the full spreadsheets scope (${'https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String)'})`, () => {
  it("without it, Google's permission message; with it, the workbook, even in a clock run with no document", () => {
    const { addOn, ws } = load('editor add-on');
    const id = ws.spreadsheet.id;
    expect(addOn.execute('openByIdName', { kind: 'time-trigger', args: [id] })).toEqual({
      isError: true,
      name: 'Exception',
      message:
        'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    });
    ws.grantedScopes.add(`${SCOPE}spreadsheets`);
    expect(addOn.execute('openByIdName', { kind: 'time-trigger', args: [id] })).toBe(
      'AP placements',
    );
    expect(
      addOn.execute('openByIdName', { kind: 'time-trigger', args: ['someone-elses'] }),
    ).toMatchObject({
      message: expect.stringMatching(/openById/),
    });
  });
});
