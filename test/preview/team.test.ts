// The preview for a team (issue 12): who is at the keyboard, the add-on's dialogs, and the stand-in Picker's routes.
import type { RunningPreview } from '../../preview/http';
import { SAMPLE_USER } from '../../preview/sample-rows';
import { PICKER_STAND_IN_SETTINGS } from '../../preview/sample-workbook';
import type { ActionResult, PickerAnswer, PreviewState } from '../../preview/shared/api';
import { STAFF } from '../../preview/staff';
import { getJson, postJson, request, start, tempStateDir } from './support';

const PASTORAL = 'pastoral@example.sch.uk';
const GOOGLE_DOC = 'application/vnd.google-apps.document';
const FOLDER = 'application/vnd.google-apps.folder';

const state = tempStateDir();
let preview: RunningPreview;

beforeAll(async () => {
  preview = await start(state.dir);
});

afterAll(async () => {
  await preview.close();
  state.remove();
});

interface Setup {
  readonly ok: boolean;
  readonly oauthToken: string;
  readonly files: readonly { readonly id: string }[];
}

/** What the Connect templates dialog asks first, through the bridge: the token and the files. */
async function pickerSetup(): Promise<Setup> {
  const result = await postJson<ActionResult>(preview, '/api/run', {
    functionName: 'getPickerSetup',
    args: [],
  });
  const setup = result.value as Setup;
  if (!setup.ok) throw new Error(JSON.stringify(setup));
  return setup;
}

const sidebarGenerate = (requestId: string) =>
  postJson<ActionResult>(preview, '/api/run', {
    functionName: 'generateDocument',
    args: [{ kind: 'Parent/carer agreement', placementId: 'AP-0003', provider: '', requestId }],
  });

describe('who is at the keyboard', () => {
  it('starts as the DSL who set the workbook up, among the staff Settings names', async () => {
    expect(STAFF[0]?.email).toBe(SAMPLE_USER);
    const status = await getJson<PreviewState>(preview, '/api/state');
    expect(status.user).toBe(SAMPLE_USER);
    expect(status.staff.map((s) => s.role)).toEqual([
      'DSL',
      'Head of Pastoral Care',
      'SENDCO',
      'Attendance lead',
      'Head teacher',
    ]);
    expect(status.staff).toContainEqual({ role: 'Head of Pastoral Care', email: PASTORAL });
  });

  it('refuses anyone who is not on the staff', async () => {
    const reply = await request(preview, 'POST', '/api/user', { user: 'stranger@example.com' });
    expect(reply.status).toBe(400);
    expect(reply.text).toContain('is not one of the sample school');
  });

  it('switches: the newcomer opens the workbook, and edits and runs are theirs', async () => {
    const opened = await postJson<ActionResult>(preview, '/api/user', { user: PASTORAL });
    expect(opened.executions.map((e) => e.functionName)).toEqual(['onOpen']);
    expect((await getJson<PreviewState>(preview, '/api/state')).user).toBe(PASTORAL);
    const edits = jest.spyOn(preview.session.workspace.spreadsheet, 'userEdit');
    await postJson<ActionResult>(preview, '/api/edit', { sheet: 'Reviews', a1: 'I2', value: 'x' });
    expect(edits).toHaveBeenCalledWith(PASTORAL, 'Reviews', 'I2', [['x']]);
    edits.mockRestore();
    // The token the Picker is given is the effective user's: the run was the pastoral lead's.
    const { oauthToken } = await pickerSetup();
    expect(preview.session.workspace.oauthTokens.holder(oauthToken)?.user).toBe(PASTORAL);
  });
});

