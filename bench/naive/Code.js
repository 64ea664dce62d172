// A naive "Validate all", written only for `npm run bench` (issue 14, item 5): the script a
// well-meaning teacher would write from the Apps Script tutorials, every cell read with getValue
// and every finding written with setValue, setNote and setBackground. It checks the core of the
// add-on's rules for a row (required by status, UPN check letter, dates in order, the provider
// on Providers, a review within six weeks) so that its CPU is spent on comparable work.

/* global SpreadsheetApp */

const REQUIRED = {
  Proposed: ['Pupil name', 'UPN', 'Provider', 'Reason', 'Start date'],
  Active: [
    'Pupil name',
    'UPN',
    'Provider',
    'Reason',
    'Start date',
    'Planned end date',
    'Sessions',
    'Keyworker',
    'Parent consent',
  ],
};
const UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

function headersOf(sheet) {
  const headers = {};
  for (let c = 1; c <= sheet.getLastColumn(); c += 1) {
    headers[String(sheet.getRange(1, c).getValue()).trim()] = c;
  }
  return headers;
}

function upnProblem(upn) {
  const text = String(upn).trim().toUpperCase();
  if (!/^[A-Z]\d{11}[0-9A-Z]$/.test(text)) return 'UPN is not 13 characters';
  let sum = 0;
  for (let i = 1; i < 13; i += 1) {
    const ch = text.charAt(i);
    const value = /\d/.test(ch) ? Number(ch) : UPN_LETTERS.indexOf(ch);
    sum += value * (i + 1);
  }
  return UPN_LETTERS.charAt(sum % 23) === text.charAt(0) ? '' : 'UPN check letter is wrong';
}

// Run by name in the emulator, as Apps Script runs a project's top-level function.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
function naiveValidateAll() {
  const book = SpreadsheetApp.getActiveSpreadsheet();
  const placements = book.getSheetByName('Placements');
  const providersSheet = book.getSheetByName('Providers');
  const reviewsSheet = book.getSheetByName('Reviews');
  const providerColumns = headersOf(providersSheet);
  const providers = {};
  for (let r = 2; r <= providersSheet.getLastRow(); r += 1) {
    const name = providersSheet.getRange(r, providerColumns.Provider).getValue();
    providers[String(name).trim().toLowerCase()] = true;
  }
  const reviewColumns = headersOf(reviewsSheet);
  const lastReview = {};
  for (let r = 2; r <= reviewsSheet.getLastRow(); r += 1) {
    const id = reviewsSheet.getRange(r, reviewColumns['Placement ID']).getValue();
    const date = reviewsSheet.getRange(r, reviewColumns['Review date']).getValue();
    if (date instanceof Date && (!lastReview[id] || lastReview[id] < date)) lastReview[id] = date;
  }
  const columns = headersOf(placements);
  const today = new Date();
  for (let r = 2; r <= placements.getLastRow(); r += 1) {
    const row = {};
    for (const header of Object.keys(columns)) {
      row[header] = placements.getRange(r, columns[header]).getValue();
    }
    const problems = [];
    const atFault = {};
    for (const header of REQUIRED[row.Status] || []) {
      if (row[header] === '') {
        problems.push(`${header} is blank`);
        atFault[header] = true;
      }
    }
    if (row.UPN !== '') {
      const upn = upnProblem(row.UPN);
      if (upn) {
        problems.push(upn);
        atFault.UPN = true;
      }
    }
    const start = row['Start date'];
    const end = row['Planned end date'];
    if (start instanceof Date && end instanceof Date && end < start) {
      problems.push('Planned end date is before the Start date');
      atFault['Planned end date'] = true;
    }
    if (row.Provider !== '' && !providers[String(row.Provider).trim().toLowerCase()]) {
      problems.push('Provider is not on Providers');
      atFault.Provider = true;
    }
    const reviewed = lastReview[row['Placement ID']];
    if (row.Status === 'Active' && (!reviewed || today - reviewed > 42 * 86400000)) {
      problems.push('review overdue');
    }
    placements.getRange(r, columns.Checks).setValue(problems.length ? problems.join('; ') : 'OK');
    for (const header of Object.keys(atFault)) {
      const cell = placements.getRange(r, columns[header]);
      cell.setNote(`Check: ${problems.join('; ')}`);
      cell.setBackground('#f4c7c3');
    }
  }
}
