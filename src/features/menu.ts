// Builds the "AP Placements" menu; safe in every AuthMode (touches no data).
export function onOpen(): void {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Set up workbook', 'setUpWorkbook').addToUi();
}

export function onInstall(): void {
  onOpen();
}
