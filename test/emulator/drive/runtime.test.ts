// Drive and Docs through the runtime: enabled by the manifest, scope-checked, counted, costed, fault-injected.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Workspace, loadAddOn, type AddOn } from '../../../emulator';

const fixtureDir = path.join(__dirname, 'fixture');
const ADVANCED = 'https://developers.google.com/apps-script/guides/services/advanced';
const AUTH = 'https://developers.google.com/drive/api/guides/api-specific-auth';
const BATCH = 'https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate';

const TEMPLATE = [
  '<h1>Agreement for {{Pupil name}}</h1>',
  '<p>Reason: {{Reason}}</p>',
  '<p>{{#if}}</p><p>Looked-after section for {{Pupil name}}</p><p>{{/if}}</p>',
  // A block may not end right before a table: its last newline would be "the newline before a Table".
  '<p>Sessions</p>',
  '<table><tr><td>Day</td><td>Time</td></tr><tr><td>{{Day}}</td><td>{{Time}}</td></tr></table>',
  '<p>Signed</p>',
].join('');

/** A copy of the fixture with its manifest changed. */
function variant(change: (manifest: Record<string, unknown>) => void): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'drive-fixture-'));
  cpSync(fixtureDir, dir, { recursive: true });
  const file = path.join(dir, 'appsscript.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  change(manifest);
  writeFileSync(file, JSON.stringify(manifest));
  return dir;
}

function load(distDir = fixtureDir): AddOn {
  return loadAddOn({ workspace: new Workspace({ now: '2026-11-30T08:00:00Z' }), distDir });
}

function setUp(): { addOn: AddOn; folderId: string; templateId: string } {
  const addOn = load();
  const { folderId, templateId } = addOn.call('setUpTemplate', TEMPLATE) as Record<string, string>;
  return { addOn, folderId: folderId as string, templateId: templateId as string };
}

describe(`advanced services are globals only when the manifest enables them (${ADVANCED})`, () => {
  it('Drive and Docs exist when enabled, are undefined when not', () => {
    expect(load().call('probe')).toEqual({ Drive: 'object', Docs: 'object', DriveV3: 'undefined' });
    const plain = variant((m) => delete m.dependencies);
    expect(load(plain).call('probe')).toEqual({
      Drive: 'undefined',
      Docs: 'undefined',
      DriveV3: 'undefined',
    });
  });

  it('a service lives under its userSymbol; calls are still counted as Drive.Files.*', () => {
    const renamed = variant((m) => {
      m.dependencies = {
        enabledAdvancedServices: [{ userSymbol: 'DriveV3', serviceId: 'drive', version: 'v3' }],
      };
    });
    const addOn = load(renamed);
    expect(addOn.call('renamedSymbol')).toBe('via DriveV3');
    expect(addOn.workspace.meter.snapshot()).toEqual({ 'Drive.Files.create': 1 });
  });

  it('refuses to load a service version the emulator does not provide', () => {
    const v2 = variant((m) => {
      m.dependencies = {
        enabledAdvancedServices: [{ userSymbol: 'Drive', serviceId: 'drive', version: 'v2' }],
      };
    });
    expect(() => load(v2)).toThrow('not drive v2');
  });
});

