// Ui, Menu and PromptResponse record what the add-on shows, answered from UiState's queue.
import { directExecution } from '../../../emulator/core/direct';
import { KIND } from '../../../emulator/core/emulated';
import { HtmlService } from '../../../emulator/services/html';
import { Ui } from '../../../emulator/services/ui';
import { Workspace } from '../../../emulator/workspace';

function setUp() {
  const workspace = new Workspace();
  const exec = directExecution(workspace);
  return { workspace, exec, ui: new Ui(exec), html: new HtmlService(exec) };
}

const OK_CANCEL = 'OK_CANCEL' as unknown as GoogleAppsScript.Base.ButtonSet;
const YES_NO = 'YES_NO' as unknown as GoogleAppsScript.Base.ButtonSet;

describe('Menu (https://developers.google.com/apps-script/reference/base/menu)', () => {
  it('addToUi records the menu tree with items, separators and submenus', () => {
    const { workspace, ui } = setUp();
    const sub = ui.createMenu('Reports').addItem('Weekly', 'weeklyReport');
    ui.createMenu('Placements')
      .addItem('Check rows', 'checkRows')
      .addSeparator()
      .addSubMenu(sub)
      .addToUi();
    expect(workspace.ui.menu('Placements')).toEqual({
      caption: 'Placements',
      addOn: false,
      items: [
        { type: 'item', caption: 'Check rows', functionName: 'checkRows' },
        { type: 'separator' },
        {
          type: 'submenu',
          menu: {
            caption: 'Reports',
            addOn: false,
            items: [{ type: 'item', caption: 'Weekly', functionName: 'weeklyReport' }],
          },
        },
      ],
    });
  });

  it('a second addToUi with the same caption replaces the first (onOpen runs on every open)', () => {
    const { workspace, ui } = setUp();
    ui.createMenu('Placements').addItem('Old', 'old').addToUi();
    ui.createMenu('Placements').addItem('New', 'fresh').addToUi();
    expect(workspace.ui.menus).toHaveLength(1);
    expect(workspace.ui.menu('Placements')?.items).toEqual([
      { type: 'item', caption: 'New', functionName: 'fresh' },
    ]);
  });

  it('records a snapshot: changing the Menu after addToUi does not change the UI', () => {
    const { workspace, ui } = setUp();
    const menu = ui.createMenu('Placements').addItem('One', 'one');
    menu.addToUi();
    menu.addItem('Two', 'two');
    expect(workspace.ui.menu('Placements')?.items).toHaveLength(1);
  });

  it('createAddonMenu is captioned with the add-on name and marked as the add-on menu (https://developers.google.com/apps-script/reference/base/ui#createAddonMenu())', () => {
    const { workspace, ui } = setUp();
    workspace.ui.addOnName = 'AP Placements';
    ui.createAddonMenu().addItem('Open sidebar', 'openSidebar').addToUi();
    expect(workspace.ui.addOnMenu).toMatchObject({ caption: 'AP Placements', addOn: true });
  });

  it('addSubMenu rejects something that is not a Menu', () => {
    const { ui } = setUp();
    expect(() =>
      ui.createMenu('X').addSubMenu({} as unknown as GoogleAppsScript.Base.Menu),
    ).toThrow('Invalid argument: menu');
  });
});

describe('Ui.showSidebar / dialogs (https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object))', () => {
  it('records the sidebar title and HTML content', () => {
    const { workspace, ui, html, exec } = setUp();
    ui.showSidebar(html.createHtmlOutput('<p>Hello</p>').setTitle('Placements'));
    expect(workspace.ui.sidebar).toMatchObject({
      kind: 'sidebar',
      title: 'Placements',
      content: '<p>Hello</p>',
      executionId: exec.id,
    });
  });

  it('showModalDialog and showModelessDialog record the given title and size', () => {
    const { workspace, ui, html } = setUp();
    ui.showModalDialog(html.createHtmlOutput('a').setWidth(400).setHeight(200), 'Confirm');
    ui.showModelessDialog(html.createHtmlOutput('b'), 'Info');
    expect(workspace.ui.dialogs).toEqual([
      expect.objectContaining({ kind: 'modal', title: 'Confirm', width: 400, height: 200 }),
      expect.objectContaining({ kind: 'modeless', title: 'Info', content: 'b' }),
    ]);
    expect(workspace.ui.sidebar).toBeUndefined();
  });

  it('only an HtmlOutput can be shown (a template must be evaluated first)', () => {
    const { ui, html } = setUp();
    const template = html.createTemplate('<p/>') as unknown as GoogleAppsScript.HTML.HtmlOutput;
    expect(() => ui.showSidebar(template)).toThrow('Invalid argument: userInterface');
  });
});

describe('Ui.alert / prompt (https://developers.google.com/apps-script/reference/base/ui#alert(String,String,ButtonSet))', () => {
  it('Button and ButtonSet are enums whose values are their names', () => {
    const { ui } = setUp();
    expect(ui.Button).toEqual({ CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' });
    expect(Object.keys(ui.ButtonSet)).toEqual(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
  });

  it('an OK-only alert with no queued answer returns OK and is recorded', () => {
    const { workspace, ui } = setUp();
    expect(ui.alert('Saved')).toBe('OK');
    expect(workspace.ui.alerts).toEqual([
      { kind: 'alert', title: '', prompt: 'Saved', buttons: 'OK', answer: { button: 'OK' } },
    ]);
  });

  it('an alert with a choice and no queued answer throws a host error asking for one', () => {
    const { ui } = setUp();
    expect(() => ui.alert('Delete?', YES_NO)).toThrow(/needs an answer.*workspace\.ui\.answer/);
  });

  it('answers come from the queue, in order, with the (title, prompt, buttons) form', () => {
    const { workspace, ui } = setUp();
    workspace.ui.answer({ button: 'NO' }).answer({ button: 'CLOSE' });
    expect(ui.alert('Confirm', 'Delete row 4?', YES_NO)).toBe('NO');
    expect(ui.alert('Delete row 5?', YES_NO)).toBe('CLOSE');
    expect(workspace.ui.alerts.map((a) => [a.title, a.prompt, a.answer.button])).toEqual([
      ['Confirm', 'Delete row 4?', 'NO'],
      ['', 'Delete row 5?', 'CLOSE'],
    ]);
  });

  it('a queued button the dialog does not show is a test mistake', () => {
    const { workspace, ui } = setUp();
    workspace.ui.answer({ button: 'YES' });
    expect(() => ui.alert('Go on?', OK_CANCEL)).toThrow(/not a button of OK_CANCEL/);
  });

  it('an unknown ButtonSet is rejected', () => {
    const { ui } = setUp();
    expect(() => ui.alert('x', 'MAYBE' as unknown as GoogleAppsScript.Base.ButtonSet)).toThrow(
      'Invalid argument: buttons',
    );
  });

  it('prompt returns a PromptResponse with the queued text and button (https://developers.google.com/apps-script/reference/base/prompt-response)', () => {
    const { workspace, ui } = setUp();
    workspace.ui.answer({ button: 'OK', text: 'Year 9' });
    const response = ui.prompt('Which year group?', OK_CANCEL);
    expect(response.getResponseText()).toBe('Year 9');
    expect(response.getSelectedButton()).toBe('OK');
    expect(response[KIND]).toBe('PromptResponse');
  });

  it('prompt always needs a queued answer', () => {
    const { ui } = setUp();
    expect(() => ui.prompt('Name?')).toThrow(/needs an answer/);
  });
});
