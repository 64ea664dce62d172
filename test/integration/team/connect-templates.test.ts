// Issue 12: a colleague's runs reach the DSL's templates only after picking them (drive.file is per user).
import type { Workspace } from '../../../emulator';
import { PARENT_CARER_AGREEMENT } from '../../../src/domain/documents/templates';
import type { PickerSetup, PicksRecorded } from '../../../src/shared/picker-api';
import type { FormResult } from '../../../src/shared/sidebar-api';
import {
  AWKWARD_PROVIDER,
  documentRows,
  documentsSchool,
  lastMessage,
  madeDocuments,
  setting,
} from '../documents/support';
import { placement, type School } from '../support/school';

const NOW = '2026-01-12T09:00:00Z';
const DSL = 'dsl@example.sch.uk';
const PASTORAL = 'pastoral.lead@example.sch.uk';

function team(): School {
  const s = documentsSchool(
    [1, 2].map((n) => placement(n, { Provider: AWKWARD_PROVIDER.Provider })),
    { providers: [AWKWARD_PROVIDER], now: NOW },
  );
  s.ws.properties.script.setProperty('PICKER_PROJECT_NUMBER', '123456789012');
  s.ws.properties.script.setProperty('PICKER_API_KEY', 'AIzaEmulatedPickerKey-only_for_tests');
  return s;
}

/** The school's five templates and its documents folder, as Settings records them. */
function schoolFileIds(ws: Workspace): string[] {
  return [
    ...[
      'Parent/carer agreement',
      'Provider agreement',
      'Personalised plan',
      'Local authority notification',
      'Safeguarding confirmation request',
    ].map((name) => setting(ws, `Template: ${name}`)),
    setting(ws, 'Documents folder id'),
  ];
}

function generateFromSidebar(s: School, placementId: string, requestId: string) {
  return s.addOn.call('generateDocument', {
    kind: 'Parent/carer agreement',
    placementId,
    provider: AWKWARD_PROVIDER.Provider,
    requestId,
  }) as FormResult<{ link: string }>;
}

/** As the pastoral lead: the dialog's setup, the Picker's grant, then the picks sent. */
function connect(s: School, ids: readonly string[]): PicksRecorded {
  const setup = s.addOn.call('getPickerSetup') as PickerSetup;
  if (!setup.ok) throw new Error(setup.message);
  s.ws.drive.pick(ids, s.ws.user);
  return s.addOn.call('connectPickedFiles', {
    ids: [...ids],
    requestId: 'picks-0000000001',
  }) as PicksRecorded;
}

describe('a colleague who has not connected the templates', () => {
  it('is refused from the menu with the Connect templates message, and nothing is made', () => {
    const s = team();
    s.ws.user = PASTORAL;
    s.ws.spreadsheet.select('Placements', 'A2');
    const files = s.ws.drive.all().length;
    s.addOn.run('generateParentAgreement');
    expect(lastMessage(s.ws)).toBe(
      'Nothing was made: the add-on cannot reach the Parent/carer agreement template and "AP Placements documents" folder for you. Google lets the add-on use only the files it made for you or that you picked, and these were set up by a colleague. Choose Extensions > AP Placements > Connect templates and pick the school\'s five templates and documents folder (once is enough), then choose Generate documents > Parent/carer agreement again. If you know they were deleted, choose Set up workbook to make them again.',
    );
    expect(s.ws.drive.all()).toHaveLength(files);
    expect(s.ws.drive.docsCreatedToday()).toBe(5);
    expect(documentRows(s.ws)).toEqual([]);
    expect(s.ws.meter.countOf('Drive.Files.copy', 'Docs.Documents.batchUpdate')).toBe(0);
  });

  it('is refused in the sidebar with a Connect templates action, and nothing is made', () => {
    const s = team();
    s.ws.user = PASTORAL;
    const files = s.ws.drive.all().length;
    const result = generateFromSidebar(s, 'AP-0001', 'sidebar-request-0001');
    expect(result).toMatchObject({ ok: false, action: 'connect templates' });
    expect(result.ok ? '' : result.message).toMatch(/^Nothing was made: the add-on cannot reach/);
    expect(s.ws.drive.all()).toHaveLength(files);
    expect(documentRows(s.ws)).toEqual([]);
  });

  it('sees it first in Check templates', () => {
    const s = team();
    s.ws.user = PASTORAL;
    s.addOn.run('checkTemplates');
    expect(lastMessage(s.ws).split('\n')[0]).toBe(
      'Not connected for you: Parent/carer agreement template, Provider agreement template, Personalised plan template, Local authority notification template, Safeguarding confirmation request template and "AP Placements documents" folder. The add-on can make documents for you only from files it made for you or that you picked: choose Extensions > AP Placements > Connect templates and pick them (if they were deleted, choose Set up workbook).',
    );
  });

  it('the DSL who set up is connected already: Check templates says nothing about it', () => {
    const s = team();
    s.addOn.run('checkTemplates');
    expect(lastMessage(s.ws)).not.toMatch(/Not connected/);
  });
});

