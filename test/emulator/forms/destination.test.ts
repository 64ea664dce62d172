// Form.setDestination: the "Form Responses N" sheet, its header and rows, edits in place, new columns, getFormUrl.
import { NO_SUCH_FORM } from '../../../emulator/forms/access';
import { NO_DESTINATION } from '../../../emulator/forms/form';
import { SpreadsheetApp } from '../../../emulator/spreadsheet';
import { cellA1 } from '../../../emulator/spreadsheet/a1';
import { attendanceForm, COLLEAGUE, DSL, FORM_REF, SCOPE, setUp } from './setup';

const SET_DESTINATION = `${FORM_REF}#setDestination(DestinationType,String)`;
const SHEET_FORM_URL =
  'https://developers.google.com/apps-script/reference/spreadsheet/sheet#getFormUrl()';
const BOOK_FORM_URL =
  'https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getFormUrl()';

function linked(options: Parameters<typeof setUp>[0] = {}) {
  const t = setUp(options);
  t.ws.spreadsheet.addSheet('Placements', [['Placement ID']]);
  const parts = attendanceForm(t.formApp);
  parts.form.setAllowResponseEdits(true);
  parts.form.setDestination(t.formApp.DestinationType.SPREADSHEET, t.ws.spreadsheet.id);
  return { ...t, ...parts, formId: parts.form.getId() };
}

function submit(
  ws: ReturnType<typeof setUp>['ws'],
  formId: string,
  answers: Record<string, string>,
  editResponseId?: string,
) {
  const result = ws.forms.submit(formId, answers, editResponseId ? { editResponseId } : {});
  if (!result.ok) throw new Error(result.reason);
  return result;
}

/** The used range as Sheets shows it. */
function texts(
  ws: ReturnType<typeof setUp>['ws'],
  name = 'Form Responses 1',
  book = ws.spreadsheet,
) {
  const sheet = book.sheet(name);
  return sheet
    .values()
    .map((row, r) => row.map((_, c) => sheet.cell(cellA1(r + 1, c + 1)).displayValue));
}

