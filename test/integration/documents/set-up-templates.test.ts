// Set up workbook makes the documents folder and the five templates once, remakes only a lost one, and never overwrites.
import { blockElements } from '../../../src/domain/documents/model';
import { DEFAULT_TEMPLATES, PARENT_CARER_AGREEMENT } from '../../../src/domain/documents/templates';
import { loadWorkbook } from '../support/workbook';
import { lastMessage, setting, templateId } from './support';

const DOCUMENT = 'application/vnd.google-apps.document';

function setUp() {
  const loaded = loadWorkbook();
  loaded.addOn.run('setUpWorkbook');
  return loaded;
}

/**
 * The model's text as the emulator renders a Doc: a line per paragraph, a table row's cells
 * tab-separated. Docs always follows a table with a paragraph, so two tables in a row have an
 * empty one between them.
 */
function modelText(kind: (typeof DEFAULT_TEMPLATES)[number]): string {
  return kind.blocks
    .flatMap((block, i) => {
      if (block.kind !== 'table') return [...blockElements(block)];
      const rows = block.rows.map((row) => row.join('\t'));
      return kind.blocks[i + 1]?.kind === 'table' ? [...rows, ''] : rows;
    })
    .join('\n');
}

describe('setting up a new workbook makes the document templates', () => {
  const { ws } = setUp();
  const folder = setting(ws, 'Documents folder id');
  const templates = setting(ws, 'Templates folder id');

  it('makes "AP Placements documents" in My Drive, with a Templates folder in it', () => {
    expect(ws.drive.get(folder)).toMatchObject({
      name: 'AP Placements documents',
      parents: [ws.drive.rootId],
    });
    expect(ws.drive.get(templates)).toMatchObject({ name: 'Templates', parents: [folder] });
  });

  it('records every id on Settings, below the school’s own settings', () => {
    const names = ws.spreadsheet
      .sheet('Settings')
      .values()
      .map((r) => r[0]);
    const recorded = [
      'Documents folder id',
      'Templates folder id',
      ...DEFAULT_TEMPLATES.map((k) => `Template: ${k.name}`),
    ];
    expect(names.slice(-recorded.length)).toEqual(recorded);
    expect(names.indexOf('Email detail')).toBeLessThan(names.indexOf('Documents folder id'));
  });

  it.each(DEFAULT_TEMPLATES.map((k) => [k.name, k] as const))(
    'writes the %s template in the Templates folder, its text exactly the model’s',
    (_name, kind) => {
      const doc = ws.drive.get(templateId(ws, kind));
      expect(doc).toMatchObject({ mimeType: DOCUMENT, parents: [templates], trashed: false });
      expect(ws.drive.renderText(templateId(ws, kind))).toBe(modelText(kind));
    },
  );

  it('gives the title and headings their Docs styles and bolds each table’s header row', () => {
    const html = ws.drive.renderHtml(templateId(ws, PARENT_CARER_AGREEMENT));
    expect(html).toMatch(/^<h1 class="title">Our agreement about \{\{Pupil name\}\}/);
    expect(html).toContain('<h1>Who this agreement is between</h1>');
    expect(html).toContain('<h2>Notice of an off-site direction</h2>');
    expect(html).toContain('<td><p><strong>Timetable</strong></p></td>');
    expect(html).toContain('<h3>Parent/carer</h3>');
  });

  it('says what it made in the setup message', () => {
    expect(lastMessage(ws)).toContain(
      'Documents: made the folder "AP Placements documents" in your Drive; made the folder "Templates" in "AP Placements documents"; made 5 templates (Parent/carer agreement, Provider agreement, Personalised plan, Local authority notification, Safeguarding confirmation request) in "Templates"',
    );
  });
});

