// Developer metadata on the spreadsheet, reached both ways: SpreadsheetApp and the Sheets API; kept with the workbook.
import { directExecution } from '../../../emulator/core/direct';
import { spreadsheetGlobals } from '../../../emulator/spreadsheet';
import { METADATA_CHARACTERS_LIMIT } from '../../../emulator/spreadsheet/metadata-store';
import { Workspace } from '../../../emulator/workspace';
import { REST, caught, sheetsFor, workbook } from './setup';

const APPS_SCRIPT =
  'https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata';
const RESOURCE = `${REST}/spreadsheets.developerMetadata#DeveloperMetadata`;
const VISIBILITY =
  'https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-visibility';

function spreadsheetApp(ws: Workspace) {
  return spreadsheetGlobals(directExecution(ws)).SpreadsheetApp;
}

describe(`developer metadata through SpreadsheetApp (${APPS_SCRIPT})`, () => {
  it('addDeveloperMetadata (key, value, visibility), getDeveloperMetadata, get/set, remove', () => {
    const { ws } = workbook();
    const app = spreadsheetApp(ws);
    const ss = app.getActiveSpreadsheet();
    ss.addDeveloperMetadata('schema', '3', app.DeveloperMetadataVisibility.PROJECT);
    ss.addDeveloperMetadata('tag');
    ss.addDeveloperMetadata('owner', 'dsl');
    const [schema, tag, owner] = ss.getDeveloperMetadata();
    expect([schema?.getKey(), schema?.getValue(), schema?.getVisibility()]).toEqual([
      'schema',
      '3',
      'PROJECT',
    ]);
    expect([tag?.getValue(), tag?.getVisibility()]).toEqual([null, 'DOCUMENT']);
    expect(owner?.getValue()).toBe('dsl');
    schema?.setValue('4');
    expect(ws.spreadsheet.developerMetadata.list().map((m) => [m.key, m.value])).toEqual([
      ['schema', '4'],
      ['tag', null],
      ['owner', 'dsl'],
    ]);
    tag?.remove();
    expect(ss.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['schema', 'owner']);
    expect(() => tag?.getKey()).toThrow(/not found/);
    expect(typeof schema?.getId()).toBe('number');
    expect(schema?.getId()).toBeGreaterThan(0);
  });

  it('createDeveloperMetadataFinder().withKey(k).find()', () => {
    const { ws } = workbook();
    const ss = spreadsheetApp(ws).getActiveSpreadsheet();
    ss.addDeveloperMetadata('a', '1');
    ss.addDeveloperMetadata('b', '2');
    ss.addDeveloperMetadata('a', '3');
    const found = ss.createDeveloperMetadataFinder().withKey('a').find();
    expect(found.map((m) => m.getValue())).toEqual(['1', '3']);
    expect(ss.createDeveloperMetadataFinder().withKey('a').withValue('3').find()).toHaveLength(1);
  });

  it(`PROJECT metadata another project made is not visible; DOCUMENT metadata is (${VISIBILITY})`, () => {
    const { ws } = workbook();
    ws.spreadsheet.developerMetadata.add({
      key: 'theirs',
      value: 'x',
      visibility: 'PROJECT',
      project: 'other',
    });
    ws.spreadsheet.developerMetadata.add({
      key: 'shared',
      value: 'y',
      visibility: 'DOCUMENT',
      project: 'other',
    });
    const ss = spreadsheetApp(ws).getActiveSpreadsheet();
    expect(ss.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['shared']);
    expect(
      sheetsFor(ws).Spreadsheets.get(ws.spreadsheet.id, {
        fields: 'developerMetadata(metadataKey)',
      }),
    ).toEqual({
      developerMetadata: [{ metadataKey: 'shared' }],
    });
  });

  it(`the spreadsheet's metadata holds at most ${METADATA_CHARACTERS_LIMIT} characters [open]; past it nothing changes`, () => {
    const { ws } = workbook();
    const ss = spreadsheetApp(ws).getActiveSpreadsheet();
    ss.addDeveloperMetadata('big', 'x'.repeat(METADATA_CHARACTERS_LIMIT - 3));
    expect(() => ss.addDeveloperMetadata('k', 'vv')).toThrow(/exceed 30000 characters/);
    expect(ws.spreadsheet.developerMetadata.list()).toHaveLength(1);
  });
});

