// The provider's view over HTTP (issue 17): the forms listed, one rendered as its respondents see it,
// answers sent as JSON through the add-on's on-form-submit trigger into Attendance, closed forms'
// messages, and every form text escaped.
import type { RunningPreview } from '../../preview/http';
import type { ActionResult, FormSubmitAnswer, SheetView } from '../../preview/shared/api';
import type { FormRecord } from '../../emulator/forms/records';
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

const HOSTILE = '<img src=x onerror=alert(1)>';
const FORMULA = '=HYPERLINK("x")';

const forms = () => preview.session.workspace.forms;

function providerForm(): FormRecord {
  const form = forms()
    .all()
    .find((f) => f.title.startsWith('Riverside Skills Centre:') && f.acceptingResponses);
  if (!form) throw new Error('No open form for Riverside Skills Centre');
  return form;
}

const itemTitled = (form: FormRecord, title: string) => {
  const item = form.items.find((i) => i.title === title);
  if (!item) throw new Error(`No item "${title}" on ${form.title}`);
  return item;
};

/** Attendance rows as objects by header. */
async function attendance(): Promise<Record<string, string>[]> {
  const sheet = await getJson<SheetView>(preview, '/api/sheet?name=Attendance');
  const [header = [], ...rows] = sheet.cells;
  return rows
    .filter((row) => row.some((cell) => cell?.v))
    .map((row) => Object.fromEntries(header.map((h, i) => [h?.v ?? '', row[i]?.v ?? ''])));
}