describe(`setDestination (${SET_DESTINATION})`, () => {
  it('makes a first sheet "Form Responses 1" [reported name], header "Timestamp" [doc: the event example] and each question in form order, frozen', () => {
    const { ws, form } = linked();
    expect(ws.spreadsheet.names()).toEqual(['Form Responses 1', 'Placements']);
    const sheet = ws.spreadsheet.sheet('Form Responses 1');
    expect(sheet.frozenRows).toBe(1);
    expect(texts(ws)).toEqual([['Timestamp', 'Attended?', 'Notes']]);
    expect(String(form.getDestinationType())).toBe('SPREADSHEET');
    expect(form.getDestinationId()).toBe(ws.spreadsheet.id);
  });

  it('a second form linked to the same spreadsheet gets "Form Responses 2" [open]', () => {
    const { ws, formApp } = linked();
    const other = attendanceForm(formApp, 'Hillside AP attendance').form;
    other.setDestination(formApp.DestinationType.SPREADSHEET, ws.spreadsheet.id);
    expect(ws.spreadsheet.names()).toEqual(['Form Responses 2', 'Form Responses 1', 'Placements']);
  });

  it('the sheet name is a switch (responsesSheetName) for Sheets that write "Form responses" [open]', () => {
    const { ws, formApp } = setUp();
    ws.forms.responsesSheetName = 'Form responses';
    attendanceForm(formApp).form.setDestination(
      formApp.DestinationType.SPREADSHEET,
      ws.spreadsheet.id,
    );
    expect(ws.spreadsheet.names()[0]).toBe('Form responses 1');
  });

  it("each new response is a row below the last, the timestamp a date-time in the spreadsheet's zone", () => {
    const { ws, formId } = linked();
    submit(ws, formId, { 'Attended?': 'Yes', Notes: '=HYPERLINK("x")' });
    ws.clock.advance(90_000);
    submit(ws, formId, { 'Attended?': 'No' });
    expect(texts(ws)).toEqual([
      ['Timestamp', 'Attended?', 'Notes'],
      ['30/11/2026 08:00:00', 'Yes', '=HYPERLINK("x")'],
      ['30/11/2026 08:01:30', 'No', ''],
    ]);
    const cell = ws.spreadsheet.sheet('Form Responses 1').cell('A2');
    expect(cell.value).toEqual(new Date('2026-11-30T08:00:00Z'));
    // An answer is text, never a formula [open].
    expect(ws.spreadsheet.sheet('Form Responses 1').cell('C2').formula).toBe('');
  });

  it('an edited response updates its own row in place, timestamp included [open: expected, not documented]', () => {
    const { ws, formId } = linked();
    const first = submit(ws, formId, { 'Attended?': 'Yes' });
    submit(ws, formId, { 'Attended?': 'No' });
    ws.clock.advance(3_600_000);
    expect(
      submit(ws, formId, { 'Attended?': 'No', Notes: 'Left early' }, first.responseId).row,
    ).toBe(2);
    expect(texts(ws).slice(1)).toEqual([
      ['30/11/2026 09:00:00', 'No', 'Left early'],
      ['30/11/2026 08:00:00', 'No', ''],
    ]);
  });

  it('responses the form already holds are written when it is linked ("All forms … save a copy of responses in the form\'s response store") [doc]', () => {
    const { ws, formApp } = setUp();
    const { form } = attendanceForm(formApp);
    submit(ws, form.getId(), { 'Attended?': 'Yes' });
    form.setDestination(formApp.DestinationType.SPREADSHEET, ws.spreadsheet.id);
    expect(texts(ws)).toEqual([
      ['Timestamp', 'Attended?', 'Notes'],
      ['30/11/2026 08:00:00', 'Yes', ''],
    ]);
  });

  it("a question added later gets a new column at the end; a deleted question's column stays [open: expected, not documented]", () => {
    const { ws, form, formId, notes } = linked();
    submit(ws, formId, { 'Attended?': 'Yes', Notes: 'On time' });
    form.deleteItem(form.getItemById(notes.getId()));
    form.addTextItem().setTitle('Staff initials');
    submit(ws, formId, { 'Attended?': 'No', 'Staff initials': 'JB' });
    expect(texts(ws)).toEqual([
      ['Timestamp', 'Attended?', 'Notes', 'Staff initials'],
      ['30/11/2026 08:00:00', 'Yes', 'On time', ''],
      ['30/11/2026 08:00:00', 'No', '', 'JB'],
    ]);
  });

  it('a form that collects addresses gets an "Email address" column (capitalisation [open])', () => {
    const { ws, form, formId } = linked();
    form.setCollectEmail(true);
    const result = ws.forms.submit(
      formId,
      { 'Attended?': 'Yes' },
      { respondentEmail: 'ap@provider.org' },
    );
    expect(result.ok).toBe(true);
    expect(texts(ws)).toEqual([
      ['Timestamp', 'Attended?', 'Notes', 'Email address'],
      ['30/11/2026 08:00:00', 'Yes', '', 'ap@provider.org'],
    ]);
  });

  it('a new form linked while collecting puts "Email address" second', () => {
    const { ws, formApp } = setUp();
    const { form } = attendanceForm(formApp);
    form
      .setCollectEmail(true)
      .setDestination(formApp.DestinationType.SPREADSHEET, ws.spreadsheet.id);
    expect(texts(ws)).toEqual([['Timestamp', 'Email address', 'Attended?', 'Notes']]);
  });

  it('a spreadsheet in Drive the user can edit may be the destination', () => {
    const { ws, formApp } = setUp();
    const record = ws.drive.addSpreadsheet(
      { name: 'Attendance archive', parents: [ws.drive.rootId], owner: DSL },
      { timeZone: 'Europe/London' },
    );
    const { form } = attendanceForm(formApp);
    form.setDestination(formApp.DestinationType.SPREADSHEET, record.id);
    const book = ws.spreadsheetById(record.id);
    expect(book.names()).toEqual(['Form Responses 1', 'Sheet1']);
    submit(ws, form.getId(), { 'Attended?': 'Yes' });
    expect(texts(ws, 'Form Responses 1', book)[1]).toEqual(['30/11/2026 08:00:00', 'Yes', '']);
  });

  it('a spreadsheet the user cannot edit, or none, is refused (wording [open])', () => {
    const { ws, formApp } = setUp();
    const theirs = ws.drive.addSpreadsheet(
      { name: 'Not mine', parents: [ws.drive.rootId], owner: COLLEAGUE },
      { timeZone: 'Europe/London' },
    );
    const { form } = attendanceForm(formApp);
    const type = formApp.DestinationType.SPREADSHEET;
    expect(() => form.setDestination(type, theirs.id)).toThrow(NO_SUCH_FORM);
    expect(() => form.setDestination(type, '1NoSuchSheet')).toThrow(NO_SUCH_FORM);
    expect(() => form.getDestinationId()).toThrow(NO_DESTINATION);
  });

  it("under spreadsheets.currentonly: allowed by default; 'refused' demands the full spreadsheets scope [open]", () => {
    const { ws, formApp } = setUp();
    ws.grantedScopes = new Set([`${SCOPE}forms`, `${SCOPE}spreadsheets.currentonly`]);
    const { form } = attendanceForm(formApp);
    const type = formApp.DestinationType.SPREADSHEET;
    expect(ws.forms.destinationUnderCurrentOnly).toBe('allowed');
    ws.forms.destinationUnderCurrentOnly = 'refused';
    expect(() => form.setDestination(type, ws.spreadsheet.id)).toThrow(
      'You do not have permission to call Form.setDestination. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
    ws.grantedScopes.add(`${SCOPE}spreadsheets`);
    form.setDestination(type, ws.spreadsheet.id);
    expect(form.getDestinationId()).toBe(ws.spreadsheet.id);
  });
});

describe(`getFormUrl (${SHEET_FORM_URL}; ${BOOK_FORM_URL}) [doc]`, () => {
  it("Sheet.getFormUrl is the linked form's URL for its response sheet, null for other sheets; Spreadsheet.getFormUrl likewise", () => {
    const { exec, form } = linked();
    const book = new SpreadsheetApp(exec).getActiveSpreadsheet();
    const url = `https://docs.google.com/forms/d/${form.getId()}/viewform`;
    expect(book.getSheetByName('Form Responses 1')?.getFormUrl()).toBe(url);
    expect(book.getSheetByName('Placements')?.getFormUrl()).toBeNull();
    expect(book.getFormUrl()).toBe(url);
  });

  it(`removeDestination unlinks: the sheet and its rows stay, getFormUrl is null (${FORM_REF}#removeDestination()) [doc]`, () => {
    const { ws, exec, form, formId } = linked();
    submit(ws, formId, { 'Attended?': 'Yes' });
    form.removeDestination();
    const book = new SpreadsheetApp(exec).getActiveSpreadsheet();
    expect(book.getSheetByName('Form Responses 1')?.getFormUrl()).toBeNull();
    expect(book.getFormUrl()).toBeNull();
    expect(texts(ws)).toHaveLength(2);
    expect(() => form.getDestinationType()).toThrow(NO_DESTINATION);
    // Later responses stay in the form's store only.
    submit(ws, formId, { 'Attended?': 'No' });
    expect(texts(ws)).toHaveLength(2);
    expect(form.getResponses()).toHaveLength(2);
  });
});
