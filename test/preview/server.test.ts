// The preview over HTTP: the page, the sample workbook, edits firing onEdit, the menu, the sidebar bridge, the clock.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RunningPreview } from '../../preview/http';
import type { ActionResult, PreviewState, SheetView } from '../../preview/shared/api';
import type { WorkbookJSON } from '../../emulator/spreadsheet';
import { HOSTILE_NAMES, SAMPLE_FAULTS, SAMPLE_NOW } from '../../preview/sample-rows';
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

const columnOf = (sheet: SheetView, header: string): number =>
  sheet.cells[0]?.findIndex((c) => c?.v === header) ?? -1;

describe('the page', () => {
  it('loads, with its script and stylesheet from this server only', async () => {
    const page = await request(preview, 'GET', '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('<script src="/app.js" defer></script>');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.text).not.toMatch(/https?:\/\//);
    const app = await request(preview, 'GET', '/app.js');
    expect(app.status).toBe(200);
    expect(app.text).toContain('/api/state');
    expect(app.text).not.toContain('innerHTML');
    expect((await request(preview, 'GET', '/styles.css')).text).toContain('.sheet');
  });

  it('prints the loopback address it listens on', () => {
    expect(preview.url).toBe(`http://127.0.0.1:${preview.port}/`);
  });
});

describe('the sample workbook', () => {
  it('lists the sheets setup created, and the add-on menu onOpen built', async () => {
    const workbook = await getJson<WorkbookJSON>(preview, '/api/workbook');
    expect(workbook.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'Placements',
        'Providers',
        'Attendance',
        'Reviews',
        'Term dates',
        'Settings',
        'Documents',
        'Log',
      ]),
    );
    const status = await getJson<PreviewState>(preview, '/api/state');
    expect(status.menus).toEqual([
      expect.objectContaining({
        caption: 'AP Placements',
        addOn: true,
        items: expect.arrayContaining([
          { type: 'item', caption: 'Set up workbook', functionName: 'setUpWorkbook' },
        ]),
      }),
    ]);
    expect(status.now).toBe(Date.parse(SAMPLE_NOW));
    expect(status.activeSheet).toBe('Placements');
  });

  it('holds the invented school, hostile names included, as plain values', async () => {
    const placements = await getJson<SheetView>(preview, '/api/sheet?name=Placements');
    const names = placements.cells
      .slice(1)
      .map((row) => row[columnOf(placements, 'Pupil name')]?.v);
    expect(names.filter(Boolean)).toHaveLength(25);
    expect(names).toEqual(expect.arrayContaining(HOSTILE_NAMES));
    const attendance = await getJson<SheetView>(preview, '/api/sheet?name=Attendance');
    expect(attendance.cells.filter((row) => row[0]?.v).length).toBeGreaterThan(100);
    const terms = await getJson<SheetView>(preview, '/api/sheet?name=Term%20dates');
    expect(terms.cells.map((row) => row.slice(0, 3).map((c) => c?.v))).toContainEqual([
      'Autumn 2',
      '02/11/2026',
      '18/12/2026',
    ]);
    const settings = await getJson<SheetView>(preview, '/api/sheet?name=Settings');
    expect(settings.cells.map((row) => row.slice(0, 2).map((c) => c?.v))).toContainEqual([
      'DSL email',
      'dsl@example.sch.uk',
    ]);
  });

  it('is mostly in order: after Validate all, 20 of 25 placements show OK, each fault as planned', async () => {
    const result = await postJson<ActionResult>(preview, '/api/menu', {
      functionName: 'validatePlacements',
    });
    expect(result.alerts[0]?.prompt).toMatch(
      /^25 placements checked: 3 with errors \(AP-0005 on row 6, AP-0018 on row 19, AP-0020 on row 21\), 2 with warnings\. 8 providers checked: 1 with warnings\. .* The first row with errors is selected \(Placements row 6\)\.$/,
    );
    const sheet = await getJson<SheetView>(preview, '/api/sheet?name=Placements');
    const id = columnOf(sheet, 'Placement ID');
    const checks = columnOf(sheet, 'Checks');
    const notOk = Object.fromEntries(
      sheet.cells
        .slice(1)
        .filter((row) => row[id]?.v && row[checks]?.v !== 'OK')
        .map((row) => [row[id]?.v, (row[checks]?.v ?? '').split(':')[0]]),
    );
    expect(notOk).toEqual({
      [SAMPLE_FAULTS.reviewOverdue]: 'Next review due',
      [SAMPLE_FAULTS.agreementAfterStart]: 'Parent agreement signed',
      [SAMPLE_FAULTS.pastPlannedEnd]: 'Planned end date',
      [SAMPLE_FAULTS.noVirtualSchoolEmail]: 'Virtual school email',
      [SAMPLE_FAULTS.concernNotReviewed]: 'Safeguarding concern date',
    });
  });
});

