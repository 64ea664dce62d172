// batchUpdate's updateSheetProperties (rename, move, hide, freeze) and deleteSheet, on the bound workbook and on an archive.
import { DSL, PASTORAL, REST, caught, createArchive, sheetsFor, workbook } from './setup';

const REQUEST = `${REST}/spreadsheets/request`;
const PROPERTIES = `${REST}/spreadsheets/sheets#SheetProperties`;

const batch = (
  ws: Parameters<typeof sheetsFor>[0],
  id: string,
  requests: unknown[],
  user: string = DSL,
) => sheetsFor(ws, ['spreadsheets'], user).Spreadsheets.batchUpdate({ requests }, id);

const rename = (sheetId: number, title: string) => ({
  updateSheetProperties: { properties: { sheetId, title }, fields: 'title' },
});

describe(`updateSheetProperties (${REQUEST}#UpdateSheetPropertiesRequest)`, () => {
  it('renames Sheet1 of a new archive; only the fields named change', () => {
    const { ws } = workbook();
    const { id } = createArchive(ws);
    const reply = batch(ws, id, [
      {
        updateSheetProperties: {
          properties: { sheetId: 0, title: 'Placements', hidden: true },
          fields: 'title',
        },
      },
    ]);
    expect(reply).toEqual({ spreadsheetId: id, replies: [{}] });
    const archive = ws.spreadsheetById(id);
    expect(archive.names()).toEqual(['Placements']);
    expect(archive.sheet('Placements').hidden).toBe(false);
  });

  it("refuses a title another sheet has (any case) with addSheet's wording [reported], and no fields [open]", () => {
    const { ws, id } = workbook();
    const sheet = ws.spreadsheet.addSheet('Settings');
    expect(caught(() => batch(ws, id, [rename(sheet.id, 'placements')]))).toMatchObject({
      code: 400,
      message:
        'API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[0].updateSheetProperties: A sheet with the name "placements" already exists. Please enter another name.',
    });
    // Its own name in another case is a rename, not a clash.
    batch(ws, id, [rename(sheet.id, 'SETTINGS')]);
    expect(ws.spreadsheet.names()).toEqual(['Placements', 'SETTINGS']);
    expect(
      caught(() =>
        batch(ws, id, [
          { updateSheetProperties: { properties: { sheetId: sheet.id, title: 'X' } } },
        ]),
      ),
    ).toMatchObject({ code: 400 });
    expect(caught(() => batch(ws, id, [rename(424242, 'X')])).message).toContain(
      'No grid with id: 424242',
    );
  });

  it(`index counts "before the move"; the current index or the next one changes nothing (${PROPERTIES})`, () => {
    const { ws, id } = workbook();
    const sheets = ['B', 'C'].map((n) => ws.spreadsheet.addSheet(n));
    const move = (sheetId: number, index: number) => ({
      updateSheetProperties: { properties: { sheetId, index }, fields: 'index' },
    });
    const first = ws.spreadsheet.sheet('Placements').id;
    // "if there were three sheets (S1, S2, S3) in order to move S1 ahead of S2 the index would have to be set to 2"
    batch(ws, id, [move(first, 2)]);
    expect(ws.spreadsheet.names()).toEqual(['B', 'Placements', 'C']);
    batch(ws, id, [move(first, 2)]);
    expect(ws.spreadsheet.names()).toEqual(['B', 'Placements', 'C']);
    batch(ws, id, [move(sheets[1]?.id as number, 0)]);
    expect(ws.spreadsheet.names()).toEqual(['C', 'B', 'Placements']);
  });

  it('freezes rows and hides a sheet; the last visible sheet cannot be hidden [open wording]', () => {
    const { ws, id } = workbook();
    const sheetId = ws.spreadsheet.sheet('Placements').id;
    batch(ws, id, [
      {
        updateSheetProperties: {
          properties: { sheetId, gridProperties: { frozenRowCount: 1 } },
          fields: 'gridProperties.frozenRowCount',
        },
      },
    ]);
    expect(ws.spreadsheet.sheet('Placements').frozenRows).toBe(1);
    expect(
      caught(() =>
        batch(ws, id, [
          { updateSheetProperties: { properties: { sheetId, hidden: true }, fields: 'hidden' } },
        ]),
      ).message,
    ).toContain("You can't hide all the sheets in a document.");
  });

  it('a field the emulator does not model is refused loudly, not ignored', () => {
    const { ws, id } = workbook();
    const sheetId = ws.spreadsheet.sheet('Placements').id;
    expect(() =>
      batch(ws, id, [
        { updateSheetProperties: { properties: { sheetId, tabColor: {} }, fields: 'tabColor' } },
      ]),
    ).toThrow('Emulator: updateSheetProperties of "tabColor" is not modelled');
  });

  it('all or nothing: a later failing request undoes the rename', () => {
    const { ws } = workbook();
    const { id } = createArchive(ws);
    expect(caught(() => batch(ws, id, [rename(0, 'Placements'), rename(99, 'X')])).code).toBe(400);
    expect(ws.spreadsheetById(id).names()).toEqual(['Sheet1']);
  });

  it('a strict protection that stops the user refuses it [open]', () => {
    const { ws, id } = workbook();
    const sheet = ws.spreadsheet.sheet('Placements');
    const p = ws.spreadsheet.newProtection(sheet, 'SHEET', null);
    p.editors = [DSL];
    expect(caught(() => batch(ws, id, [rename(sheet.id, 'Other')], PASTORAL)).code).toBe(400);
    batch(ws, id, [rename(sheet.id, 'Other')], DSL);
    expect(ws.spreadsheet.names()).toEqual(['Other']);
  });
});

describe(`deleteSheet (${REQUEST}#DeleteSheetRequest)`, () => {
  it('deletes a sheet and what is on it; undone when a later request fails', () => {
    const { ws, id } = workbook();
    const extra = ws.spreadsheet.addSheet('Old', [['x']]);
    expect(
      caught(() => batch(ws, id, [{ deleteSheet: { sheetId: extra.id } }, rename(99, 'X')])).code,
    ).toBe(400);
    expect(ws.spreadsheet.names()).toEqual(['Placements', 'Old']);
    expect(batch(ws, id, [{ deleteSheet: { sheetId: extra.id } }])).toEqual({
      spreadsheetId: id,
      replies: [{}],
    });
    expect(ws.spreadsheet.names()).toEqual(['Placements']);
  });

  it('the only sheet cannot go [reported: googleapis/google-api-php-client#1293]', () => {
    const { ws } = workbook();
    const { id } = createArchive(ws);
    expect(caught(() => batch(ws, id, [{ deleteSheet: { sheetId: 0 } }]))).toEqual({
      code: 400,
      name: 'GoogleJsonResponseException',
      message:
        "API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[0].deleteSheet: You can't remove all the sheets in a document.",
    });
    // Add the real sheet, then drop Sheet1: the archive's usual first run.
    batch(ws, id, [
      { addSheet: { properties: { title: 'Placements' } } },
      { deleteSheet: { sheetId: 0 } },
    ]);
    expect(ws.spreadsheetById(id).names()).toEqual(['Placements']);
  });
});