describe('scopes', () => {
  it("without documents/drive.file the call is refused with Google's permission message", () => {
    const { addOn, folderId, templateId } = setUp();
    addOn.workspace.grantedScopes = new Set([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
    expect(() => addOn.call('generate', templateId, folderId, 'x', {}, true)).toThrow(
      'You do not have permission to call Drive.Files.copy. Required permissions: https://www.googleapis.com/auth/drive,https://www.googleapis.com/auth/drive.file',
    );
  });

  it('a simple trigger (LIMITED) cannot use Drive', () => {
    expect(() => load().open()).toThrow('You do not have permission to call Drive.Files.list');
  });

  it(`drive.file: a file the app did not create is "File not found" in the script, an Error (${AUTH}) [reported]`, () => {
    const addOn = load();
    const theirs = addOn.workspace.drive.addUserFile({ name: 'Head teacher notes' });
    expect(addOn.call('tryGet', theirs.id)).toEqual({
      isError: true,
      message: `API call to drive.files.get failed with error: File not found: ${theirs.id}.`,
    });
  });
});

describe('copy a template and fill it with one batchUpdate', () => {
  const values = {
    'Pupil name': "Zoë O'Neil",
    Reason: 'Fee $1.50 \\ day, $& {{Reason}} (a+b)*?',
    Day: 'Monday',
    Time: '09:00–12:00',
  };

  it('fills every placeholder literally, drops the conditional block, and costs three calls', () => {
    const { addOn, folderId, templateId } = setUp();
    const ws = addOn.workspace;
    ws.meter.reset();
    ws.meter.costModel = 'typical';
    const before = ws.clock.now();
    const out = addOn.call(
      'generate',
      templateId,
      folderId,
      'AP-0007 Parent-carer agreement 2026-11-30',
      values,
      false,
    ) as {
      id: string;
      link: string;
    };
    expect(ws.drive.renderText(out.id)).toBe(
      [
        `Agreement for Zoë O'Neil`,
        `Reason: ${values.Reason}`,
        'Sessions',
        'Day\tTime',
        'Monday\t09:00–12:00',
        'Signed',
      ].join('\n'),
    );
    expect(out.link).toBe(`https://docs.google.com/document/d/${out.id}/edit?usp=drivesdk`);
    expect(ws.meter.snapshot()).toEqual({
      'Docs.Documents.batchUpdate': 1,
      'Docs.Documents.get': 1,
      'Drive.Files.copy': 1,
    });
    expect(ws.clock.now() - before).toBe(1000 + 400 + 800);
    expect(ws.drive.children(folderId).map((f) => f.name)).toEqual([
      'Template',
      'AP-0007 Parent-carer agreement 2026-11-30',
    ]);
  });

  it('keeps the block when it applies', () => {
    const { addOn, folderId, templateId } = setUp();
    const out = addOn.call('generate', templateId, folderId, 'n', values, true) as { id: string };
    expect(addOn.workspace.drive.renderText(out.id)).toContain(
      "{{#if}}\nLooked-after section for Zoë O'Neil\n{{/if}}",
    );
  });

  it('renders the filled Doc as escaped HTML for the preview', () => {
    const { addOn, folderId, templateId } = setUp();
    const out = addOn.call(
      'generate',
      templateId,
      folderId,
      'n',
      { ...values, 'Pupil name': '<b>Ann</b>' },
      false,
    ) as {
      id: string;
    };
    const html = addOn.workspace.drive.renderHtml(out.id);
    expect(html).toContain('<h1>Agreement for &lt;b&gt;Ann&lt;/b&gt;</h1>');
    expect(html).toContain('<table><tr><td><p>Day</p></td>');
  });
});

describe(`atomic batches and versions (${BATCH})`, () => {
  it('an injected failure of batchUpdate leaves the copy exactly as the template, version 1', () => {
    const { addOn, folderId, templateId } = setUp();
    const ws = addOn.workspace;
    ws.meter.failOn('Docs.Documents.batchUpdate', 1, 'Service error: Docs');
    expect(() => addOn.call('generate', templateId, folderId, 'half', {}, false)).toThrow(
      'Service error: Docs',
    );
    const copy = ws.drive.findByName('half')[0];
    expect(copy && ws.drive.renderText(copy.id)).toBe(ws.drive.renderText(templateId));
    expect(copy?.version).toBe(1);
  });

  it('an invalid request fails the whole batch from the script, and the document is unchanged', () => {
    const { addOn, templateId } = setUp();
    const text = addOn.workspace.drive.renderText(templateId);
    expect(() => addOn.call('badBatch', templateId)).toThrow(
      'API call to docs.documents.batchUpdate failed with error: Invalid requests[1].deleteContentRange:',
    );
    expect(addOn.workspace.drive.renderText(templateId)).toBe(text);
  });

  it("a person's edit bumps the template's version: how the add-on tells an edited template", () => {
    const { addOn, templateId } = setUp();
    expect(addOn.call('fileInfo', templateId)).toMatchObject({ name: 'Template', version: '1' });
    addOn.workspace.drive.personEdit(
      templateId,
      [{ insertText: { location: { index: 1 }, text: 'Our ' } }],
      'head@example.sch.uk',
    );
    expect(addOn.call('fileInfo', templateId)).toMatchObject({ version: '2' });
  });
});
