// Reports from the sidebar (makeReport): validated, once per request id, the census for the day picked,
// and a lost reply never making a second Doc or CSV.
import type { FormResult } from '../../../src/shared/sidebar-api';
import { CLEAN_PROVIDER, placement, school, type School } from '../support/school';

type Answer = FormResult<{ readonly link: string }>;

function reportSchool(): School {
  const s = school([placement(1, { 'Census reason': 'Other' }), placement(2)], {
    providers: [CLEAN_PROVIDER],
  });
  s.ws.meter.reset();
  return s;
}

const make = (s: School, form: Record<string, unknown>) =>
  s.addOn.call('makeReport', form) as Answer;

const registerDocs = (s: School) =>
  s.ws.drive.all().filter((f) => f.name.startsWith('AP register 2026-01-20'));

describe('makeReport', () => {
  it('remakes the AP register and answers with the sidebar state', () => {
    const s = reportSchool();
    const answer = make(s, { report: 'AP register', requestId: 'report-0000000001' });
    expect(answer).toMatchObject({
      ok: true,
      message: 'The AP register is on the AP register sheet: 1 providers in use, 2 placements.',
      value: { link: '' },
    });
    expect(answer.ok && answer.state.overview).toBeTruthy();
  });

  it('refuses a report it does not know and a census day that is not a date, by field', () => {
    const s = reportSchool();
    expect(make(s, { report: 'Everything' })).toMatchObject({
      ok: false,
      fieldErrors: { report: expect.stringContaining('Report should be one of: AP register') },
    });
    expect(make(s, { report: 'Census AP return', censusDay: '15/01/2026' })).toMatchObject({
      ok: false,
      fieldErrors: { censusDay: 'Census day should be a real date.' },
    });
    expect(s.ws.spreadsheet.findSheet('AP register')).toBeUndefined();
  });

  it('makes the census return for the day picked, with its CSV link', () => {
    const s = reportSchool();
    const answer = make(s, {
      report: 'Census AP return',
      censusDay: '2026-01-15',
      requestId: 'report-0000000002',
    });
    expect(answer.ok).toBe(true);
    const title = String(s.ws.spreadsheet.sheet('Census AP return').values()[0]?.[0]);
    expect(title).toMatch(
      /^Census AP return for census day Thu 15 Jan 2026: placements attended from Thu 2 Oct 2025/,
    );
    expect(answer.ok && answer.value.link).toMatch(/^https:\/\/drive\.google\.com\//);
  });

  it('answers a repeated request with its first answer: one Doc', () => {
    const s = reportSchool();
    const form = { report: 'AP register (printable Doc)', requestId: 'report-0000000003' };
    const first = make(s, form);
    const again = make(s, form);
    expect(first.ok && again.ok).toBe(true);
    expect(again.ok && first.ok && again.value.link).toBe(first.ok ? first.value.link : '');
    expect(registerDocs(s)).toHaveLength(1);
  });

  it.each(['Drive.Files.create', 'Docs.Documents.batchUpdate'])(
    'a lost reply from %s, then the same request again: one Doc, written once, listed once',
    (method) => {
      const s = reportSchool();
      const form = { report: 'AP register (printable Doc)', requestId: 'report-0000000004' };
      s.ws.meter.loseReplyOn(method);
      const first = make(s, form);
      expect(first.ok).toBe(false);
      const again = make(s, form);
      expect(again.ok).toBe(true);
      const docs = registerDocs(s);
      expect(docs).toHaveLength(1);
      const text = s.ws.drive.renderText(docs[0]?.id ?? '');
      expect(text.split('Where each pupil is this week')).toHaveLength(2);
      const listed = s.ws.spreadsheet
        .sheet('Documents')
        .values()
        .filter((r) => r[1] === 'AP register');
      expect(listed).toHaveLength(1);
    },
  );
});
