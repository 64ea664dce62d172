// Drive.Files (v3): create, copy, get, update, list and remove, with drive.file's per-app, per-user reach.
import { directExecution } from '../../../emulator/core/direct';
import { Drive } from '../../../emulator/drive/files';
import { DOCUMENT, FOLDER } from '../../../emulator/drive/state';
import { Utilities } from '../../../emulator/services/utilities';
import { Workspace } from '../../../emulator/workspace';

const FILES = 'https://developers.google.com/drive/api/reference/rest/v3/files';
const AUTH = 'https://developers.google.com/drive/api/guides/api-specific-auth';
const SCOPE = 'https://www.googleapis.com/auth/';

function setUp(scopes = ['documents', 'drive.file'], user?: string, workspace = new Workspace()) {
  workspace.grantedScopes = new Set(scopes.map((s) => SCOPE + s));
  const exec = directExecution(workspace, { effectiveUser: user });
  return { ws: workspace, exec, Files: new Drive(exec).Files };
}

describe(`Drive.Files.create (${FILES}/create)`, () => {
  it('makes folders and Google Docs, filed under parents (My Drive by default); returns kind, id, name, mimeType unless fields asks [reported]', () => {
    const { ws, Files } = setUp();
    const folder = Files.create({ name: 'AP documents', mimeType: FOLDER });
    expect(Object.keys(folder)).toEqual(['kind', 'id', 'name', 'mimeType']);
    expect(folder.id).toHaveLength(33);
    const doc = Files.create(
      { name: 'Template', mimeType: DOCUMENT, parents: [folder.id as string] },
      undefined,
      {
        fields: 'id,parents,webViewLink,version',
      },
    );
    expect(doc).toEqual({
      id: doc.id,
      parents: [folder.id],
      webViewLink: `https://docs.google.com/document/d/${doc.id}/edit?usp=drivesdk`,
      version: '1',
    });
    expect(ws.drive.get(folder.id as string)?.parents).toEqual([ws.drive.rootId]);
    expect(ws.drive.renderText(doc.id as string)).toBe('');
  });

  it('converts an uploaded text/html blob into a Doc with headings and a table', () => {
    const { ws, exec, Files } = setUp();
    const html =
      '<h1>Plan for {{Name}}</h1><p>Hello &amp; <b>welcome</b></p><table><tr><td>Mon</td><td>9:00</td></tr></table>';
    const blob = new Utilities(exec).newBlob(html, 'text/html', 'plan.html');
    const doc = Files.create({ name: 'Plan', mimeType: DOCUMENT }, blob);
    expect(ws.drive.renderText(doc.id as string)).toBe(
      'Plan for {{Name}}\nHello & welcome\nMon\t9:00\n',
    );
    expect(ws.drive.renderHtml(doc.id as string)).toContain('<h1>Plan for {{Name}}</h1>');
  });

  it('a parent the app cannot reach is "File not found" [reported message shape]', () => {
    const { ws, Files } = setUp();
    const theirs = ws.drive.addUserFile({ name: 'Staff folder', mimeType: FOLDER });
    expect(() => Files.create({ name: 'x', parents: [theirs.id] })).toThrow(
      `API call to drive.files.create failed with error: File not found: ${theirs.id}.`,
    );
  });
});

describe(`drive.file reaches only the files the app created or opened, per user (${AUTH})`, () => {
  it('get, copy and update of a file the app did not create answer 404 File not found', () => {
    const { ws, Files } = setUp();
    const theirs = ws.drive.addUserFile({ name: 'Letter', blocks: [{ text: 'x' }] });
    for (const attempt of [
      () => Files.get(theirs.id),
      () => Files.copy({ name: 'c' }, theirs.id),
      () => Files.update({ name: 'n' }, theirs.id),
    ]) {
      expect(attempt).toThrow(
        /^API call to drive\.files\.(get|copy|update) failed with error: File not found: 1[\w-]+\.$/,
      );
    }
    expect(Files.list({}).files).toEqual([]);
  });

  it('the file becomes reachable once the user opens it with the app; full `drive` reaches everything', () => {
    const { ws, Files } = setUp();
    const theirs = ws.drive.addUserFile({ name: 'Letter' });
    ws.drive.openWithApp(theirs.id, ws.user);
    expect(Files.get(theirs.id).name).toBe('Letter');
    const other = ws.drive.addUserFile({ name: 'Other' });
    expect(setUp(['drive'], undefined, ws).Files.get(other.id).name).toBe('Other');
  });

  it('forgetApp turns an app file into one the app did not make: 404 from then on', () => {
    const { ws, Files } = setUp();
    const doc = Files.create({ name: 'Template', mimeType: DOCUMENT });
    ws.drive.forgetApp(doc.id as string);
    expect(() => Files.get(doc.id as string)).toThrow(`File not found: ${doc.id}.`);
    expect(ws.drive.get(doc.id as string)?.createdByApp).toBe(false);
  });

  it('a file the app made for one teacher is not reachable through drive.file for another', () => {
    const { ws, Files } = setUp();
    const doc = Files.create({ name: 'Template', mimeType: DOCUMENT });
    const colleague = setUp(['documents', 'drive.file'], 'teacher@example.sch.uk', ws).Files;
    expect(() => colleague.get(doc.id as string)).toThrow('File not found');
  });
});

