/* eslint-disable */
// A tiny hand-written Apps Script project that keeps a yearly archive spreadsheet (emulator tests only).

function failure(e) {
  return { isError: e instanceof Error, name: e.name, message: e.message };
}

function catching(fn) {
  try {
    return fn();
  } catch (e) {
    return failure(e);
  }
}

function makeFolder() {
  return Drive.Files.create(
    { name: 'AP Placements', mimeType: 'application/vnd.google-apps.folder' },
    undefined,
    { fields: 'id' },
  ).id;
}

/** The add-on's archive: an empty Google Sheet in its folder, tagged with the school year. */
function createArchive(folderId, year, boundId) {
  return catching(function () {
    return Drive.Files.create(
      {
        name: 'AP placements archive ' + year,
        mimeType: 'application/vnd.google-apps.spreadsheet',
        parents: [folderId],
        appProperties: { apArchive: year, apWorkbook: boundId },
      },
      undefined,
      { fields: 'id,name,webViewLink', supportsAllDrives: true },
    );
  });
}

function findArchive(year) {
  return catching(function () {
    return Drive.Files.list({
      q: "appProperties has { key='apArchive' and value='" + year + "' } and trashed = false",
      fields: 'files(id,name,webViewLink)',
      supportsAllDrives: true,
      includeItemsFromAllDrives: true,
    }).files;
  });
}

function renameFirstSheet(id, title) {
  return catching(function () {
    var sheetId = Sheets.Spreadsheets.get(id, { fields: 'sheets.properties.sheetId' }).sheets[0]
      .properties.sheetId;
    return Sheets.Spreadsheets.batchUpdate(
      {
        requests: [
          {
            updateSheetProperties: {
              properties: { sheetId: sheetId, title: title },
              fields: 'title',
            },
          },
        ],
      },
      id,
    ).replies;
  });
}

function archiveRows(id, rows) {
  return catching(function () {
    return Sheets.Spreadsheets.Values.append({ values: rows }, id, 'Placements!A1', {
      valueInputOption: 'RAW',
      insertDataOption: 'INSERT_ROWS',
    }).updates.updatedRange;
  });
}

function readArchive(id) {
  return catching(function () {
    return Sheets.Spreadsheets.Values.batchGet(id, {
      ranges: ['Placements'],
      valueRenderOption: 'UNFORMATTED_VALUE',
    }).valueRanges[0].values;
  });
}

function openByIdName(id) {
  return catching(function () {
    return SpreadsheetApp.openById(id).getName();
  });
}