describe('Connect templates', () => {
  it('opens the Picker dialog from the menu and from the sidebar', () => {
    const s = team();
    s.ws.user = PASTORAL;
    s.addOn.run('showConnectTemplates');
    s.addOn.call('showConnectTemplates');
    const dialogs = s.ws.ui.dialogs;
    expect(dialogs.map((d) => [d.kind, d.title, d.width, d.height])).toEqual([
      ['modal', 'Connect templates', 760, 560],
      ['modal', 'Connect templates', 760, 560],
    ]);
    // Google's loader for the Picker API, then the dialog's own script.
    expect(dialogs[0]?.content).toContain(
      '<script src="https://apis.google.com/js/api.js"></script>',
    );
    expect(dialogs[0]?.content).toContain('connectPickedFiles');
  });

  it('gives the dialog the project number, the key, this person’s token and the school’s six files', () => {
    const s = team();
    s.ws.user = PASTORAL;
    const setup = s.addOn.call('getPickerSetup') as PickerSetup;
    if (!setup.ok) throw new Error(setup.message);
    expect(setup.appId).toBe('123456789012');
    expect(setup.developerKey).toBe('AIzaEmulatedPickerKey-only_for_tests');
    expect(s.ws.oauthTokens.holder(setup.oauthToken)?.user).toBe(PASTORAL);
    expect(setup.files.map((f) => [f.id, f.kind, f.connected])).toEqual(
      schoolFileIds(s.ws).map((id, i) => [id, i < 5 ? 'template' : 'folder', false]),
    );
    expect(setup.files[0]?.label).toBe('Parent/carer agreement template');
    // The Picker lists files by their Drive names: the dialog is told each one setup gave.
    expect(setup.files.map((f) => f.driveName)).toEqual(
      schoolFileIds(s.ws).map((id) => s.ws.drive.get(id)?.name),
    );
    expect(setup.files[3]?.driveName).toBe('LA notification template');
  });

  it('says what the deployer must set when the Picker settings are missing', () => {
    const s = team();
    s.ws.properties.script.deleteProperty('PICKER_API_KEY');
    expect(s.addOn.call('getPickerSetup')).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^Connect templates needs the Google Picker, which whoever installed the add-on for your school has not finished setting up: the script property PICKER_API_KEY is missing/,
      ),
    });
  });

  it('records the picks: the colleague then makes exactly one document, in the school’s folder', () => {
    const s = team();
    s.ws.user = PASTORAL;
    const recorded = connect(s, schoolFileIds(s.ws));
    expect(recorded.complete).toBe(true);
    expect(recorded.message).toBe(
      "The school's templates and documents folder are connected for you: you can make documents now.",
    );
    expect(JSON.parse(s.ws.properties.snapshot('user', PASTORAL).connectedFiles ?? '[]')).toEqual(
      schoolFileIds(s.ws),
    );
    const result = generateFromSidebar(s, 'AP-0001', 'sidebar-request-0002');
    expect(result).toMatchObject({ ok: true });
    const made = madeDocuments(s.ws);
    expect(made).toHaveLength(1);
    expect(made[0]?.owner).toBe(PASTORAL);
    expect(made[0]?.parents).toEqual([setting(s.ws, 'Documents folder id')]);
    expect(documentRows(s.ws).map((r) => [r[1], r[2], r[4]])).toEqual([
      ['AP-0001', 'Parent/carer agreement', PASTORAL],
    ]);
  });

  it('lists the DSL’s and the colleague’s documents on the Documents sheet alike', () => {
    const s = team();
    s.ws.user = PASTORAL;
    connect(s, schoolFileIds(s.ws));
    expect(generateFromSidebar(s, 'AP-0001', 'sidebar-request-0003').ok).toBe(true);
    s.ws.user = DSL;
    expect(generateFromSidebar(s, 'AP-0002', 'sidebar-request-0004').ok).toBe(true);
    expect(madeDocuments(s.ws)).toHaveLength(2);
    expect(documentRows(s.ws).map((r) => [r[1], r[4]])).toEqual([
      ['AP-0001', PASTORAL],
      ['AP-0002', DSL],
    ]);
  });

  it('names what is still to pick, and a picked file that is not one Settings names', () => {
    const s = team();
    s.ws.user = PASTORAL;
    const stranger = s.ws.drive.addUserFile({ name: 'Copy of Parent/carer agreement template' });
    const ids = schoolFileIds(s.ws);
    const recorded = connect(s, [...ids.slice(0, 5), stranger.id]);
    expect(recorded.complete).toBe(false);
    expect(recorded.message).toBe(
      'Still to pick: "AP Placements documents" folder. Open the Picker again and tick it (hold Ctrl or ⌘ to pick several). "Copy of Parent/carer agreement template" is not one of the files Settings names, so the add-on does not use it: pick the files listed here, by the names shown.',
    );
    s.ws.spreadsheet.select('Placements', 'A2');
    s.addOn.run('generateParentAgreement');
    expect(lastMessage(s.ws)).toMatch(
      /^Nothing was made: the add-on cannot reach the "AP Placements documents" folder for you\./,
    );
    expect(madeDocuments(s.ws)).toHaveLength(0);
  });

  it('is safe to send twice, and refuses what the browser should never send', () => {
    const s = team();
    s.ws.user = PASTORAL;
    const ids = schoolFileIds(s.ws);
    const first = connect(s, ids);
    const again = s.addOn.call('connectPickedFiles', { ids, requestId: 'picks-0000000001' });
    expect(again).toEqual(first);
    for (const bad of [
      null,
      'ids',
      { ids: 'x' },
      { ids: Array.from({ length: 21 }, () => ids[0]) },
      { ids: ['../../etc'] },
      { ids: [], extra: 1 },
    ]) {
      expect(s.addOn.call('connectPickedFiles', bad)).toMatchObject({
        complete: false,
        message: expect.stringMatching(/^Nothing was recorded: /),
        files: [],
      });
    }
  });
});