describe(`Drive.Files.copy (${FILES}/copy)`, () => {
  it("copies a Doc with its content into the named folder; the copy is the app's, version 1", () => {
    const { ws, Files } = setUp();
    const folder = Files.create({ name: 'Out', mimeType: FOLDER });
    const template = Files.create({ name: 'Template', mimeType: DOCUMENT });
    ws.drive.personEdit(
      template.id as string,
      [{ insertText: { location: { index: 1 }, text: 'Hello {{Name}}' } }],
      ws.user,
    );
    ws.clock.advance(60_000);
    const copy = Files.copy(
      { name: 'AP-0007 Agreement 2026-11-30', parents: [folder.id as string] },
      template.id as string,
      {
        fields: 'id,name,parents,version,createdTime',
      },
    );
    expect(copy).toEqual({
      id: copy.id,
      name: 'AP-0007 Agreement 2026-11-30',
      parents: [folder.id],
      version: '1',
      createdTime: '2026-11-30T08:01:00.000Z',
    });
    expect(ws.drive.renderText(copy.id as string)).toBe('Hello {{Name}}');
    expect(ws.drive.get(copy.id as string)?.createdByApp).toBe(true);
  });

  it('without name or parents: "Copy of <name>" in the source\'s folder', () => {
    const { Files } = setUp();
    const folder = Files.create({ name: 'F', mimeType: FOLDER });
    const doc = Files.create({ name: 'T', mimeType: DOCUMENT, parents: [folder.id as string] });
    expect(Files.copy({}, doc.id as string, { fields: 'name,parents' })).toEqual({
      name: 'Copy of T',
      parents: [folder.id],
    });
  });
});

describe(`Drive.Files.get / update (${FILES}/update)`, () => {
  it('renames and moves with addParents/removeParents; every change bumps version and modifiedTime', () => {
    const { ws, Files } = setUp();
    const a = Files.create({ name: 'A', mimeType: FOLDER });
    const b = Files.create({ name: 'B', mimeType: FOLDER });
    const doc = Files.create({ name: 'Doc', mimeType: DOCUMENT, parents: [a.id as string] });
    ws.clock.advance(1000);
    const moved = Files.update({ name: 'Renamed' }, doc.id as string, null as never, {
      addParents: b.id,
      removeParents: a.id,
      fields: 'name,parents,version,modifiedTime',
    });
    expect(moved).toEqual({
      name: 'Renamed',
      parents: [b.id],
      version: '2',
      modifiedTime: '2026-11-30T08:00:01.000Z',
    });
  });

  it('refuses parents in the resource and a second parent [reported wording]', () => {
    const { Files } = setUp();
    const a = Files.create({ name: 'A', mimeType: FOLDER });
    const doc = Files.create({ name: 'Doc', mimeType: DOCUMENT });
    expect(() => Files.update({ parents: [a.id as string] }, doc.id as string)).toThrow(
      'The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead.',
    );
    expect(() => Files.update({}, doc.id as string, null as never, { addParents: a.id })).toThrow(
      'Increasing the number of parents is not allowed.',
    );
  });
});

describe(`Drive.Files.list (${FILES}/list)`, () => {
  it("lists the app's files matching q ('<id>' in parents, name, mimeType, trashed), with pages", () => {
    const { ws, Files } = setUp();
    ws.drive.addUserFile({ name: 'Not mine' });
    const folder = Files.create({ name: 'Templates', mimeType: FOLDER });
    for (const name of ['B', 'A', "Pupil's plan"])
      Files.create({ name, mimeType: DOCUMENT, parents: [folder.id as string] });
    const q = `'${folder.id}' in parents and mimeType = '${DOCUMENT}' and trashed = false`;
    const page = Files.list({
      q,
      orderBy: 'name',
      pageSize: 2,
      fields: 'nextPageToken,files(name)',
    });
    expect(page).toEqual({ nextPageToken: '2', files: [{ name: 'A' }, { name: 'B' }] });
    expect(
      Files.list({ q, orderBy: 'name', pageToken: page.nextPageToken, fields: 'files(name)' }),
    ).toEqual({
      files: [{ name: "Pupil's plan" }],
    });
    expect(Files.list({ q: "name = 'Pupil\\'s plan'" }).files?.map((f) => f.name)).toEqual([
      "Pupil's plan",
    ]);
    expect(() => Files.list({ q: 'owner is me' })).toThrow(
      'API call to drive.files.list failed with error: Invalid Value',
    );
  });
});

describe('quotas and removal', () => {
  it('Docs created per day: 250 on a consumer account, then "Service invoked too many times for one day: docs create." (PLATFORM.md)', () => {
    const { Files } = setUp(undefined, undefined, new Workspace({ account: 'consumer' }));
    for (let i = 0; i < 250; i += 1) Files.create({ name: `d${i}`, mimeType: DOCUMENT });
    expect(() => Files.create({ name: 'one more', mimeType: DOCUMENT })).toThrow(
      'Service invoked too many times for one day: docs create.',
    );
    expect(Files.create({ name: 'a folder still', mimeType: FOLDER }).name).toBe('a folder still');
  });

  it(`remove deletes the owner's file and a folder's contents (${FILES}/delete)`, () => {
    const { ws, Files } = setUp();
    const folder = Files.create({ name: 'F', mimeType: FOLDER });
    const doc = Files.create({ name: 'D', mimeType: DOCUMENT, parents: [folder.id as string] });
    Files.remove(folder.id as string);
    expect(ws.drive.get(doc.id as string)).toBeUndefined();
    expect(() => Files.get(folder.id as string)).toThrow('File not found');
  });
});
