// Docs.Documents (v1): create, get and batchUpdate on the Drive's Docs; reach, version bumps, write control.
import { directExecution } from '../../../emulator/core/direct';
import { Docs } from '../../../emulator/docs/docs';
import { Drive } from '../../../emulator/drive/files';
import { FOLDER } from '../../../emulator/drive/state';
import { Workspace } from '../../../emulator/workspace';

const DOCS = 'https://developers.google.com/docs/api/reference/rest/v1/documents';
const SCOPE = 'https://www.googleapis.com/auth/';

function setUp(scopes = ['documents', 'drive.file'], workspace = new Workspace()) {
  workspace.grantedScopes = new Set(scopes.map((s) => SCOPE + s));
  const exec = directExecution(workspace);
  return { ws: workspace, Documents: new Docs(exec).Documents, Files: new Drive(exec).Files };
}

describe(`Docs.Documents.create / get (${DOCS})`, () => {
  it('create makes a blank Doc with the title (other fields ignored), a Drive file the app created', () => {
    const { ws, Documents } = setUp();
    const doc = Documents.create({ title: 'Template', body: { content: [] } });
    expect(doc).toMatchObject({
      documentId: expect.any(String),
      title: 'Template',
      revisionId: expect.any(String),
    });
    expect(doc.body?.content).toEqual([
      { endIndex: 1, sectionBreak: expect.any(Object) },
      {
        startIndex: 1,
        endIndex: 2,
        paragraph: {
          elements: [{ startIndex: 1, endIndex: 2, textRun: { content: '\n', textStyle: {} } }],
          paragraphStyle: { namedStyleType: 'NORMAL_TEXT', direction: 'LEFT_TO_RIGHT' },
        },
      },
    ]);
    expect(ws.drive.get(doc.documentId as string)).toMatchObject({
      createdByApp: true,
      parents: [ws.drive.rootId],
    });
  });

  it('get with includeTabsContent puts the body in tabs[0].documentTab', () => {
    const { Documents } = setUp();
    const id = Documents.create({ title: 'T' }).documentId as string;
    const doc = Documents.get(id, { includeTabsContent: true });
    expect(doc.body).toBeUndefined();
    expect(doc.tabs?.[0]?.documentTab?.body?.content).toHaveLength(2);
  });

  it('with `documents` any Doc is reachable; with drive.file alone only the app\'s: 403 "The caller does not have permission" [reported]', () => {
    const { ws, Documents } = setUp();
    const theirs = ws.drive.addUserFile({ name: 'Letter', blocks: [{ text: 'Hi' }] });
    expect(Documents.get(theirs.id).title).toBe('Letter');
    const narrow = setUp(['drive.file'], ws).Documents;
    expect(() => narrow.get(theirs.id)).toThrow(
      'API call to docs.documents.get failed with error: The caller does not have permission',
    );
    expect(() => narrow.get('nope')).toThrow(
      'API call to docs.documents.get failed with error: Requested entity was not found.',
    );
  });

  it('a Drive file that is not a Doc: "This operation is not supported for this document" [reported]', () => {
    const { Documents, Files } = setUp();
    const folder = Files.create({ name: 'F', mimeType: FOLDER });
    expect(() => Documents.get(folder.id as string)).toThrow(
      'This operation is not supported for this document',
    );
  });
});