describe('where a colleague’s documents go when Google will not file them in a picked folder [open]', () => {
  it('makes the document in their My Drive, says so, and lists it on Documents', () => {
    const s = team();
    s.ws.drive.pickedFoldersTakeNewFiles = false;
    s.ws.user = PASTORAL;
    connect(s, schoolFileIds(s.ws));
    s.ws.spreadsheet.select('Placements', 'A2');
    s.addOn.run('generateParentAgreement');
    expect(lastMessage(s.ws)).toContain(
      'The document for AP-0001 is in your own My Drive, not in the "AP Placements documents" folder: Google would not let the add-on file it there for you. Move it into that folder so colleagues can open it; the Documents sheet links it either way.',
    );
    const mine = s.ws.drive
      .children('root')
      .filter((f) => f.name.includes('Parent-carer agreement'));
    expect(mine).toHaveLength(1);
    expect(madeDocuments(s.ws)).toHaveLength(0);
    expect(documentRows(s.ws).map((r) => [r[1], r[4]])).toEqual([['AP-0001', PASTORAL]]);
  });
});

describe('Set up workbook run by a colleague', () => {
  function templateIds(ws: Workspace): string[] {
    return schoolFileIds(ws);
  }

  it('asks before replacing the school’s templates; No leaves them and says to connect', () => {
    const s = team();
    const before = templateIds(s.ws);
    const files = s.ws.drive.all().length;
    s.ws.user = PASTORAL;
    s.ws.ui.answer({ button: 'NO' });
    s.addOn.run('setUpWorkbook');
    const [question, told] = s.ws.ui.alerts.slice(-2);
    expect(question?.buttons).toBe('YES_NO_CANCEL');
    expect(question?.prompt).toMatch(
      /^Settings names Parent\/carer agreement template, .* and "AP Placements documents" folder, and the add-on cannot reach them for you\./,
    );
    expect(question?.prompt).toMatch(/Make new templates for everyone\?$/);
    expect(told?.prompt).toMatch(
      /Documents: the add-on cannot reach the .* for you, so the templates were left as they are\. If a colleague set them up, choose Extensions > AP Placements > Connect templates/,
    );
    expect(templateIds(s.ws)).toEqual(before);
    expect(s.ws.drive.all()).toHaveLength(files);
  });

  it('Cancel changes nothing at all', () => {
    const s = team();
    const settings = s.ws.spreadsheet.sheet('Settings').values();
    s.ws.user = PASTORAL;
    s.ws.ui.answer({ button: 'CANCEL' });
    s.ws.meter.reset();
    s.addOn.run('setUpWorkbook');
    expect(lastMessage(s.ws)).toBe('Set up workbook: nothing was changed.');
    expect(s.ws.spreadsheet.sheet('Settings').values()).toEqual(settings);
    expect(
      s.ws.meter.countOf('Range.set', 'Sheet.insert', 'Sheet.appendRow', 'Drive.Files.create'),
    ).toBe(0);
  });

  it('Yes makes new templates for everyone, which the colleague reaches', () => {
    const s = team();
    const before = templateIds(s.ws);
    s.ws.user = PASTORAL;
    s.ws.ui.answer({ button: 'YES' });
    s.addOn.run('setUpWorkbook');
    const after = templateIds(s.ws);
    expect(after.every((id, i) => id !== before[i])).toBe(true);
    expect(s.ws.drive.get(after[0] ?? '')?.owner).toBe(PASTORAL);
  });

  it('asks nothing once the colleague has connected, and replaces nothing', () => {
    const s = team();
    const before = templateIds(s.ws);
    s.ws.user = PASTORAL;
    connect(s, before);
    const asked = s.ws.ui.alerts.length;
    s.addOn.run('setUpWorkbook');
    expect(s.ws.ui.alerts.slice(asked).map((a) => a.buttons)).toEqual(['OK']);
    expect(templateIds(s.ws)).toEqual(before);
  });

  it('the DSL is never asked: setup remakes a template the DSL deleted, as before', () => {
    const s = team();
    const id = setting(s.ws, `Template: ${PARENT_CARER_AGREEMENT.name}`);
    s.ws.drive.forgetApp(id);
    const asked = s.ws.ui.alerts.length;
    s.addOn.run('setUpWorkbook');
    expect(s.ws.ui.alerts.slice(asked).map((a) => a.buttons)).toEqual(['OK']);
    expect(setting(s.ws, `Template: ${PARENT_CARER_AGREEMENT.name}`)).not.toBe(id);
  });
});
