// The archive through the runtime: the add-on's exact calls under currentonly + drive.file, scopes, per-user reach, counting, failures.
import path from 'node:path';
import { Workspace, loadAddOn, requiredScopes, type AddOn } from '../../../emulator';
import { SERVER_ERROR } from '../../../emulator/core/meter';
import { DSL, PASTORAL, SCOPE } from './setup';

const fixtureDir = path.join(__dirname, 'archive-fixture');
const DRIVE_FILE = 'https://developers.google.com/drive/api/guides/api-specific-auth#drive-file';
const SCOPES =
  'https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/create#authorization-scopes';

function load(): { addOn: AddOn; ws: Workspace } {
  const ws = new Workspace({ now: '2026-11-30T08:00:00Z', user: DSL });
  ws.spreadsheet.addSheet('Placements', [['Placement ID'], ['AP-0001']]);
  return { addOn: loadAddOn({ workspace: ws, distDir: fixtureDir }), ws };
}

const as = (addOn: AddOn, user: string, fn: string, ...args: unknown[]) =>
  addOn.execute(fn, { kind: 'menu', activeUser: user, effectiveUser: user, args });

/** The DSL's run makes the folder and the archive, renames Sheet1 and files one row. */
function archived(): { addOn: AddOn; ws: Workspace; id: string } {
  const { addOn, ws } = load();
  const folderId = as(addOn, DSL, 'makeFolder') as string;
  const made = as(addOn, DSL, 'createArchive', folderId, '2025-26', ws.spreadsheet.id) as {
    id: string;
  };
  as(addOn, DSL, 'renameFirstSheet', made.id, 'Placements');
  as(addOn, DSL, 'archiveRows', made.id, [['AP-0001', 'Pupil 1 Example']]);
  return { addOn, ws, id: made.id };
}

describe(`the add-on's archive under spreadsheets.currentonly + drive.file (${DRIVE_FILE})`, () => {
  it('create, find by appProperties, rename Sheet1, append and read: each call counted under its own name', () => {
    const { addOn, ws } = load();
    const folderId = as(addOn, DSL, 'makeFolder') as string;
    ws.meter.reset();
    const made = as(addOn, DSL, 'createArchive', folderId, '2025-26', ws.spreadsheet.id) as Record<
      string,
      string
    >;
    const id = made.id as string;
    expect(made).toEqual({
      id,
      name: 'AP placements archive 2025-26',
      webViewLink: `https://docs.google.com/spreadsheets/d/${id}/edit?usp=drivesdk`,
    });
    expect(as(addOn, DSL, 'findArchive', '2025-26')).toEqual([
      { id, name: made.name, webViewLink: made.webViewLink },
    ]);
    expect(as(addOn, DSL, 'renameFirstSheet', id, 'Placements')).toEqual([{}]);
    expect(as(addOn, DSL, 'archiveRows', id, [['AP-0001', 'Pupil 1 Example']])).toBe(
      'Placements!A1:B1',
    );
    expect(as(addOn, DSL, 'readArchive', id)).toEqual([['AP-0001', 'Pupil 1 Example']]);
    expect(ws.meter.snapshot()).toEqual({
      'Drive.Files.create': 1,
      'Drive.Files.list': 1,
      'Sheets.Spreadsheets.get': 1,
      'Sheets.Spreadsheets.batchUpdate': 1,
      'Sheets.Spreadsheets.Values.append': 1,
      'Sheets.Spreadsheets.Values.batchGet': 1,
    });
    expect(ws.spreadsheetById(id).sheet('Placements').values()).toEqual([
      ['AP-0001', 'Pupil 1 Example'],
    ]);
  });

  it('a colleague gets "Requested entity was not found." until they pick it, and their list is empty', () => {
    const { addOn, ws, id } = archived();
    const notFound = {
      isError: true,
      name: 'GoogleJsonResponseException',
      message:
        'API call to sheets.spreadsheets.values.batchGet failed with error: Requested entity was not found.',
    };
    expect(as(addOn, PASTORAL, 'readArchive', id)).toEqual(notFound);
    expect(as(addOn, PASTORAL, 'findArchive', '2025-26')).toEqual([]);
    ws.drive.pick([id], PASTORAL);
    expect(as(addOn, PASTORAL, 'readArchive', id)).toEqual([['AP-0001', 'Pupil 1 Example']]);
    expect(as(addOn, PASTORAL, 'findArchive', '2025-26')).toHaveLength(1);
  });

  it(`with spreadsheets.currentonly alone both services are refused (${SCOPES})`, () => {
    const { addOn, ws, id } = archived();
    ws.grantedScopes = new Set([`${SCOPE}spreadsheets.currentonly`]);
    const refused = (method: string, scopes: string[]) => ({
      isError: true,
      name: 'Exception',
      message: `You do not have permission to call ${method}. Required permissions: ${scopes
        .map((s) => SCOPE + s)
        .join(',')}`,
    });
    expect(as(addOn, DSL, 'readArchive', id)).toEqual(
      refused('Sheets.Spreadsheets.Values.batchGet', [
        'spreadsheets',
        'spreadsheets.readonly',
        'drive',
        'drive.readonly',
        'drive.file',
      ]),
    );
    expect(as(addOn, DSL, 'createArchive', 'root', '2026-27', ws.spreadsheet.id)).toEqual(
      refused('Drive.Files.create', ['drive', 'drive.file']),
    );
    expect(ws.spreadsheets).toHaveLength(1);
    // Sheets.Spreadsheets.create takes the same three as the other writes.
    expect(requiredScopes('Sheets.Spreadsheets.create')).toEqual([
      'spreadsheets',
      'drive',
      'drive.file',
    ]);
  });

  it('SpreadsheetApp.openById opens it in the deployment with full spreadsheets, and not without', () => {
    const { addOn, ws, id } = archived();
    expect(as(addOn, DSL, 'openByIdName', id)).toMatchObject({
      isError: true,
      message: expect.stringContaining(
        'You do not have permission to call SpreadsheetApp.openById',
      ),
    });
    ws.grantedScopes.add(`${SCOPE}spreadsheets`);
    expect(as(addOn, DSL, 'openByIdName', id)).toBe('AP placements archive 2025-26');
    expect(as(addOn, PASTORAL, 'openByIdName', id)).toBe('AP placements archive 2025-26');
  });
});