describe(`Docs.Documents.batchUpdate (${DOCS}/batchUpdate)`, () => {
  it("copy + one batchUpdate fills every placeholder literally and bumps the copy's version and modifiedTime", () => {
    const { ws, Documents, Files } = setUp();
    const template = ws.drive.add({
      name: 'Template',
      mimeType: 'application/vnd.google-apps.document',
      parents: [ws.drive.rootId],
      owner: ws.user,
      byApp: true,
    });
    ws.drive.personEdit(
      template.id,
      [
        {
          insertText: { location: { index: 1 }, text: 'Pupil: {{Pupil name}}\nReason: {{Reason}}' },
        },
      ],
      ws.user,
    );
    const copy = Files.copy({ name: 'AP-0001' }, template.id);
    ws.clock.advance(5000);
    const reason = 'Costs $1.50 \\ day; see {{Reason}} (a|b)';
    const response = Documents.batchUpdate(
      {
        requests: [
          {
            replaceAllText: {
              containsText: { text: '{{Pupil name}}', matchCase: true },
              replaceText: "Zoë O'Neil",
            },
          },
          {
            replaceAllText: {
              containsText: { text: '{{Reason}}', matchCase: true },
              replaceText: reason,
            },
          },
        ],
      },
      copy.id as string,
    );
    expect(response.replies).toEqual([
      { replaceAllText: { occurrencesChanged: 1 } },
      { replaceAllText: { occurrencesChanged: 1 } },
    ]);
    expect(ws.drive.renderText(copy.id as string)).toBe(`Pupil: Zoë O'Neil\nReason: ${reason}`);
    expect(ws.drive.renderText(template.id)).toBe('Pupil: {{Pupil name}}\nReason: {{Reason}}');
    expect(Files.get(copy.id as string, { fields: 'version,modifiedTime' })).toEqual({
      version: '2',
      modifiedTime: '2026-11-30T08:00:05.000Z',
    });
    expect(response.writeControl?.requiredRevisionId).toBe(
      Documents.get(copy.id as string).revisionId,
    );
  });

  it('a failing batch changes neither the body nor the version, and throws the API error', () => {
    const { ws, Documents } = setUp();
    const id = Documents.create({ title: 'T' }).documentId as string;
    Documents.batchUpdate(
      { requests: [{ insertText: { location: { index: 1 }, text: 'Keep {{x}}' } }] },
      id,
    );
    const version = ws.drive.get(id)?.version;
    expect(() =>
      Documents.batchUpdate(
        {
          requests: [
            { replaceAllText: { containsText: { text: '{{x}}' }, replaceText: 'y' } },
            { deleteContentRange: { range: { startIndex: 1, endIndex: 8 } } }, // "Keep y\n" after the first
          ],
        },
        id,
      ),
    ).toThrow(
      'API call to docs.documents.batchUpdate failed with error: Invalid requests[1].deleteContentRange: The range cannot include the newline character at the end of the segment.',
    );
    expect(ws.drive.renderText(id)).toBe('Keep {{x}}');
    expect(ws.drive.get(id)?.version).toBe(version);
  });

  it('a batch that changes nothing leaves the version alone [open]', () => {
    const { ws, Documents } = setUp();
    const id = Documents.create({ title: 'T' }).documentId as string;
    Documents.batchUpdate(
      { requests: [{ replaceAllText: { containsText: { text: 'zz' }, replaceText: 'y' } }] },
      id,
    );
    expect(ws.drive.get(id)?.version).toBe(1);
  });

  it('a person editing the Doc bumps its version, and writeControl.requiredRevisionId then fails [open wording]', () => {
    const { ws, Documents } = setUp();
    const id = Documents.create({ title: 'T' }).documentId as string;
    const seen = Documents.get(id).revisionId as string;
    ws.drive.personEdit(
      id,
      [{ insertText: { endOfSegmentLocation: {}, text: 'edited' } }],
      'head@example.sch.uk',
    );
    expect(ws.drive.get(id)).toMatchObject({
      version: 2,
      lastModifyingUser: 'head@example.sch.uk',
    });
    expect(() =>
      Documents.batchUpdate({ requests: [], writeControl: { requiredRevisionId: seen } }, id),
    ).toThrow(
      'The revision specified in the write control is not the most recent revision of the document.',
    );
  });

  it('conditional blocks: find the block with get, delete it by index in the same batch as the replacements', () => {
    const { ws, Documents } = setUp();
    const id = Documents.create({ title: 'T' }).documentId as string;
    ws.drive.personEdit(
      id,
      [
        {
          insertText: {
            location: { index: 1 },
            text: 'Intro {{Name}}\n{{#if LAC}}\nLooked-after section\n{{/if}}\nEnd',
          },
        },
      ],
      ws.user,
    );
    const paragraphs = (Documents.get(id).body?.content ?? []).filter((e) => e.paragraph);
    const text = (e: (typeof paragraphs)[number]) =>
      e.paragraph?.elements?.map((r) => r.textRun?.content).join('');
    const open = paragraphs.find((e) => text(e) === '{{#if LAC}}\n');
    const close = paragraphs.find((e) => text(e) === '{{/if}}\n');
    Documents.batchUpdate(
      {
        requests: [
          {
            deleteContentRange: {
              range: { startIndex: open?.startIndex, endIndex: close?.endIndex },
            },
          },
          { replaceAllText: { containsText: { text: '{{Name}}' }, replaceText: 'Ada' } },
        ],
      },
      id,
    );
    expect(ws.drive.renderText(id)).toBe('Intro Ada\nEnd');
  });
});
