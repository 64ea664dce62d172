// The editor's UI: the add-on menu, the sidebar, and the one message a person reads after an action.
export interface MenuItem {
  readonly caption: string;
  /** A top-level function of the bundle (src/main.ts). */
  readonly functionName: string;
}

/** A sub-menu of the add-on menu ("Generate documents ▸"). */
export interface SubMenu {
  readonly caption: string;
  readonly items: readonly MenuItem[];
}

/**
 * createAddonMenu works both for an installed add-on and a bound script; its caption is the
 * add-on's name. This is the only call onOpen makes, so it is safe in AuthMode.NONE.
 */
export function buildAddOnMenu(entries: readonly (MenuItem | SubMenu)[]): void {
  const ui = SpreadsheetApp.getUi();
  const menu = ui.createAddonMenu();
  for (const entry of entries) {
    if ('items' in entry) {
      const sub = ui.createMenu(entry.caption);
      for (const item of entry.items) sub.addItem(item.caption, item.functionName);
      menu.addSubMenu(sub);
    } else {
      menu.addItem(entry.caption, entry.functionName);
    }
  }
  menu.addToUi();
}

/** Opens a project HTML file (built into dist/) in the sidebar. */
export function openSidebar(file: string, title: string): void {
  const html = HtmlService.createHtmlOutputFromFile(file).setTitle(title);
  SpreadsheetApp.getUi().showSidebar(html);
}

/**
 * An alert when someone is at the editor; getUi() throws where there is no UI (a trigger, a run
 * from the script editor), and then a toast and the execution log carry the message instead.
 */
export function tellPerson(message: string): void {
  let ui: GoogleAppsScript.Base.Ui | undefined;
  try {
    ui = SpreadsheetApp.getUi();
  } catch {
    ui = undefined;
  }
  // The last step of a menu item, after its changes are made: a failure to show the message goes
  // to the Executions log rather than turning the run into an error.
  try {
    if (ui) {
      ui.alert(message);
      return;
    }
    console.log(message);
    SpreadsheetApp.getActiveSpreadsheet()?.toast(message, 'AP Placements');
  } catch (e) {
    console.warn(
      `The message could not be shown (${e instanceof Error ? e.message : String(e)}): ${message}`,
    );
  }
}

/** A Yes/No question to the person at the editor; false where there is no UI to ask in. */
export function askYesNo(question: string): boolean {
  let ui: GoogleAppsScript.Base.Ui;
  try {
    ui = SpreadsheetApp.getUi();
  } catch {
    return false;
  }
  return ui.alert('AP Placements', question, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

export type Answer = 'yes' | 'no' | 'cancel';

/** Yes, No or Cancel (closing the box is Cancel); 'cancel' where there is no UI to ask in. */
export function askYesNoCancel(title: string, question: string): Answer {
  let ui: GoogleAppsScript.Base.Ui;
  try {
    ui = SpreadsheetApp.getUi();
  } catch {
    return 'cancel';
  }
  const button = ui.alert(title, question, ui.ButtonSet.YES_NO_CANCEL);
  if (button === ui.Button.YES) return 'yes';
  return button === ui.Button.NO ? 'no' : 'cancel';
}

/** Opens a project HTML file (built into dist/) as a modal dialog over the sheet. */
export function openDialog(file: string, title: string, width: number, height: number): void {
  const html = HtmlService.createHtmlOutputFromFile(file).setWidth(width).setHeight(height);
  SpreadsheetApp.getUi().showModalDialog(html, title);
}

/** Text the person types in a prompt; undefined when they cancel or there is no UI to ask in. */
export function askForText(title: string, question: string): string | undefined {
  let ui: GoogleAppsScript.Base.Ui;
  try {
    ui = SpreadsheetApp.getUi();
  } catch {
    return undefined;
  }
  const reply = ui.prompt(title, question, ui.ButtonSet.OK_CANCEL);
  return reply.getSelectedButton() === ui.Button.OK ? reply.getResponseText() : undefined;
}