// PLATFORM.md: the emulator lets a test "make the N-th service call fail ... to prove recovery".
describe('failure injection applies to calls on the archive as on the bound workbook', () => {
  it('failOn: the append fails and nothing is written; failAt counts these calls like any other', () => {
    const { addOn, ws, id } = archived();
    ws.meter.reset();
    ws.meter.failOn('Sheets.Spreadsheets.Values.append');
    expect(as(addOn, DSL, 'archiveRows', id, [['AP-0002', 'Pupil 2 Example']])).toEqual({
      isError: true,
      name: 'Exception',
      message: 'Service error: Spreadsheets',
    });
    expect(ws.spreadsheetById(id).sheet('Placements').values()).toHaveLength(1);
    ws.meter.reset();
    ws.meter.failAt(2);
    expect(as(addOn, DSL, 'readArchive', id)).toHaveLength(1);
    expect(as(addOn, DSL, 'readArchive', id)).toMatchObject({ isError: true });
  });

  it('a lost append reply: the rows are in the archive, the script sees the error (send twice = twice)', () => {
    const { addOn, ws, id } = archived();
    ws.meter.loseReplyOn('Sheets.Spreadsheets.Values.append');
    expect(as(addOn, DSL, 'archiveRows', id, [['AP-0002', 'Pupil 2 Example']])).toEqual({
      isError: true,
      name: 'Exception',
      message: SERVER_ERROR,
    });
    expect(ws.spreadsheetById(id).sheet('Placements').values()).toHaveLength(2);
  });

  it('a lost Drive.Files.create reply leaves the archive; looking it up by appProperties finds it', () => {
    const { addOn, ws } = load();
    const folderId = as(addOn, DSL, 'makeFolder') as string;
    ws.meter.loseReplyOn('Drive.Files.create');
    expect(as(addOn, DSL, 'createArchive', folderId, '2025-26', ws.spreadsheet.id)).toMatchObject({
      isError: true,
      message: SERVER_ERROR,
    });
    expect(ws.spreadsheets).toHaveLength(1);
    expect(as(addOn, DSL, 'findArchive', '2025-26')).toHaveLength(1);
  });
});
