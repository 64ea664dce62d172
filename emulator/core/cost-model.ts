// The documented per-call cost the emulator charges to the virtual clock when a test asks for it.
//
// Google publishes no per-call latency. PLATFORM.md records the widely reported figure ("tens to
// hundreds of ms" per service call); these numbers sit at the slow end of it so that an operation
// that fits the 6-minute budget here has headroom on Google. A call that only reads a property of
// an object already fetched (getName, getRow...) is charged like any other call: Google does not
// promise to cache them.
export type CostModel = 'none' | 'typical';

const typicalMs: ReadonlyArray<readonly [prefix: string, ms: number]> = [
  ['MailApp.sendEmail', 1000],
  ['GmailApp.', 1000],
  ['DriveApp.', 600],
  // Drive v3 / Docs v1 / Sheets v4 advanced services: assumptions at the slow end of reported latencies.
  ['Drive.Files.copy', 1000],
  ['Drive.Files.create', 1500],
  ['Drive.Files.get', 400],
  ['Drive.Files.list', 400],
  ['Docs.Documents.create', 1500],
  ['Docs.Documents.get', 400],
  ['Docs.Documents.batchUpdate', 800],
  ['Drive.', 800],
  ['Docs.', 800],
  // Sheets v4 advanced service: one HTTP round trip each, like Drive's reads and writes.
  ['Sheets.Spreadsheets.get', 400],
  ['Sheets.Spreadsheets.Values.get', 400],
  ['Sheets.Spreadsheets.Values.batchGet', 400],
  ['Sheets.', 800],
  ['DocumentApp.create', 1500],
  ['DocumentApp.openById', 800],
  ['Document.saveAndClose', 800],
  ['Range.getValues', 150],
  // The same read of the grid as getRange().getValues(), in one call.
  ['Sheet.getSheetValues', 150],
  ['Range.getDisplayValues', 150],
  ['Range.setValues', 200],
  ['Range.setNotes', 200],
  ['Range.setBackgrounds', 200],
  ['SpreadsheetApp.flush', 300],
  ['ScriptApp.newTrigger', 300],
  ['TriggerBuilder.create', 500],
];

const defaultMs = 50;

export function costOf(method: string, model: CostModel): number {
  if (model === 'none') return 0;
  for (const [prefix, ms] of typicalMs) if (method.startsWith(prefix)) return ms;
  return defaultMs;
}
