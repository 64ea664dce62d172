// Drive v3 appProperties: set by create/copy/update, returned when `fields` asks, searched with `has`.
import { directExecution } from '../../../emulator/core/direct';
import { Drive } from '../../../emulator/drive/files';
import { DOCUMENT, FOLDER } from '../../../emulator/drive/state';
import { Workspace } from '../../../emulator/workspace';

const FILE =
  'https://developers.google.com/drive/api/reference/rest/v3/files#File.FIELDS.app_properties';
const GUIDE = 'https://developers.google.com/drive/api/guides/properties';
const V2_TO_V3 = 'https://developers.google.com/drive/api/guides/v2-to-v3-reference';
const SEARCH = 'https://developers.google.com/drive/api/guides/search-files#custom';
const SCOPE = 'https://www.googleapis.com/auth/';

function setUp(user?: string, workspace = new Workspace()) {
  workspace.grantedScopes = new Set(['documents', 'drive.file'].map((s) => SCOPE + s));
  const exec = directExecution(workspace, { effectiveUser: user });
  return { ws: workspace, Files: new Drive(exec).Files };
}

/** A folder and a template in it, the template tagged as the app tags it. */
function template() {
  const s = setUp();
  const folder = s.Files.create({ name: 'AP documents', mimeType: FOLDER }).id as string;
  const id = s.Files.create({
    name: 'Template',
    mimeType: DOCUMENT,
    parents: [folder],
    appProperties: { kind: 'template', templateKey: 'agreement' },
  }).id as string;
  return { ...s, folder, id };
}

// "A collection of arbitrary key-value pairs which are private to the requesting app. Entries with
// null values are cleared in update and copy requests."
describe(`appProperties on create, get and copy (${FILE})`, () => {
  it('create stores them; get returns them only when fields asks (appProperties or *)', () => {
    const { Files, id } = template();
    expect(Files.get(id)).not.toHaveProperty('appProperties');
    expect(Files.get(id, { fields: 'id,appProperties' })).toEqual({
      id,
      appProperties: { kind: 'template', templateKey: 'agreement' },
    });
    expect(Files.get(id, { fields: '*' }).appProperties).toEqual({
      kind: 'template',
      templateKey: 'agreement',
    });
  });

  it("copy sets the request's properties over the source's; null clears one [open: that the source's carry over]", () => {
    const { Files, id, folder } = template();
    const copy = Files.copy(
      {
        name: 'AP-0007 Agreement',
        parents: [folder],
        appProperties: { kind: 'document', templateKey: null, placement: 'AP-0007' },
      },
      id,
      { fields: 'id,appProperties' },
    );
    expect(copy.appProperties).toEqual({ kind: 'document', placement: 'AP-0007' });
    expect(Files.copy({ name: 'Plain copy' }, id, { fields: 'appProperties' })).toEqual({
      appProperties: { kind: 'template', templateKey: 'agreement' },
    });
  });
});

describe(`update is a patch of appProperties; {key: null} deletes the key (${V2_TO_V3}: properties.delete is files.update with {'appProperties':{'key':null}}; ${GUIDE})`, () => {
  it('sets and removes keys, keeps the rest, and bumps the version', () => {
    const { Files, id } = template();
    const out = Files.update(
      { appProperties: { templateKey: null, revision: '3' } },
      id,
      null as never,
      { fields: 'appProperties,version' },
    );
    expect(out).toEqual({ appProperties: { kind: 'template', revision: '3' }, version: '2' });
    const none = Files.update(
      { appProperties: { kind: null, revision: null } },
      id,
      null as never,
      { fields: 'id,appProperties' },
    );
    expect(none).toEqual({ id });
  });

  it('refuses a property over 124 bytes (key + value, UTF-8) and a 31st key [doc limits; wording open]', () => {
    const { Files, id } = template();
    expect(() => Files.update({ appProperties: { k: 'x'.repeat(124) } }, id)).toThrow(
      /^API call to drive\.files\.update failed with error: The property 'k' is too large/,
    );
    Files.update({ appProperties: { k: 'é'.repeat(61) + 'x' } }, id); // 1 + 61 × 2 + 1 = 124 bytes
    const many = Object.fromEntries(Array.from({ length: 28 }, (_, i) => [`k${i}`, 'v']));
    expect(() => Files.update({ appProperties: many }, id)).toThrow(
      /at most 30 private properties/,
    );
    expect(Object.keys(Files.get(id, { fields: 'appProperties' }).appProperties ?? {})).toEqual([
      'kind',
      'templateKey',
      'k',
    ]);
  });
});

describe(`files.list: appProperties has { key='k' and value='v' } (${SEARCH})`, () => {
  it('finds files by key and value, combined with trashed and parents, with the fields asked for', () => {
    const { Files, id, folder } = template();
    const copy = Files.copy({ name: 'Copy', appProperties: { kind: 'document' } }, id).id;
    Files.create({ name: 'Elsewhere', mimeType: DOCUMENT, appProperties: { kind: 'template' } });
    const q = `appProperties has { key='kind' and value='template' } and trashed = false and '${folder}' in parents`;
    expect(Files.list({ q, fields: 'files(id,name,appProperties,webViewLink)' })).toEqual({
      files: [
        {
          id,
          name: 'Template',
          appProperties: { kind: 'template', templateKey: 'agreement' },
          webViewLink: `https://docs.google.com/document/d/${id}/edit?usp=drivesdk`,
        },
      ],
    });
    const byCopy = Files.list({
      q: "appProperties has { value='document' and key='kind' }",
      fields: 'files(id)',
    });
    expect(byCopy.files).toEqual([{ id: copy }]);
    Files.update({ trashed: true }, id);
    expect(Files.list({ q, fields: 'files(id)' }).files).toEqual([]);
  });

  it('a key without a value, or another operator, is an invalid query [reported]', () => {
    const { Files } = template();
    for (const q of ["appProperties has { key='kind' }", "appProperties = 'kind'"]) {
      expect(() => Files.list({ q })).toThrow(
        'API call to drive.files.list failed with error: Invalid Value',
      );
    }
  });

  it("under drive.file a colleague's run lists none of the files the app made for someone else (https://developers.google.com/drive/api/guides/api-specific-auth)", () => {
    const { ws, Files, id } = template();
    const q = "appProperties has { key='kind' and value='template' }";
    expect(Files.list({ q, fields: 'files(id)' }).files).toEqual([{ id }]);
    const colleague = setUp('teacher@example.sch.uk', ws).Files;
    expect(colleague.list({ q, fields: 'files(id)' }).files).toEqual([]);
    ws.drive.openWithApp(id, 'teacher@example.sch.uk');
    expect(colleague.list({ q, fields: 'files(id)' }).files).toEqual([{ id }]);
  });

  it('are kept in a snapshot of the Drive (toJSON/load), which later changes do not touch', () => {
    const { ws, Files, id } = template();
    const json = ws.drive.toJSON();
    Files.update({ appProperties: { kind: 'changed' } }, id);
    const restored = setUp().ws;
    restored.drive.load(json);
    expect(restored.drive.get(id)?.appProperties).toEqual({
      kind: 'template',
      templateKey: 'agreement',
    });
  });
});
