// The Sheets advanced service through the runtime: enabled by the manifest, scope-checked, counted, reached per user.
import path from 'node:path';
import { Workspace, loadAddOn, requiredScopes, type AddOn } from '../../../emulator';
import { DSL, PASTORAL, SCOPE } from './setup';

const fixtureDir = path.join(__dirname, 'fixture');
const ADVANCED = 'https://developers.google.com/apps-script/advanced/sheets';
const AUTH =
  'https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchGet#authorization-scopes';
const DRIVE_FILE = 'https://developers.google.com/drive/api/guides/api-specific-auth#drive-file';

function load(): { addOn: AddOn; ws: Workspace; id: string } {
  const ws = new Workspace({ now: '2026-11-30T08:00:00Z', user: DSL });
  ws.spreadsheet.addSheet('Placements', [
    ['Placement ID', 'Pupil name'],
    ['AP-0001', 'Pupil 1 Example'],
  ]);
  return { addOn: loadAddOn({ workspace: ws, distDir: fixtureDir }), ws, id: ws.spreadsheet.id };
}

const as = (addOn: AddOn, user: string, fn: string, ...args: unknown[]) =>
  addOn.execute(fn, { kind: 'menu', activeUser: user, effectiveUser: user, args });

describe(`the Sheets global exists when the manifest enables it (${ADVANCED})`, () => {
  it('is an object, and its calls are counted under Sheets.Spreadsheets.*', () => {
    const { addOn, ws, id } = load();
    expect(addOn.call('probe')).toBe('object');
    ws.grantedScopes.add(`${SCOPE}spreadsheets`);
    ws.meter.reset();
    addOn.call('readNames', id);
    addOn.call('appendRow', id, ['AP-0002', 'Pupil 2 Example']);
    expect(ws.meter.snapshot()).toEqual({
      'Sheets.Spreadsheets.Values.append': 1,
      'Sheets.Spreadsheets.Values.batchGet': 1,
    });
    ws.meter.costModel = 'typical'; // core/cost-model.ts: a read 400 ms, a write 800 ms
    const before = ws.clock.now();
    addOn.call('readNames', id);
    addOn.call('appendRow', id, ['AP-0003', 'Pupil 3 Example']);
    expect(ws.clock.now() - before).toBe(1200);
  });
});

describe(`scopes (${AUTH})`, () => {
  it('reads take spreadsheets, drive or drive.file, or a read-only one; spreadsheets.currentonly is not one of them', () => {
    expect(requiredScopes('Sheets.Spreadsheets.Values.batchGet')).toEqual([
      'spreadsheets',
      'spreadsheets.readonly',
      'drive',
      'drive.readonly',
      'drive.file',
    ]);
    expect(requiredScopes('Sheets.Spreadsheets.batchUpdate')).toEqual([
      'spreadsheets',
      'drive',
      'drive.file',
    ]);
    expect(requiredScopes('Sheets.Spreadsheets.Values.append')).toEqual([
      'spreadsheets',
      'drive',
      'drive.file',
    ]);
  });

  it("with spreadsheets.currentonly alone the call is refused with Apps Script's permission message", () => {
    const { addOn, ws, id } = load();
    ws.grantedScopes = new Set([`${SCOPE}spreadsheets.currentonly`]);
    expect(addOn.call('readNames', id)).toEqual({
      isError: true,
      name: 'Exception',
      message:
        'You do not have permission to call Sheets.Spreadsheets.Values.batchGet. Required permissions: ' +
        ['spreadsheets', 'spreadsheets.readonly', 'drive', 'drive.readonly', 'drive.file']
          .map((s) => SCOPE + s)
          .join(','),
    });
  });
});

describe(`under drive.file the workbook is reached only by who picked it (${DRIVE_FILE})`, () => {
  it('is "Requested entity was not found." until this user picks it, then read; per user [reported wording]', () => {
    const { addOn, ws, id } = load();
    const notFound = {
      isError: true,
      name: 'GoogleJsonResponseException',
      message:
        'API call to sheets.spreadsheets.values.batchGet failed with error: Requested entity was not found.',
    };
    expect(as(addOn, DSL, 'readNames', id)).toEqual(notFound);
    ws.drive.pick([id], DSL);
    expect(as(addOn, DSL, 'readNames', id)).toEqual(['Pupil 1 Example']);
    expect(as(addOn, PASTORAL, 'readNames', id)).toEqual(notFound);
    ws.drive.pick([id], PASTORAL);
    expect(as(addOn, PASTORAL, 'readNames', id)).toEqual(['Pupil 1 Example']);
  });

  it('with the full spreadsheets scope no pick is needed; an unknown id is the same 404', () => {
    const { addOn, ws, id } = load();
    ws.grantedScopes.add(`${SCOPE}spreadsheets`);
    expect(addOn.call('readNames', id)).toEqual(['Pupil 1 Example']);
    expect(addOn.call('readNames', 'no-such-spreadsheet')).toMatchObject({
      message: expect.stringMatching(/Requested entity was not found\.$/),
    });
  });

  it('metadata SpreadsheetApp adds is what the API lists; both calls are counted', () => {
    const { addOn, ws, id } = load();
    ws.grantedScopes.add(`${SCOPE}spreadsheets`);
    ws.meter.reset();
    expect(addOn.call('metadataBothWays', id)).toEqual({
      developerMetadata: [{ metadataKey: 'schema', metadataValue: '3', visibility: 'PROJECT' }],
    });
    expect(ws.meter.snapshot()).toEqual({
      'Sheets.Spreadsheets.get': 1,
      'Spreadsheet.addDeveloperMetadata': 1,
      'SpreadsheetApp.openById': 1,
    });
  });
});
