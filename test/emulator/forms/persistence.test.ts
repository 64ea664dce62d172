// FormsState outlives the preview's restarts: saved in its state file and loaded back.
import { restoreWorkspace, snapshot, type SavedPreview } from '../../../preview/state-file';
import { directExecution } from '../../../emulator/core/direct';
import { FormApp } from '../../../emulator/forms/form-app';
import { SpreadsheetApp } from '../../../emulator/spreadsheet';
import { attendanceForm, setUp } from './setup';

function saved() {
  const { ws, formApp } = setUp();
  const { form } = attendanceForm(formApp);
  form.setAllowResponseEdits(true);
  form.setDestination(formApp.DestinationType.SPREADSHEET, ws.spreadsheet.id);
  const first = ws.forms.submit(form.getId(), { 'Attended?': 'Yes', Notes: 'On time' });
  if (!first.ok) throw new Error(first.reason);
  return { ws, formId: form.getId(), responseId: first.responseId };
}

describe('persistence (preview/state-file.ts)', () => {
  it('FormsState.toJSON/load round-trips forms, items, responses, destination and id counters', () => {
    const { ws } = saved();
    const json = JSON.parse(JSON.stringify(ws.forms.toJSON())) as ReturnType<
      typeof ws.forms.toJSON
    >;
    const other = setUp().ws;
    other.forms.load(json);
    expect(other.forms.toJSON()).toEqual(ws.forms.toJSON());
  });

  it('a restored preview opens the form, links its sheet, keeps the response id, and issues new ids', () => {
    const { ws, formId, responseId } = saved();
    const restored = restoreWorkspace(JSON.parse(JSON.stringify(snapshot(ws, []))) as SavedPreview);
    const exec = directExecution(restored);
    const form = new FormApp(exec).openById(formId);
    expect(form.getResponses().map((r) => r.getId())).toEqual([responseId]);
    expect(restored.drive.get(formId)?.mimeType).toBe('application/vnd.google-apps.form');
    const sheet = new SpreadsheetApp(exec)
      .getActiveSpreadsheet()
      .getSheetByName('Form Responses 1');
    expect(sheet?.getFormUrl()).toBe(`https://docs.google.com/forms/d/${formId}/viewform`);
    const edited = restored.forms.submit(
      formId,
      { 'Attended?': 'No' },
      { editResponseId: responseId },
    );
    expect(edited).toMatchObject({ ok: true, responseId, row: 2 });
    const next = restored.forms.submit(formId, { 'Attended?': 'Yes' });
    expect(next).toMatchObject({ ok: true, row: 3 });
    expect(next.ok && next.responseId).not.toBe(responseId);
  });

  it('a state saved before forms existed still loads, with no forms', () => {
    const { ws } = saved();
    const older = JSON.parse(JSON.stringify(snapshot(ws, []))) as Record<string, unknown>;
    delete older.forms;
    expect(restoreWorkspace(older as unknown as SavedPreview).forms.all()).toEqual([]);
  });
});
