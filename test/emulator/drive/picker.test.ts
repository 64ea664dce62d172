// What the Google Picker grants (drive.file, per person, per picked file) and the [open] folder-as-parent switch.
import { directExecution } from '../../../emulator/core/direct';
import { Drive } from '../../../emulator/drive/files';
import { DOCUMENT, FOLDER } from '../../../emulator/drive/state';
import { Workspace } from '../../../emulator/workspace';

const SETAPPID =
  'https://developers.google.com/drive/picker/reference/picker.pickerbuilder.setappid';
const SCOPE = 'https://www.googleapis.com/auth/';
const DSL = 'dsl@example.sch.uk';
const PASTORAL = 'pastoral.lead@example.sch.uk';

function filesFor(ws: Workspace, user: string) {
  ws.grantedScopes = new Set(['documents', 'drive.file'].map((s) => SCOPE + s));
  return new Drive(directExecution(ws, { effectiveUser: user })).Files;
}

/** The DSL's run makes a folder holding a template: the app made both for the DSL only. */
function dslFiles() {
  const ws = new Workspace({ user: DSL });
  const dsl = filesFor(ws, DSL);
  const folder = String(dsl.create({ name: 'AP Placements documents', mimeType: FOLDER }).id);
  const template = String(
    dsl.create({ name: 'Parent-carer agreement template', mimeType: DOCUMENT, parents: [folder] })
      .id,
  );
  return { ws, folder, template };
}

describe(`drive.pick: what a Picker built with setAppId grants (${SETAPPID})`, () => {
  it('makes each picked file reachable in that person’s runs only', () => {
    const { ws, template } = dslFiles();
    expect(() => filesFor(ws, PASTORAL).get(template)).toThrow(`File not found: ${template}.`);
    ws.drive.pick([template], PASTORAL);
    expect(filesFor(ws, PASTORAL).get(template).name).toBe('Parent-carer agreement template');
    expect(() => filesFor(ws, 'sendco@example.sch.uk').get(template)).toThrow('File not found');
    expect(ws.drive.get(template)?.pickedBy).toEqual([PASTORAL]);
  });

  it('a picked folder grants itself, not the files already in it [reported]', () => {
    const { ws, folder, template } = dslFiles();
    ws.drive.pick([folder], PASTORAL);
    const pastoral = filesFor(ws, PASTORAL);
    expect(pastoral.get(folder).name).toBe('AP Placements documents');
    expect(() => pastoral.get(template)).toThrow('File not found');
  });

  it('a picked folder takes the copies a person makes [reported]; the [open] switch makes Drive refuse it', () => {
    const { ws, folder, template } = dslFiles();
    ws.drive.pick([folder, template], PASTORAL);
    const copy = filesFor(ws, PASTORAL).copy({ name: 'AP-0001', parents: [folder] }, template);
    expect(ws.drive.get(String(copy.id))?.parents).toEqual([folder]);
    ws.drive.pickedFoldersTakeNewFiles = false;
    expect(() =>
      filesFor(ws, PASTORAL).copy({ name: 'AP-0002', parents: [folder] }, template),
    ).toThrow(`File not found: ${folder}.`);
    // The person's own folders, and My Drive, still take files.
    expect(filesFor(ws, PASTORAL).copy({ name: 'AP-0002' }, template).id).toBeDefined();
    expect(
      filesFor(ws, DSL).copy({ name: 'AP-0003', parents: [folder] }, template).id,
    ).toBeDefined();
  });

  it('survives a snapshot (the preview saves who picked what)', () => {
    const { ws, template } = dslFiles();
    ws.drive.pick([template], PASTORAL);
    const copy = new Workspace({ user: DSL });
    copy.drive.load(ws.drive.toJSON());
    expect(filesFor(copy, PASTORAL).get(template).id).toBe(template);
  });

  it('refuses an id that is not in this Drive (a host mistake, not a Drive answer)', () => {
    const { ws } = dslFiles();
    expect(() => ws.drive.pick(['1NoSuchFile'], PASTORAL)).toThrow(
      'DriveState: no file 1NoSuchFile',
    );
  });
});
