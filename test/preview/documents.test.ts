// The Documents panel: the Google Docs the add-on made, listed and rendered inert; links to them open here.
import type { RunningPreview } from '../../preview/http';
import { HOSTILE_NAMES } from '../../preview/sample-rows';
import type { ActionResult, PreviewState, RenderedDocument } from '../../preview/shared/api';
import { linkTarget } from '../../preview/shared/links';
import { getJson, postJson, request, start, tempStateDir } from './support';

const state = tempStateDir();
let preview: RunningPreview;

beforeAll(async () => {
  preview = await start(state.dir);
});

afterAll(async () => {
  await preview.close();
  state.remove();
});

/** Selects a row of Placements, as a person would, and clicks Generate documents ▸ the item. */
async function generate(row: number, functionName: string): Promise<ActionResult> {
  await postJson(preview, '/api/select', { sheet: 'Placements', a1: `A${row}` });
  return postJson<ActionResult>(preview, '/api/menu', { functionName });
}

describe('the list', () => {
  it('starts with the five templates setup made, in the add-on’s Templates folder', async () => {
    const status = await getJson<PreviewState>(preview, '/api/state');
    expect(status.documents).toHaveLength(5);
    for (const doc of status.documents) {
      expect(doc).toMatchObject({
        folder: 'AP Placements documents / Templates',
        byAddOn: true,
        url: `https://docs.google.com/document/d/${doc.id}/edit`,
      });
      expect(doc.name).toMatch(/template$/);
    }
  });

  it('lists a generated document first, with the link the Documents sheet holds', async () => {
    // AP-0003 on row 4: the pupil named <img src=x onerror=alert(1)>.
    const result = await generate(4, 'generateParentAgreement');
    expect(result.ok).toBe(true);
    expect(result.alerts[0]?.prompt).toMatch(/^Made 1 Parent\/carer agreement/);
    const status = await getJson<PreviewState>(preview, '/api/state');
    const [newest] = status.documents;
    expect(newest).toMatchObject({
      name: expect.stringMatching(/^AP-0003 Parent-carer agreement 2026-11-30$/),
      folder: 'AP Placements documents',
      createdAt: status.now,
      byAddOn: true,
    });
    const sheet = preview.session.workspace.spreadsheet.sheet('Documents').values();
    const link = String(sheet[1]?.[sheet[0]?.indexOf('Link') ?? -1]);
    expect(link.startsWith(newest?.url ?? '-')).toBe(true);
    expect(linkTarget(link)).toEqual({ kind: 'document', id: newest?.id });
    // The alert's message lists the same link, which the page turns into "open it here".
    expect(result.alerts[0]?.prompt).toContain(link);
  });
});

describe('the rendered document', () => {
  it('comes as a whole page for a sandboxed frame, the hostile name as text', async () => {
    const status = await getJson<PreviewState>(preview, '/api/state');
    const id = status.documents[0]?.id ?? '';
    const doc = await getJson<RenderedDocument>(
      preview,
      `/api/document?id=${encodeURIComponent(id)}`,
    );
    expect(doc.text).toContain(`Our agreement about ${HOSTILE_NAMES[0]}`);
    expect(doc.srcdoc).toMatch(
      /^<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; /,
    );
    expect(doc.srcdoc).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(doc.srcdoc).not.toMatch(/<img|<script|onerror=alert\(1\)>/);
  });

  it('answers 400 for a document the Drive does not have, or a folder', async () => {
    const missing = await request(preview, 'GET', '/api/document?id=1NoSuchDocumentAtAll0000000');
    expect(missing.status).toBe(400);
    expect(JSON.parse(missing.text)).toEqual({
      ok: false,
      error: "No Google Doc with id 1NoSuchDocumentAtAll0000000 in this preview's Drive",
    });
    const folder = preview.session.workspace.drive.findByName('AP Placements documents')[0];
    const notADoc = await request(preview, 'GET', `/api/document?id=${folder?.id ?? ''}`);
    expect(notADoc.status).toBe(400);
  });
});

describe('links', () => {
  it('tells documents and rows from everything else, which the preview never opens', () => {
    const id = '1tCfslWGyubzA5elwxhY1e0xVMnWuN8toD0a1eBjGgOG';
    expect(linkTarget(`https://docs.google.com/document/d/${id}/edit?usp=drivesdk`)).toEqual({
      kind: 'document',
      id,
    });
    expect(linkTarget(`https://docs.google.com/document/d/${id}`)).toEqual({
      kind: 'document',
      id,
    });
    expect(
      linkTarget(
        'https://docs.google.com/spreadsheets/d/1EmuLatedSpreadsheetIdForTheBoundDocument000/edit#gid=1015839&range=A327',
      ),
    ).toEqual({ kind: 'sheet', gid: 1015839, a1: 'A327' });
    for (const url of [
      'https://example.com/document/d/1tCfslWGyubzA5elwxhY1e0x/edit',
      'https://docs.google.com.evil.example/document/d/1tCfslWGyubzA5elwxhY1e0x/edit',
      'javascript:alert(1)',
    ]) {
      expect(linkTarget(url)).toEqual({ kind: 'outside', url });
    }
  });

  it('gives every sheet its gid, as row links name it', async () => {
    const status = await getJson<PreviewState>(preview, '/api/state');
    const ids = new Map(status.sheets.map((s) => [s.name, s.id]));
    const book = preview.session.workspace.spreadsheet;
    expect(ids.get('Attendance')).toBe(book.sheet('Attendance').id);
    expect(new Set(ids.values()).size).toBe(status.sheets.length);
  });
});