describe('the grid', () => {
  it('shows each cell’s display value, note, colours and weight, and its dropdown', async () => {
    const book = preview.session.workspace.spreadsheet;
    const cell = book.sheet('Providers').ensure(2, 1);
    cell.background = '#f4cccc';
    cell.fontColor = '#990000';
    const terms = await getJson<SheetView>(preview, '/api/sheet?name=Term%20dates');
    expect(terms.cells[0]?.[0]).toEqual({ v: 'Term', bold: true });
    expect(terms.cells[1]?.[0]?.note).toMatch(/^Example dates \(Derbyshire 2025\/26/);
    const providers = await getJson<SheetView>(preview, '/api/sheet?name=Providers');
    expect(providers.cells[1]?.[0]).toMatchObject({ bg: '#f4cccc', color: '#990000' });
    const placements = await getJson<SheetView>(preview, '/api/sheet?name=Placements');
    const status = placements.cells[1]?.[columnOf(placements, 'Status')];
    expect(placements.lists[status?.list ?? -1]).toEqual(expect.arrayContaining(['Active']));
    expect(placements.frozenRows).toBe(1);
  });
});

describe('actions', () => {
  it('applies an edit as a person typing, and onEdit fires', async () => {
    const result = await postJson<ActionResult>(preview, '/api/edit', {
      sheet: 'Placements',
      a1: 'L5',
      value: 'A. Parent',
    });
    expect(result.ok).toBe(true);
    expect(result.executions.map((e) => [e.functionName, e.kind])).toEqual([
      ['onEdit', 'simple-trigger'],
    ]);
    const sheet = await getJson<SheetView>(preview, '/api/sheet?name=Placements');
    expect(sheet.cells[4]?.[columnOf(sheet, 'Parent/carer name')]?.v).toBe('A. Parent');
    const status = await getJson<PreviewState>(preview, '/api/state');
    expect(status.executions[0]?.functionName).toBe('onEdit');
    expect(status.selection).toBe('L5');
  });

  it('refuses edits and menu items that do not exist', async () => {
    const bad = await request(preview, 'POST', '/api/edit', {
      sheet: 'Nowhere',
      a1: 'A1',
      value: 'x',
    });
    expect(bad.status).toBe(400);
    const notMenu = await request(preview, 'POST', '/api/menu', { functionName: 'onEdit' });
    expect(notMenu.status).toBe(400);
    expect(JSON.parse(notMenu.text)).toEqual({ ok: false, error: 'No menu item runs onEdit' });
  });

  it('runs a menu item and shows the alert it raised', async () => {
    const result = await postJson<ActionResult>(preview, '/api/menu', {
      functionName: 'setUpWorkbook',
    });
    expect(result.ok).toBe(true);
    expect(result.executions.map((e) => e.functionName)).toEqual(['setUpWorkbook']);
    expect(result.alerts[0]?.prompt).toMatch(/^Set up:/);
  });

  it('serves the sidebar the add-on opened, with google.script.run injected first', async () => {
    expect((await request(preview, 'GET', '/sidebar')).status).toBe(404);
    await postJson<ActionResult>(preview, '/api/menu', { functionName: 'showSidebar' });
    const status = await getJson<PreviewState>(preview, '/api/state');
    expect(status.sidebar?.title).toBe('AP Placements');
    const sidebar = await request(preview, 'GET', '/sidebar');
    expect(sidebar.status).toBe(200);
    expect(sidebar.headers['content-security-policy']).toContain("default-src 'none'");
    // The real dist/Sidebar.html, with two scripts added right after <head>.
    expect(sidebar.text).toMatch(/<head>\s*<script>var PREVIEW_SERVER_FUNCTIONS = \[/);
    expect(sidebar.text).toContain('"getSidebarState"');
    expect(sidebar.text).toContain('withSuccessHandler');
    const injected =
      /<script>var PREVIEW_SERVER_FUNCTIONS[^<]*<\/script><script>[\s\S]*?<\/script>/;
    // The shipped sidebar links Google's stylesheet; offline the CSP would only refuse it (a console
    // error), so the preview serves a comment in its place, and the page is otherwise unchanged.
    const googleCss =
      '<link rel="stylesheet" href="https://ssl.gstatic.com/docs/script/css/add-ons1.css" />';
    const original = readFileSync(path.resolve(__dirname, '../../dist/Sidebar.html'), 'utf8');
    expect(original).toContain(googleCss);
    expect(sidebar.text).not.toContain('gstatic');
    const served = sidebar.text.replace(injected, '');
    expect(served.replace(/<!-- preview: Google's add-on stylesheet [^>]*-->/, googleCss)).toBe(
      original,
    );
  });

  it('answers a google.script.run call with plain data', async () => {
    const result = await postJson<ActionResult>(preview, '/api/run', {
      functionName: 'getSidebarState',
      args: [],
    });
    expect(result).toMatchObject({
      ok: true,
      value: { setUp: true, missing: [], placements: { total: 25 } },
    });
    expect(result.executions[0]).toMatchObject({ functionName: 'getSidebarState', kind: 'client' });
  });

  it('fails a call as Google would: a Date argument, a private or unknown function', async () => {
    const withDate = await postJson<ActionResult>(preview, '/api/run', {
      functionName: 'getSidebarState',
      args: [{ when: { $date: '2026-11-30T08:00:00.000Z' } }],
    });
    expect(withDate).toMatchObject({ ok: false, error: expect.stringMatching(/illegal value/) });
    const unknown = await postJson<ActionResult>(preview, '/api/run', {
      functionName: 'secret_',
      args: [],
    });
    expect(unknown).toMatchObject({ ok: false, error: 'Script function not found: secret_' });
  });

  it('moves the clock, firing the time-driven triggers due and listing what ran', async () => {
    const ws = preview.session.workspace;
    const before = ws.clock.now();
    // The sample turned reminders on at 06:00: the hourly trigger's 07:00 run sends the digests.
    const result = await postJson<ActionResult>(preview, '/api/advance', { ms: 3_600_000 });
    expect(result.executions.map((e) => [e.functionName, e.kind])).toEqual([
      ['runHourlyJobs', 'time-trigger'],
    ]);
    const status = await getJson<PreviewState>(preview, '/api/state');
    expect(status.now).toBe(before + 3_600_000);
    expect(status.outbox.map((m) => m.to).sort()).toEqual([
      'attendance@example.sch.uk',
      'dsl@example.sch.uk',
      'head@example.sch.uk',
      'pastoral@example.sch.uk',
    ]);
    const bad = await request(preview, 'POST', '/api/advance', { ms: -1 });
    expect(bad.status).toBe(400);
  });

  it('closes the sidebar when google.script.host.close() asks', async () => {
    await postJson(preview, '/api/sidebar/close', {});
    expect((await getJson<PreviewState>(preview, '/api/state')).sidebar).toBeNull();
    expect((await request(preview, 'GET', '/sidebar')).status).toBe(404);
  });
});
