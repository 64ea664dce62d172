// The preview's saved state keeps spreadsheets the add-on created (the yearly archive) across a restart.
import { restoreWorkspace, snapshot, type SavedPreview } from '../../preview/state-file';
import { Workspace } from '../../emulator';
import { createArchive } from '../emulator/sheets-api/setup';

const DSL = 'dsl@example.sch.uk';

it('an archive made before a restart is there after it, with its sheets, cells and Drive record', () => {
  const ws = new Workspace({ now: '2026-11-30T08:00:00Z', user: DSL });
  ws.spreadsheet.addSheet('Placements', [['Placement ID'], ['AP-0001']]);
  const { id } = createArchive(ws);
  ws.spreadsheetById(id).userEdit(DSL, 'Sheet1', 'A1', [['AP-0001', '13/10/2025']]);
  const saved = JSON.parse(JSON.stringify(snapshot(ws, []))) as SavedPreview;

  const restored = restoreWorkspace(saved);
  const archive = restored.spreadsheetById(id);
  expect(archive.name).toBe('AP placements archive 2025-26');
  expect(archive.sheet('Sheet1').values()).toEqual(ws.spreadsheetById(id).sheet('Sheet1').values());
  expect(restored.drive.get(id)).toMatchObject({ createdByApp: true, appUsers: [DSL] });
  expect(restored.spreadsheet.sheet('Placements').values()).toEqual([
    ['Placement ID'],
    ['AP-0001'],
  ]);

  // A state saved before archives existed still loads, with none.
  const { drive, ...rest } = saved;
  const older = {
    ...rest,
    drive: { ...drive, spreadsheets: undefined, spreadsheetsCreated: undefined },
  };
  expect(restoreWorkspace(JSON.parse(JSON.stringify(older)) as SavedPreview).spreadsheets).toEqual(
    [],
  );
});