describe('setting up again', () => {
  it('makes nothing and says nothing about documents when all is in place', () => {
    const { ws, addOn } = setUp();
    const files = JSON.stringify(ws.drive.toJSON());
    ws.meter.reset();
    addOn.run('setUpWorkbook');
    expect(JSON.stringify(ws.drive.toJSON())).toBe(files);
    expect(ws.meter.countOf('Drive.Files.create', 'Drive.Files.copy', 'Docs.')).toBe(0);
    expect(lastMessage(ws)).toBe(
      'Set up: every sheet and column is already in place; nothing changed.',
    );
  });

  it('never overwrites a template a person has edited', () => {
    const { ws, addOn } = setUp();
    const id = templateId(ws, PARENT_CARER_AGREEMENT);
    ws.drive.personEdit(
      id,
      [{ insertText: { location: { index: 1 }, text: 'Our own: ' } }],
      ws.user,
    );
    const edited = ws.drive.renderText(id);
    const version = ws.drive.get(id)?.version;
    addOn.run('setUpWorkbook');
    expect(ws.drive.renderText(id)).toBe(edited);
    expect(ws.drive.get(id)?.version).toBe(version);
    expect(templateId(ws, PARENT_CARER_AGREEMENT)).toBe(id);
  });

  it.each([
    ['deleted', 'was deleted, or the add-on cannot open it for you'],
    ['in the bin', 'is in the bin'],
  ])('remakes a template that was %s, points Settings at it, and says so', (how, said) => {
    const { ws, addOn } = setUp();
    const old = templateId(ws, PARENT_CARER_AGREEMENT);
    const others = DEFAULT_TEMPLATES.slice(1).map((k) => templateId(ws, k));
    if (how === 'deleted') ws.drive.remove(old);
    else (ws.drive.get(old) ?? { trashed: false }).trashed = true;
    ws.meter.reset();
    addOn.run('setUpWorkbook');
    const fresh = templateId(ws, PARENT_CARER_AGREEMENT);
    expect(fresh).not.toBe(old);
    expect(ws.drive.renderText(fresh)).toBe(modelText(PARENT_CARER_AGREEMENT));
    expect(DEFAULT_TEMPLATES.slice(1).map((k) => templateId(ws, k))).toEqual(others);
    expect(ws.meter.countOf('Drive.Files.create')).toBe(1);
    expect(lastMessage(ws)).toBe(
      `Set up: every sheet and column is already in place. Documents: made a new Parent/carer agreement template (the one recorded, ${old}, ${said}).`,
    );
    // The recorded row was updated in place, not added again.
    const rows = ws.spreadsheet.sheet('Settings').values();
    expect(rows.filter((r) => r[0] === 'Template: Parent/carer agreement')).toHaveLength(1);
  });

  it('remakes a lost folder, and files new templates in it', () => {
    const { ws, addOn } = setUp();
    ws.drive.remove(setting(ws, 'Templates folder id'));
    for (const kind of DEFAULT_TEMPLATES) ws.drive.remove(templateId(ws, kind));
    addOn.run('setUpWorkbook');
    const templates = setting(ws, 'Templates folder id');
    expect(ws.drive.get(templates)?.parents).toEqual([setting(ws, 'Documents folder id')]);
    expect(ws.drive.children(templates)).toHaveLength(5);
    expect(lastMessage(ws)).toContain(
      'made the folder "Templates" in "AP Placements documents" (the one recorded on Settings was deleted, or the add-on cannot open it for you)',
    );
  });
});

describe('a failure part-way through making the templates', () => {
  it('keeps the sheets, records what was made, and the next run finishes without duplicates', () => {
    const { ws, addOn } = loadWorkbook();
    // The third Drive.Files.create is the first template (after the two folders).
    ws.meter.failOn('Drive.Files.create', 4, 'Internal error encountered.');
    addOn.run('setUpWorkbook');
    expect(lastMessage(ws)).toContain(
      'could not finish the document templates (Internal error encountered.); the sheets are ready — choose Set up workbook again to finish',
    );
    expect(ws.spreadsheet.sheet('Placements').values()[0]).toContain('Pupil name');
    const first = templateId(ws, DEFAULT_TEMPLATES[0] ?? PARENT_CARER_AGREEMENT);
    expect(first).not.toBe('');
    expect(templateId(ws, DEFAULT_TEMPLATES[1] ?? PARENT_CARER_AGREEMENT)).toBe('');
    addOn.run('setUpWorkbook');
    expect(templateId(ws, DEFAULT_TEMPLATES[0] ?? PARENT_CARER_AGREEMENT)).toBe(first);
    const docs = ws.drive.all().filter((f) => f.mimeType === DOCUMENT && !f.trashed);
    expect(docs).toHaveLength(5);
  });

  it('puts a template whose writing failed in the bin rather than recording an empty one', () => {
    const { ws, addOn } = loadWorkbook();
    ws.meter.failOn('Docs.Documents.batchUpdate', 1, 'Internal error encountered.');
    addOn.run('setUpWorkbook');
    expect(templateId(ws, PARENT_CARER_AGREEMENT)).toBe('');
    const trashed = ws.drive.all().filter((f) => f.mimeType === DOCUMENT && f.trashed);
    expect(trashed).toHaveLength(1);
    expect(ws.drive.renderText(trashed[0]?.id ?? '')).toBe('');
  });
});

describe('Restore default templates', () => {
  it('makes fresh copies, points Settings at them, and leaves the old (edited) ones untouched', () => {
    const { ws, addOn } = setUp();
    const old = DEFAULT_TEMPLATES.map((k) => templateId(ws, k));
    const edited = old[0] ?? '';
    ws.drive.personEdit(
      edited,
      [{ insertText: { location: { index: 1 }, text: 'Our own wording. ' } }],
      ws.user,
    );
    const before = old.map((id) => [ws.drive.renderText(id), ws.drive.get(id)?.version]);
    addOn.run('restoreDefaultTemplates');
    const fresh = DEFAULT_TEMPLATES.map((k) => templateId(ws, k));
    fresh.forEach((id, i) => {
      expect(old).not.toContain(id);
      const kind = DEFAULT_TEMPLATES[i] ?? PARENT_CARER_AGREEMENT;
      expect(ws.drive.renderText(id)).toBe(modelText(kind));
    });
    expect(old.map((id) => [ws.drive.renderText(id), ws.drive.get(id)?.version])).toEqual(before);
    expect(old.every((id) => ws.drive.get(id)?.trashed === false)).toBe(true);
    expect(lastMessage(ws)).toBe(
      [
        'Made fresh default templates (Parent/carer agreement, Provider agreement, Personalised plan, Local authority notification, Safeguarding confirmation request) in "Templates"; Settings now points at them. The old templates are left as they were, in case you want to copy your own wording from them; the add-on no longer uses them:',
        ...DEFAULT_TEMPLATES.map((k, i) => `${k.name}: ${old[i] ?? ''}`),
      ].join('\n'),
    );
    const log = ws.spreadsheet.sheet('Log').values();
    expect(log[log.length - 1]?.[2]).toBe('Restore default templates');
  });
});
