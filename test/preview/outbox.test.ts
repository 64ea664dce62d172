// The outbox: each digest's headers and plain text, and its HTML body as an inert sandboxed page.
import { createHash } from 'node:crypto';
import { FRAME_CSS, FRAME_STYLE_SOURCE, framedPage } from '../../preview/frames';
import type { RunningPreview } from '../../preview/http';
import { PAGE_CSP } from '../../preview/page';
import { HOSTILE_NAMES, SAMPLE_FAULTS } from '../../preview/sample-rows';
import type { ActionResult, PreviewState, RenderedMail } from '../../preview/shared/api';
import { getJson, postJson, request, start, tempStateDir } from './support';

const state = tempStateDir();
let preview: RunningPreview;
let status: PreviewState;

beforeAll(async () => {
  preview = await start(state.dir);
  await postJson<ActionResult>(preview, '/api/clock', { shortcut: 'reminder-hour' });
  status = await getJson<PreviewState>(preview, '/api/state');
});

afterAll(async () => {
  await preview.close();
  state.remove();
});

it('lists each digest with to, subject, time and plain text, newest first', () => {
  expect(status.outbox.map((m) => [m.index, m.to])).toEqual([
    [3, 'attendance@example.sch.uk'],
    [2, 'head@example.sch.uk'],
    [1, 'pastoral@example.sch.uk'],
    [0, 'dsl@example.sch.uk'],
  ]);
  const pastoral = status.outbox.find((m) => m.to === 'pastoral@example.sch.uk');
  expect(pastoral).toMatchObject({
    subject: 'AP placements: 2 urgent, 2 for today, 4 coming up – Exampleton Academy',
    sentAt: Date.parse('2026-11-30T07:00:00Z'),
    hasHtmlBody: true,
  });
  // Email detail is Full on the sample's Settings: the hostile names are in the digest, as text.
  expect(pastoral?.body).toContain(`AP-0003 (${HOSTILE_NAMES[0]})`);
  expect(pastoral?.body).toContain(`AP-0008 (${HOSTILE_NAMES[1]})`);
});

it('carries each fault of the sample school to the people it concerns', () => {
  const body = (to: string): string => status.outbox.find((m) => m.to === to)?.body ?? '';
  const dsl = body('dsl@example.sch.uk');
  expect(dsl).toContain(`A safeguarding concern about ${SAMPLE_FAULTS.concernNotReviewed}`);
  expect(dsl).toContain(`The review of ${SAMPLE_FAULTS.reviewOverdue} was due on Mon 16 Nov 2026`);
  expect(dsl).toContain(`Find out why ${SAMPLE_FAULTS.absenceNotFollowedUp} was absent`);
  expect(dsl).toContain(
    `The safeguarding confirmation of ${SAMPLE_FAULTS.confirmationExpiring} expires on Tue 15 Dec 2026`,
  );
  const pastoral = body('pastoral@example.sch.uk');
  expect(pastoral).toContain(`whether ${SAMPLE_FAULTS.missingReturn} attended on Tue 24 Nov 2026`);
  expect(pastoral).toContain(`${SAMPLE_FAULTS.proposedIncomplete} starts on Mon 7 Dec 2026`);
  expect(pastoral).toContain(`Hold the review of ${SAMPLE_FAULTS.reviewDueSoon} by Fri 4 Dec 2026`);
  expect(body('head@example.sch.uk')).toContain("This week's AP summary: 18 Active placements");
  expect(body('attendance@example.sch.uk')).toContain(
    `whether ${SAMPLE_FAULTS.missingReturn} attended on Wed 25 Nov 2026`,
  );
});

it('serves each HTML body as a framed page whose hostile names stay escaped text', async () => {
  const mail = await getJson<RenderedMail>(preview, '/api/mail?index=1');
  expect(mail.subject).toMatch(/^AP placements: 2 urgent/);
  const srcdoc = mail.srcdoc ?? '';
  const sent = preview.session.workspace.mail.outbox[1]?.htmlBody ?? '';
  expect(srcdoc).toBe(framedPage(mail.subject, sent));
  expect(sent).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(sent).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(srcdoc).not.toMatch(/<img|<script/);
});

it('frames any HTML with its own CSP first, so even markup that got through loads and runs nothing', () => {
  const page = framedPage('x</title><script>alert(1)</script>', '<img src=x onerror=alert(1)>');
  const head = page.slice(0, page.indexOf('<body>'));
  expect(head).toContain(
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${FRAME_STYLE_SOURCE}; img-src data:; form-action 'none'">`,
  );
  expect(head.indexOf('Content-Security-Policy')).toBeLessThan(head.indexOf('<title>'));
  expect(head).toContain(
    '<title>x&#60;/title&#62;&#60;script&#62;alert(1)&#60;/script&#62;</title>',
  );
  expect(head).toContain('<base target="_blank">');
  // The body is shown as the add-on wrote it: the sandbox and CSP, not rewriting, keep it inert.
  expect(page.endsWith('<body><img src=x onerror=alert(1)></body></html>')).toBe(true);
});

it('lets the frames’ one stylesheet through the page’s CSP by its hash, and nothing else inline', () => {
  const hash = createHash('sha256').update(FRAME_CSS).digest('base64');
  expect(FRAME_STYLE_SOURCE).toBe(`'sha256-${hash}'`);
  expect(PAGE_CSP).toContain(`style-src 'self' 'sha256-${hash}';`);
  expect(PAGE_CSP).not.toContain('unsafe-inline');
  expect(PAGE_CSP).toContain("script-src 'self';");
  expect(PAGE_CSP).toContain("frame-src 'self';");
});

it('has the page make the frames with sandbox="" and srcdoc, never markup', async () => {
  const app = (await request(preview, 'GET', '/app.js')).text;
  expect(app).toMatch(/sandbox: ""/);
  expect(app).toContain('.srcdoc = ');
  // The only frames that may run script are the add-on's sidebar and dialogs, sandboxed as Google does.
  expect(app.match(/allow-scripts/g)).toHaveLength(1);
  expect(app).not.toContain('innerHTML');
  expect(app).not.toContain('insertAdjacentHTML');
});

it('answers 400 for a mail the outbox does not have', async () => {
  for (const index of ['99', '-1', 'x', '']) {
    const reply = await request(preview, 'GET', `/api/mail?index=${index}`);
    expect(reply.status).toBe(400);
  }
});
