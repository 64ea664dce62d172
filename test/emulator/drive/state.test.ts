// DriveState's host side: views for tests and the preview, a person's edits, saving and loading, the daily quota.
import { directExecution } from '../../../emulator/core/direct';
import { Docs } from '../../../emulator/docs/docs';
import { Drive } from '../../../emulator/drive/files';
import { DOCUMENT, FOLDER } from '../../../emulator/drive/state';
import { Utilities } from '../../../emulator/services/utilities';
import { Workspace } from '../../../emulator/workspace';

const SCOPE = 'https://www.googleapis.com/auth/';
const QUOTAS = 'https://developers.google.com/apps-script/guides/services/quotas#current_quotas';
const IMPORT = 'https://developers.google.com/drive/api/guides/manage-uploads#import-docs';

function setUp(workspace = new Workspace()) {
  workspace.grantedScopes = new Set([SCOPE + 'documents', SCOPE + 'drive.file']);
  const exec = directExecution(workspace);
  return { ws: workspace, exec, Files: new Drive(exec).Files, Documents: new Docs(exec).Documents };
}

describe('views', () => {
  it('renderText: a line per paragraph, a line per table row with tab-separated cells', () => {
    const { ws } = setUp();
    const f = ws.drive.addUserFile({
      name: 'Plan',
      blocks: [
        { text: 'Plan', style: 'TITLE' },
        {
          table: [
            ['Day', 'Time'],
            ['Mon', 'line 1\nline 2'],
          ],
        },
        { text: 'End' },
      ],
    });
    expect(ws.drive.renderText(f.id)).toBe('Plan\nDay\tTime\nMon\tline 1 / line 2\nEnd');
  });

  it('renderHtml escapes every character of the text, maps styles to headings and bold to strong', () => {
    const { ws } = setUp();
    const f = ws.drive.addUserFile({
      name: 'x',
      blocks: [
        { text: 'A & B', style: 'HEADING_2' },
        { text: `<script>alert("x")</script> O'Neil`, bold: true },
        { table: [['<td>']] },
      ],
    });
    expect(ws.drive.renderHtml(f.id)).toBe(
      [
        '<h2>A &amp; B</h2>',
        '<p><strong>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Neil</strong></p>',
        '<table><tr><td><p>&lt;td&gt;</p></td></tr></table>',
        '<p></p>',
      ].join('\n'),
    );
  });
});

describe('a person at the keyboard', () => {
  it('personEdit applies Docs requests as the editor would, bumping version, modifiedTime and lastModifyingUser', () => {
    const { ws } = setUp();
    const f = ws.drive.addUserFile({ name: 'T', blocks: [{ text: 'Dear {{Name}}' }] });
    ws.clock.advance(3_600_000);
    ws.drive.personEdit(
      f.id,
      [{ insertText: { location: { index: 1 }, text: 'Hello. ' } }],
      'head@example.sch.uk',
    );
    expect(ws.drive.renderText(f.id)).toBe('Hello. Dear {{Name}}');
    expect(ws.drive.get(f.id)).toMatchObject({
      version: 2,
      modifiedTime: Date.parse('2026-11-30T09:00:00Z'),
      lastModifyingUser: 'head@example.sch.uk',
    });
    expect(() =>
      ws.drive.personEdit(
        f.id,
        [{ deleteContentRange: { range: { startIndex: 1, endIndex: 99 } } }],
        'x',
      ),
    ).toThrow(/^personEdit: Invalid requests\[0\]/);
  });
});