describe("the provider's view", () => {
  it('is linked from the main page, and says so when there are no forms yet', async () => {
    const main = await request(preview, 'GET', '/');
    expect(main.text).toContain(`<a class="provider-view" href="/forms">Provider's view</a>`);
    const list = await request(preview, 'GET', '/forms');
    expect(list.status).toBe(200);
    expect(list.headers['content-security-policy']).toContain("default-src 'none'");
    expect(list.headers['content-security-policy']).toContain("form-action 'none'");
    expect(list.text).toContain('No forms yet.');
  });

  it("lists each provider's form once provider returns are on (the add-on made them)", async () => {
    const turned = await postJson<ActionResult>(preview, '/api/menu', {
      functionName: 'turnProviderReturnsOn',
    });
    expect(turned.ok).toBe(true);
    expect(turned.alerts[0]?.prompt).toMatch(/^Provider returns is On\. \d+ forms made/);
    const list = await request(preview, 'GET', '/forms');
    for (const form of forms().all()) {
      expect(list.text).toContain(`<a href="/forms/${form.id}">`);
    }
    expect(list.text).toContain('Riverside Skills Centre: attendance for Exampleton Academy');
    expect(list.text).toContain('Accepting responses');
  });

  it('renders a form: title, description, multiple choice as radios, text as inputs, paragraphs as textareas', async () => {
    const form = providerForm();
    const page = await request(preview, 'GET', `/forms/${form.id}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.text).toContain('<script src="/provider-form.js" defer></script>');
    expect(page.text).toContain(`<h1>${form.title}</h1>`);
    expect(page.text).toContain('<p class="description">For each session on Mon 30 Nov 2026');
    const day = itemTitled(form, 'Day of this return');
    expect(page.text).toContain(
      `<input type="radio" name="item-${day.id}" id="item-${day.id}-0" value="Mon 30 Nov 2026" required />`,
    );
    const mark = form.items.find((i) => i.type === 'MULTIPLE_CHOICE' && i !== day);
    expect(mark?.choices).toEqual(['Present', 'Late', 'Absent', 'No session today']);
    expect(page.text).toContain(`<input type="radio" name="item-${mark?.id}"`);
    const reason = form.items.find((i) => i.type === 'TEXT');
    expect(page.text).toContain(`<input type="text" id="item-${reason?.id}"`);
    const paragraph = itemTitled(form, 'Anything the school must know today');
    expect(paragraph.type).toBe('PARAGRAPH_TEXT');
    expect(page.text).toContain(`<textarea id="item-${paragraph.id}"`);
    // No such form, or an id that is not one.
    expect((await request(preview, 'GET', '/forms/no-such-form')).status).toBe(404);
    expect((await request(preview, 'GET', '/forms/%3Cscript%3E')).status).toBe(404);
    const script = await request(preview, 'GET', '/provider-form.js');
    expect(script.text).toContain('/api/forms/submit');
    expect(script.text).not.toContain('innerHTML');
  });

  it("takes a provider's answers: the response is stored and the add-on writes Attendance", async () => {
    const form = providerForm();
    const day = itemTitled(form, 'Day of this return');
    const morning = form.items.find((i) => / \([A-Z.]+\), morning$/.test(i.title));
    if (!morning) throw new Error('No morning session on the form');
    const placementId = morning.title.split(' ')[0] ?? '';
    const reason = itemTitled(form, `${morning.title}: reason if absent or late`);
    const before = (await attendance()).length;
    const answer = await postJson<FormSubmitAnswer>(preview, '/api/forms/submit', {
      formId: form.id,
      answers: {
        [day.id]: 'Mon 30 Nov 2026',
        [morning.id]: 'Late',
        [reason.id]: `Bus late ${HOSTILE}`,
      },
    });
    expect(answer).toMatchObject({ submitted: true, message: form.confirmationMessage });
    expect(answer.message).not.toBe('');
    expect(answer.executions?.map((e) => [e.functionName, e.kind, e.error])).toEqual([
      [expect.any(String), 'installable-trigger', undefined],
    ]);
    expect(form.responses).toHaveLength(1);
    const rows = await attendance();
    expect(rows.length).toBe(before + 1);
    expect(rows.find((r) => r['Placement ID'] === placementId && r.Mark === 'Late')).toMatchObject({
      Session: 'AM',
      'Reported by': expect.stringMatching(/@provider\.example$/),
    });
    // The list counts it.
    const list = await request(preview, 'GET', '/forms');
    expect(list.text).toContain('1 response · owner');
  });

  it('refuses answers Google would refuse, with its words: a required question unanswered', async () => {
    const form = providerForm();
    const answer = await postJson<FormSubmitAnswer>(preview, '/api/forms/submit', {
      formId: form.id,
      answers: {},
    });
    expect(answer).toMatchObject({
      submitted: false,
      message: '"Day of this return": This is a required question',
    });
    expect(form.responses).toHaveLength(1);
  });

  it("shows Google's closed message on a form that takes no answers, and refuses them", async () => {
    const closed = forms().addPersonForm({ title: 'Old attendance form' });
    forms().addItem(closed.id, 'TEXT', 'Name');
    closed.acceptingResponses = false;
    const page = await request(preview, 'GET', `/forms/${closed.id}`);
    expect(page.text).toContain('<h1>Old attendance form</h1>');
    expect(page.text).toContain(
      'The form Old attendance form is no longer accepting responses.\nTry contacting the owner of the form if you think that this is a mistake.',
    );
    expect(page.text).not.toContain('<form');
    // A custom message, as the add-on sets on a provider's form it closes.
    closed.customClosedFormMessage = 'This form is closed: the school no longer uses it.';
    const custom = await request(preview, 'GET', `/forms/${closed.id}`);
    expect(custom.text).toContain(
      '<p class="closed" role="status">This form is closed: the school no longer uses it.</p>',
    );
    const refused = await postJson<FormSubmitAnswer>(preview, '/api/forms/submit', {
      formId: closed.id,
      answers: { Name: 'Someone' },
    });
    expect(refused).toMatchObject({
      submitted: false,
      message: 'This form is closed: the school no longer uses it.',
    });
    expect(closed.responses).toHaveLength(0);
    const list = await request(preview, 'GET', '/forms');
    expect(list.text).toMatch(/Old attendance form<\/a>\s*<span class="status closed">Closed/);
  });

  it('escapes hostile text in titles, descriptions, questions, choices, messages and answers', async () => {
    const form = forms().addPersonForm({ title: `${HOSTILE} form` });
    form.description = `"><script>alert(1)</script>`;
    const choice = forms().addItem(form.id, 'MULTIPLE_CHOICE', HOSTILE, {
      choices: [FORMULA, `"><img src=x onerror=alert(2)>`],
      helpText: '</p><script>alert(3)</script>',
    });
    const text = forms().addItem(form.id, 'TEXT', FORMULA);
    forms().addItem(form.id, 'PARAGRAPH_TEXT', '</textarea><script>alert(4)</script>');
    forms().addItem(form.id, 'SECTION_HEADER', '<b>Section</b>');
    const page = await request(preview, 'GET', `/forms/${form.id}`);
    expect(page.text).not.toMatch(/<img|<script>|<\/textarea><script|<b>/i);
    expect(page.text).toContain('<h1>&#60;img src=x onerror=alert(1)&#62; form</h1>');
    expect(page.text).toContain(
      '<p class="description">&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;</p>',
    );
    expect(page.text).toContain(
      `value="=HYPERLINK(&#34;x&#34;)" /> =HYPERLINK(&#34;x&#34;)</label>`,
    );
    expect(page.text).toContain('<h2>&#60;b&#62;Section&#60;/b&#62;</h2>');
    const list = await request(preview, 'GET', '/forms');
    expect(list.text).toContain('&#60;img src=x onerror=alert(1)&#62; form</a>');
    expect(list.text).not.toContain(HOSTILE);
    // Answers are taken as text, exactly as typed.
    const answer = await postJson<FormSubmitAnswer>(preview, '/api/forms/submit', {
      formId: form.id,
      answers: { [choice.id]: FORMULA, [text.id]: HOSTILE },
    });
    expect(answer).toEqual({
      submitted: true,
      message: 'Your response has been recorded.',
      responseId: expect.any(String),
      executions: [],
    });
    expect(form.responses[0]?.answers).toEqual([
      { itemId: choice.id, response: FORMULA },
      { itemId: text.id, response: HOSTILE },
    ]);
    // A closed form's hostile message stays text too.
    form.acceptingResponses = false;
    form.customClosedFormMessage = `${HOSTILE}\n${FORMULA}`;
    const closed = await request(preview, 'GET', `/forms/${form.id}`);
    expect(closed.text).toContain(
      '&#60;img src=x onerror=alert(1)&#62;\n=HYPERLINK(&#34;x&#34;)</p>',
    );
  });

  it('takes answers only as JSON from its own page, as every other action', async () => {
    const form = providerForm();
    const body = { formId: form.id, answers: {} };
    const crossSite = await request(preview, 'POST', '/api/forms/submit', body, {
      Origin: 'http://attacker.example',
    });
    expect(crossSite.status).toBe(403);
    const posted = await request(preview, 'POST', '/api/forms/submit', undefined, {
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    expect(posted.status).toBe(400);
    const unknown = await request(preview, 'POST', '/api/forms/submit', {
      formId: 'no-such-form',
      answers: {},
    });
    expect(unknown.status).toBe(400);
    expect(JSON.parse(unknown.text)).toEqual({
      ok: false,
      error: 'No form with id no-such-form in this preview',
    });
    const notText = await request(preview, 'POST', '/api/forms/submit', {
      formId: form.id,
      answers: { x: 1 },
    });
    expect(notText.status).toBe(400);
    expect(form.responses).toHaveLength(1);
  });
});