describe('the add-on’s dialogs', () => {
  it('shows Connect templates as asked, with the bridge and the stand-in Picker, until closed', async () => {
    await postJson<ActionResult>(preview, '/api/menu', { functionName: 'showConnectTemplates' });
    const shown = await getJson<PreviewState>(preview, '/api/state');
    expect(shown.dialog).toEqual({
      version: expect.any(Number),
      kind: 'modal',
      title: 'Connect templates',
      width: 760,
      height: 560,
    });
    const page = await request(preview, 'GET', '/dialog');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.text).toContain('PREVIEW_SERVER_FUNCTIONS');
    expect(page.text).toContain('Preview stand-in for the Google Picker');
    // Nothing from Google is asked for: neither its loader nor its stylesheet.
    expect(page.text).not.toContain('<script src=');
    expect(page.text).not.toContain('<link rel="stylesheet"');
    await postJson(preview, '/api/dialog/close', {});
    expect((await getJson<PreviewState>(preview, '/api/state')).dialog).toBeNull();
    expect((await request(preview, 'GET', '/dialog')).status).toBe(404);
  });

  it('closes the sidebar and the dialog when someone else sits down', async () => {
    await postJson<ActionResult>(preview, '/api/menu', { functionName: 'showSidebar' });
    await postJson<ActionResult>(preview, '/api/menu', { functionName: 'showConnectTemplates' });
    const before = await getJson<PreviewState>(preview, '/api/state');
    expect([before.sidebar?.title, before.dialog?.title]).toEqual([
      'AP Placements',
      'Connect templates',
    ]);
    await postJson<ActionResult>(preview, '/api/user', { user: PASTORAL });
    const after = await getJson<PreviewState>(preview, '/api/state');
    expect([after.sidebar, after.dialog]).toEqual([null, null]);
  });
});

describe('the stand-in Picker’s routes', () => {
  it('has the Picker settings the dialog needs, fake on sight', () => {
    const script = preview.session.workspace.properties.script;
    expect(script.getProperty('PICKER_PROJECT_NUMBER')).toBe('000000000000');
    expect(script.getProperty('PICKER_API_KEY')).toBe(PICKER_STAND_IN_SETTINGS.PICKER_API_KEY);
  });

  it('refuses a token ScriptApp never issued', async () => {
    for (const route of ['/api/picker/files', '/api/picker/pick']) {
      const reply = await request(preview, 'POST', route, { token: 'ya29.made-up', ids: [] });
      expect(reply.status).toBe(401);
      expect(JSON.parse(reply.text)).toEqual({
        ok: false,
        error: expect.stringMatching(/^The Google Picker could not sign in/),
      });
    }
  });

  it('lists the files asked for by name and type, leaving out what is not there', async () => {
    const { oauthToken, files } = await pickerSetup();
    const ids = files.map((f) => f.id);
    const answer = await postJson<PickerAnswer>(preview, '/api/picker/files', {
      token: oauthToken,
      ids: [...ids, 'no-such-file', ids[0]],
    });
    expect(answer.user).toBe(PASTORAL);
    expect(answer.files.map((f) => [f.id, f.mimeType])).toEqual(
      ids.map((id, i) => [id, i < 5 ? GOOGLE_DOC : FOLDER]),
    );
    expect(answer.files[0]?.name).toBe('Parent-carer agreement template');
    const bad = await request(preview, 'POST', '/api/picker/files', {
      token: oauthToken,
      ids: 'all of them',
    });
    expect(bad.status).toBe(400);
  });

  it('grants what is picked to the token’s holder only: then their agreement is made', async () => {
    expect(await sidebarGenerate('team-request-01')).toMatchObject({
      value: { ok: false, action: 'connect templates' },
    });
    const { oauthToken, files } = await pickerSetup();
    const ids = files.map((f) => f.id);
    const picked = await postJson<PickerAnswer>(preview, '/api/picker/pick', {
      token: oauthToken,
      ids,
    });
    expect(picked.files.map((f) => f.id)).toEqual(ids);
    const drive = preview.session.workspace.drive;
    expect(ids.map((id) => drive.get(id)?.pickedBy)).toEqual(ids.map(() => [PASTORAL]));
    expect(await sidebarGenerate('team-request-02')).toMatchObject({
      value: { ok: true, message: 'Made the Parent/carer agreement for AP-0003.' },
    });
  });

  it('refuses a token once its hour is over', async () => {
    const { oauthToken } = await pickerSetup();
    preview.session.workspace.clock.set(preview.session.workspace.clock.now() + 61 * 60_000);
    const reply = await request(preview, 'POST', '/api/picker/files', {
      token: oauthToken,
      ids: [],
    });
    expect(reply.status).toBe(401);
  });
});