describe(`developer metadata through the Sheets API, visible from both sides (${RESOURCE})`, () => {
  it('SpreadsheetApp sees what batchUpdate created, the API sees what SpreadsheetApp added', () => {
    const { ws, id } = workbook();
    const sheets = sheetsFor(ws);
    const reply = sheets.Spreadsheets.batchUpdate(
      {
        requests: [
          {
            createDeveloperMetadata: {
              developerMetadata: {
                metadataKey: 'reminders',
                metadataValue: 'on',
                location: { spreadsheet: true },
                visibility: 'PROJECT',
              },
            },
          },
        ],
      },
      id,
    );
    const created = (
      reply.replies as Array<{
        createDeveloperMetadata: { developerMetadata: { metadataId: number } };
      }>
    )[0]?.createDeveloperMetadata.developerMetadata;
    expect(created).toEqual({
      metadataId: expect.any(Number),
      metadataKey: 'reminders',
      metadataValue: 'on',
      location: { locationType: 'SPREADSHEET', spreadsheet: true },
      visibility: 'PROJECT',
    });
    const ss = spreadsheetApp(ws).getActiveSpreadsheet();
    expect(ss.getDeveloperMetadata().map((m) => [m.getId(), m.getKey(), m.getValue()])).toEqual([
      [created?.metadataId, 'reminders', 'on'],
    ]);
    ss.addDeveloperMetadata('schema', '3');
    expect(
      sheets.Spreadsheets.get(id, { fields: 'developerMetadata(metadataKey,metadataValue)' }),
    ).toEqual({
      developerMetadata: [
        { metadataKey: 'reminders', metadataValue: 'on' },
        { metadataKey: 'schema', metadataValue: '3' },
      ],
    });
  });

  it('updateDeveloperMetadata by id or key sets the fields named; deleteDeveloperMetadata removes what the filter finds', () => {
    const { ws, id } = workbook();
    const store = ws.spreadsheet.developerMetadata;
    const a = store.add({ key: 'a', value: '1', visibility: 'PROJECT' });
    store.add({ key: 'b', value: '2' });
    const sheets = sheetsFor(ws, ['drive']);
    const reply = sheets.Spreadsheets.batchUpdate(
      {
        requests: [
          {
            updateDeveloperMetadata: {
              dataFilters: [{ developerMetadataLookup: { metadataId: a.id } }],
              developerMetadata: { metadataValue: '10', metadataKey: 'ignored' },
              fields: 'metadataValue',
            },
          },
          {
            deleteDeveloperMetadata: {
              dataFilter: { developerMetadataLookup: { metadataKey: 'b' } },
            },
          },
        ],
      },
      id,
    );
    expect(store.list().map((m) => [m.key, m.value])).toEqual([['a', '10']]);
    expect(reply.replies).toEqual([
      {
        updateDeveloperMetadata: {
          developerMetadata: [
            {
              metadataId: a.id,
              metadataKey: 'a',
              metadataValue: '10',
              location: { locationType: 'SPREADSHEET', spreadsheet: true },
              visibility: 'PROJECT',
            },
          ],
        },
      },
      {
        deleteDeveloperMetadata: {
          deletedDeveloperMetadata: [
            expect.objectContaining({ metadataKey: 'b', metadataValue: '2' }),
          ],
        },
      },
    ]);
  });

  it('a metadata without a key or a visibility is refused, and the batch with it', () => {
    const { ws, id } = workbook();
    const err = caught(() =>
      sheetsFor(ws).Spreadsheets.batchUpdate(
        {
          requests: [
            {
              createDeveloperMetadata: {
                developerMetadata: {
                  metadataKey: 'ok',
                  location: { spreadsheet: true },
                  visibility: 'DOCUMENT',
                },
              },
            },
            {
              createDeveloperMetadata: {
                developerMetadata: { metadataKey: 'k', location: { spreadsheet: true } },
              },
            },
          ],
        },
        id,
      ),
    );
    expect(err).toMatchObject({
      code: 400,
      message: expect.stringMatching(/Invalid requests\[1\]\.createDeveloperMetadata: /),
    });
    expect(ws.spreadsheet.developerMetadata.list()).toEqual([]);
  });

  it('is kept with the workbook (toJSON/load), ids and all', () => {
    const { ws } = workbook();
    ws.spreadsheet.developerMetadata.add({ key: 'schema', value: '3', visibility: 'PROJECT' });
    const json = JSON.parse(JSON.stringify(ws.spreadsheet.toJSON()));
    const copy = new Workspace();
    copy.spreadsheet.load(json);
    expect(copy.spreadsheet.developerMetadata.list()).toEqual(
      ws.spreadsheet.developerMetadata.list(),
    );
    const next = copy.spreadsheet.developerMetadata.add({ key: 'n' });
    expect(ws.spreadsheet.developerMetadata.add({ key: 'n' }).id).toBe(next.id);
    const old = { ...json, developerMetadata: undefined };
    copy.spreadsheet.load(old);
    expect(copy.spreadsheet.developerMetadata.list()).toEqual([]);
  });
});