describe('saving and loading (the preview survives restarts)', () => {
  it('toJSON/load round-trips files, bodies with styles and tables, who the app made them for, ids and quota', () => {
    const { ws, Files, Documents } = setUp();
    const folder = Files.create({ name: 'F', mimeType: FOLDER });
    const doc = Files.create({ name: 'D', mimeType: DOCUMENT, parents: [folder.id as string] });
    Documents.batchUpdate(
      {
        requests: [
          { insertText: { location: { index: 1 }, text: 'Title\nBody' } },
          {
            updateParagraphStyle: {
              range: { startIndex: 1, endIndex: 2 },
              paragraphStyle: { namedStyleType: 'HEADING_1' },
              fields: '*',
            },
          },
          {
            updateTextStyle: {
              range: { startIndex: 7, endIndex: 9 },
              textStyle: { bold: true },
              fields: 'bold',
            },
          },
          { insertTable: { rows: 1, columns: 2, endOfSegmentLocation: {} } },
        ],
      },
      doc.id as string,
    );
    const json = JSON.parse(JSON.stringify(ws.drive.toJSON()));
    const restored = setUp();
    restored.ws.drive.load(json);
    expect(restored.Documents.get(doc.id as string).body).toEqual(
      Documents.get(doc.id as string).body,
    );
    expect(restored.ws.drive.renderHtml(doc.id as string)).toBe(
      ws.drive.renderHtml(doc.id as string),
    );
    expect(restored.Files.get(folder.id as string, { fields: '*' })).toEqual(
      Files.get(folder.id as string, { fields: '*' }),
    );
    const next = restored.Files.create({ name: 'new', mimeType: DOCUMENT });
    expect(ws.drive.get(next.id as string)).toBeUndefined();
    expect(restored.ws.drive.docsCreatedToday()).toBe(2);
  });
});

describe(`Docs created per day (${QUOTAS}; 250 consumer / 1,500 Workspace, PLATFORM.md)`, () => {
  it('counts Docs.Documents.create and copies of Docs, and frees a slot 24 hours later [open: rolling window]', () => {
    const { ws, Files, Documents } = setUp(new Workspace({ account: 'consumer' }));
    const first = Documents.create({ title: 'first' });
    for (let i = 1; i < 249; i += 1) Documents.create({ title: `d${i}` });
    Files.copy({}, first.documentId as string);
    expect(ws.drive.docsCreatedToday()).toBe(250);
    expect(() => Documents.create({ title: 'too many' })).toThrow(
      'Service invoked too many times for one day: docs create.',
    );
    expect(() => Files.copy({}, first.documentId as string)).toThrow('docs create');
    ws.clock.advance(24 * 60 * 60 * 1000);
    expect(Documents.create({ title: 'next day' }).title).toBe('next day');
  });

  it('a Workspace account gets 1,500', () => {
    expect(new Workspace({ account: 'workspace' }).drive.dailyDocsLimit).toBe(1500);
  });
});

describe(`uploads converted to Docs (${IMPORT})`, () => {
  it('text/plain becomes one paragraph per line; other types are refused by the emulator [open]', () => {
    const { ws, exec, Files } = setUp();
    const u = new Utilities(exec);
    const doc = Files.create(
      { name: 'n', mimeType: DOCUMENT },
      u.newBlob('a\r\nb\n', 'text/plain'),
    );
    expect(ws.drive.renderText(doc.id as string)).toBe('a\nb');
    expect(() =>
      Files.create({ name: 'n', mimeType: DOCUMENT }, u.newBlob('x', 'application/pdf')),
    ).toThrow('cannot convert application/pdf');
  });

  it('text/html keeps entities, bold, empty paragraphs and empty cells', () => {
    const { ws, exec, Files } = setUp();
    const html =
      '<p>a&nbsp;&lt;b&gt; &#36;1 &#x5c;</p><p></p><p><b>bold</b> plain</p><table><tr><td></td><td>x</td></tr></table>';
    const doc = Files.create(
      { name: 'n', mimeType: DOCUMENT },
      new Utilities(exec).newBlob(html, 'text/html'),
    );
    expect(ws.drive.renderText(doc.id as string)).toBe('a\u00a0<b> $1 \\\n\nbold plain\n\tx\n');
    expect(ws.drive.renderHtml(doc.id as string)).toContain('<p><strong>bold</strong> plain</p>');
  });
});
