// Drive through the runtime: a lost Drive.Files.copy reply leaves the copy; copies tagged and found by appProperties.
import path from 'node:path';
import { Workspace, loadAddOn, type AddOn } from '../../../emulator';
import { SERVER_ERROR } from '../../../emulator/core/meter';

const fixtureDir = path.join(__dirname, 'fixture');
const COPY = 'https://developers.google.com/drive/api/reference/rest/v3/files/copy';
const SEARCH = 'https://developers.google.com/drive/api/guides/search-files#custom';

function setUp(): { addOn: AddOn; folderId: string; templateId: string } {
  const workspace = new Workspace({ now: '2026-11-30T08:00:00Z' });
  const addOn = loadAddOn({ workspace, distDir: fixtureDir });
  const ids = addOn.call('setUpTemplate', '<p>Agreement for {{Pupil name}}</p>') as Record<
    string,
    string
  >;
  workspace.meter.reset();
  return { addOn, folderId: ids.folderId as string, templateId: ids.templateId as string };
}

// PLATFORM.md "Several people in one sheet": "A google.script.run reply can be lost after the
// server finished: every data-changing call must be safe to send twice."
describe(`a lost Drive.Files.copy reply (${COPY})`, () => {
  it('leaves the copy in the folder, counts a Doc made, and the script sees the error', () => {
    const { addOn, folderId, templateId } = setUp();
    const ws = addOn.workspace;
    const docsBefore = ws.drive.docsCreatedToday();
    ws.meter.loseReplyOn('Drive.Files.copy');
    expect(addOn.call('copyCatching', templateId, folderId, 'AP-0007 Agreement')).toEqual({
      isError: true,
      message: SERVER_ERROR,
    });
    const copies = ws.drive.findByName('AP-0007 Agreement');
    expect(copies).toHaveLength(1);
    expect(copies[0]?.parents).toEqual([folderId]);
    expect(ws.drive.renderText(copies[0]?.id as string)).toBe('Agreement for {{Pupil name}}');
    expect(ws.drive.docsCreatedToday()).toBe(docsBefore + 1);
    // Sent again, the same call makes a second copy: the add-on must look before it copies.
    addOn.call('copyCatching', templateId, folderId, 'AP-0007 Agreement');
    expect(ws.drive.findByName('AP-0007 Agreement')).toHaveLength(2);
  });
});

describe(`copies tagged with appProperties are found again with files.list (${SEARCH})`, () => {
  it('copy(resource.appProperties) then list(q: appProperties has {...} and ... in parents)', () => {
    const { addOn, folderId, templateId } = setUp();
    const out = addOn.call('tagAndFind', templateId, folderId) as {
      copy: { id: string; appProperties: Record<string, string> };
      found: Array<Record<string, unknown>>;
    };
    expect(out.copy.appProperties).toEqual({ placement: 'AP-0007', kind: 'agreement' });
    expect(out.found).toEqual([
      {
        id: out.copy.id,
        name: 'Tagged',
        appProperties: { placement: 'AP-0007', kind: 'agreement' },
        webViewLink: `https://docs.google.com/document/d/${out.copy.id}/edit?usp=drivesdk`,
      },
    ]);
    expect(addOn.workspace.meter.snapshot()).toEqual({
      'Drive.Files.copy': 1,
      'Drive.Files.list': 1,
    });
  });
});
