// Lost replies and a colleague's edits between two calls, seen through the runtime as the script sees them.
import path from 'node:path';
import { Workspace, loadAddOn, type AddOn } from '../../../emulator';
import { SERVER_ERROR } from '../../../emulator/core/meter';

const distDir = path.join(__dirname, 'fixture');
const MAIL = 'https://developers.google.com/apps-script/reference/mail/mail-app';
const SHEET = 'https://developers.google.com/apps-script/reference/spreadsheet/sheet';

function fixture(): AddOn {
  const ws = new Workspace({ now: '2026-11-30T08:00:00Z' });
  ws.spreadsheet.addSheet('Data', [['Pupil', 'Status']]);
  const addOn = loadAddOn({ workspace: ws, distDir });
  ws.meter.reset();
  return addOn;
}

// PLATFORM.md "Several people in one sheet": "A google.script.run reply can be lost after the
// server finished: every data-changing call must be safe to send twice."
describe('a lost reply: the call took effect, the script sees an error', () => {
  it('Range.setValues: the values are written; the script catches an Exception', () => {
    const addOn = fixture();
    addOn.workspace.meter.loseReplyOn('Range.setValues');
    expect(addOn.call('writeRow', 2, ['Ann', 'placed'])).toEqual({
      isError: true,
      name: 'Exception',
      message: SERVER_ERROR,
    });
    expect(addOn.workspace.spreadsheet.sheet('Data').values()).toEqual([
      ['Pupil', 'Status'],
      ['Ann', 'placed'],
    ]);
  });

  it('loseReplyAt counts calls like failAt (getActiveSpreadsheet, getSheetByName, getRange, setValues)', () => {
    const addOn = fixture();
    addOn.workspace.meter.loseReplyAt(4, 'Exceeded maximum execution time');
    expect(addOn.call('writeRow', 2, ['Ben', 'ended'])).toMatchObject({
      message: 'Exceeded maximum execution time',
    });
    expect(addOn.workspace.spreadsheet.sheet('Data').values()[1]).toEqual(['Ben', 'ended']);
    expect(addOn.workspace.meter.snapshot()['Range.setValues']).toBe(1);
  });

  it('an uncaught lost reply ends the execution with the error; the mail is in the outbox', () => {
    const addOn = fixture();
    addOn.workspace.meter.loseReplyOn('MailApp.sendEmail');
    expect(() => addOn.call('sendMail')).toThrow(SERVER_ERROR);
    expect(addOn.workspace.mail.outbox.map((m) => m.to)).toEqual(['head@example.sch.uk']);
  });
});

describe(`MailApp.getRemainingDailyQuota (${MAIL}#getRemainingDailyQuota())`, () => {
  // "Returns the number of remaining emails a user can send for the rest of the day. Quotas are
  // based on the number of email recipients."
  it('drops by the number of recipients, at once, when sendEmail succeeds', () => {
    expect(fixture().call('mailTwo')).toEqual({ before: 1500, after: 1498, error: null });
  });

  it('drops as well when the reply is lost: the mail went', () => {
    const addOn = fixture();
    addOn.workspace.meter.loseReplyOn('MailApp.sendEmail');
    expect(addOn.call('mailTwo')).toEqual({ before: 1500, after: 1498, error: SERVER_ERROR });
    expect(addOn.workspace.mail.outbox).toHaveLength(1);
  });
});

describe(`Sheet.appendRow is atomic (${SHEET}#appendRow(Object))`, () => {
  // "This operation is atomic; it prevents issues where a user asks for the last row, and then
  // writes to that row, and an intervening mutation occurs between getting the last row and
  // writing to it."
  it("appends after the row a colleague typed between the script's getLastRow and appendRow", () => {
    const addOn = fixture();
    const ws = addOn.workspace;
    // Calls: getActiveSpreadsheet, getSheetByName, getLastRow, appendRow (4th).
    ws.meter.before(4, () => {
      ws.spreadsheet.userEdit('colleague@example.sch.uk', 'Data', 'A2', [['Cara', 'typed']]);
    });
    expect(addOn.call('appendAfterReading', ['Dev', 'appended'])).toBe(1);
    expect(ws.spreadsheet.sheet('Data').values()).toEqual([
      ['Pupil', 'Status'],
      ['Cara', 'typed'],
      ['Dev', 'appended'],
    ]);
  });

  it('appends after rows a colleague inserted, and not into them', () => {
    const addOn = fixture();
    const ws = addOn.workspace;
    ws.meter.before(4, () => ws.spreadsheet.personInsertRows('Data', 2, [['Eve'], ['Fay']]));
    addOn.call('appendAfterReading', ['Gus', 'appended']);
    expect(
      ws.spreadsheet
        .sheet('Data')
        .values()
        .map((r) => r[0]),
    ).toEqual(['Pupil', 'Eve', 'Fay', 'Gus']);
  });
});

// PLATFORM.md "Several people in one sheet": "Rows can be sorted, inserted or deleted between two
// service calls of one execution, so a row number read earlier may point at another pupil by the
// time of the write."
describe("a colleague's sort between two calls moves the row a script remembered", () => {
  it('a write to a remembered row number lands on another pupil', () => {
    const addOn = fixture();
    const ws = addOn.workspace;
    ws.spreadsheet.userEdit('dsl@example.sch.uk', 'Data', 'A2', [['Zed'], ['Amy']]);
    ws.spreadsheet.sheet('Data').frozenRows = 1;
    // Calls: getActiveSpreadsheet, getSheetByName, getRange, setValues (4th).
    ws.meter.before(4, () => ws.spreadsheet.personSort('Data', 1));
    addOn.call('writeRow', 2, ['Zed', 'placed']);
    // Row 2 held Amy by then: her row is overwritten and Zed appears twice.
    expect(ws.spreadsheet.sheet('Data').values()).toEqual([
      ['Pupil', 'Status'],
      ['Zed', 'placed'],
      ['Zed', ''],
    ]);
  });
});
