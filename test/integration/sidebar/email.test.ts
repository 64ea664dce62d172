// Emailing the LA notification and the safeguarding request: preview writes nothing; send records the date.
import type { EmailPreview, FormResult } from '../../../src/shared/sidebar-api';
import { setSetting } from '../support/reminders';
import { documentState } from '../support/workbook';
import { call, CLEAN_PROVIDER, day, logLines, placement, sidebarSchool } from './support';

const LA = { kind: 'Local authority notification', placementId: 'AP-0001', provider: '' };
const REQUEST = {
  kind: 'Safeguarding confirmation request',
  placementId: '',
  provider: 'Riverside Skills Centre',
};
const LA_EMAIL = 'ap.notifications@derbyshire.example.gov.uk';

describe('the LA notification email', () => {
  it('previews the address, the words and what sending records, writing nothing', () => {
    const s = sidebarSchool([placement(1, { 'LA notified': '' })]);
    const before = documentState(s.ws);
    const preview = call<FormResult<EmailPreview>>(s, 'previewEmail', LA);
    expect(preview).toMatchObject({
      ok: true,
      value: {
        to: LA_EMAIL,
        subject:
          'Notification of alternative provision AP-0001 – St Aidan’s & St Hild’s C of E Academy',
        records: 'LA notified on Placements row 2 = 2026-01-20.',
      },
    });
    expect(preview.ok && preview.value.body).toContain('Name | Pupil 1 Example');
    expect(documentState(s.ws)).toBe(before);
    expect(s.ws.mail.outbox).toEqual([]);
  });

  it('sends it by MailApp, records LA notified today, and logs IDs only', () => {
    const s = sidebarSchool([placement(1, { 'LA notified': '' })]);
    const sent = call(s, 'sendEmail', LA);
    expect(sent).toMatchObject({
      ok: true,
      message: `Sent to ${LA_EMAIL} on Tue 20 Jan 2026. LA notified on Placements row 2 = 2026-01-20.`,
    });
    expect(s.ws.mail.outbox).toHaveLength(1);
    const [mail] = s.ws.mail.outbox;
    expect(mail?.to).toBe(LA_EMAIL);
    expect(mail?.htmlBody).toContain('<p>Dear colleague,</p>');
    expect(day(s.cell('Placements', 2, 'LA notified').value)).toBe('2026-01-20');
    const log = logLines(s).pop() ?? '';
    expect(log).toBe(
      'LA notification emailed | AP-0001 | Sent to the LA notification email on Settings. LA notified on Placements row 2 = 2026-01-20.',
    );
    expect(log).not.toContain('Pupil 1');
  });

  it('says the email went even when recording its date fails, so nobody sends it twice', () => {
    const s = sidebarSchool([placement(1, { 'LA notified': '' })]);
    s.ws.meter.failOn('Range.setValues');
    expect(call(s, 'sendEmail', LA)).toMatchObject({
      ok: true,
      message: `Sent to ${LA_EMAIL} on Tue 20 Jan 2026. But the date could not be recorded (Service error: Spreadsheets); send this again (it will not be emailed twice) or enter it by hand: LA notified on Placements row 2 = 2026-01-20.`,
    });
    expect(s.ws.mail.outbox).toHaveLength(1);
  });

  it('keeps the first LA notified date when the notification is sent again', () => {
    const s = sidebarSchool([placement(1)]);
    expect(call(s, 'sendEmail', LA)).toMatchObject({
      ok: true,
      message: expect.stringContaining(
        'LA notified on Placements row 2 stays 2025-12-16, the first notification.',
      ),
    });
    expect(day(s.cell('Placements', 2, 'LA notified').value)).toBe('2025-12-16');
  });

  it('refuses when the LA notification email is blank, or the notification lacks what it must say', () => {
    const s = sidebarSchool([placement(1, { UPN: '' })]);
    expect(call(s, 'previewEmail', LA)).toMatchObject({
      ok: false,
      message: expect.stringContaining('UPN is blank — fill it in on Placements, then try again'),
    });
    setSetting(s, 'LA notification email', '');
    expect(call(s, 'sendEmail', LA)).toEqual({
      ok: false,
      message:
        'Nothing was sent: LA notification email on Settings is blank. Fill it in (in Setup, or on the Settings sheet), then send again.',
      fieldErrors: {},
    });
    expect(s.ws.mail.outbox).toEqual([]);
  });

  it('sends nothing and records nothing in Dry run, saying the Log has it', () => {
    const s = sidebarSchool([placement(1, { 'LA notified': '' })]);
    setSetting(s, 'Email mode', 'Dry run');
    expect(call(s, 'sendEmail', LA)).toMatchObject({
      ok: true,
      message: expect.stringContaining('Email mode on Settings is Dry run: nothing was sent'),
    });
    expect(s.ws.mail.outbox).toEqual([]);
    expect(s.cell('Placements', 2, 'LA notified').value).toBe('');
  });
});

describe('the safeguarding confirmation request email', () => {
  it("goes to the provider's DSL email and records the request date", () => {
    const s = sidebarSchool([placement(1)]);
    expect(call(s, 'sendEmail', REQUEST)).toMatchObject({ ok: true });
    expect(s.ws.mail.outbox.map((m) => m.to)).toEqual([String(CLEAN_PROVIDER['DSL email'])]);
    expect(day(s.cell('Providers', 2, 'Safeguarding confirmation requested').value)).toBe(
      '2026-01-20',
    );
    expect(logLines(s).pop()).toMatch(
      /^Safeguarding confirmation request emailed \| Riverside Skills Centre \| Sent to the provider's DSL email\./,
    );
  });

  it("refuses when the provider's DSL email is blank or the provider is unknown", () => {
    const s = sidebarSchool([placement(1)], {
      providers: [{ ...CLEAN_PROVIDER, 'DSL email': '' }],
    });
    expect(call(s, 'sendEmail', REQUEST)).toMatchObject({
      ok: false,
      message:
        'Nothing was sent: the DSL email of Riverside Skills Centre on Providers row 2 is blank. Fill it in, then send again.',
    });
    expect(call(s, 'previewEmail', { ...REQUEST, provider: 'Nowhere College' })).toMatchObject({
      fieldErrors: { provider: 'Nowhere College is not on the Providers sheet.' },
    });
    expect(s.ws.mail.outbox).toEqual([]);
  });
});
