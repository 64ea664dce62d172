// Every sidebar form's schema: what it accepts, and what staff read when it does not (zod/mini).
import { parseForm, type Schema } from '../../../src/domain/sidebar/forms/fields';
import {
  concernForm,
  emailForm,
  followUpForm,
  generateForm,
  registerForm,
  reviewForm,
  rowLink,
  setupForm,
} from '../../../src/domain/sidebar/forms/schemas';

const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
const HUGE = 'x'.repeat(1_000_000);

const mark = {
  placementId: 'AP-0001',
  session: 'AM',
  mark: 'Present',
  absenceReason: '',
  code: '',
};
const review = {
  placementId: 'AP-0001',
  reviewDate: '2026-01-20',
  attendees: 'Jo Example, Robin Tutor',
  parentCarerAttended: 'Yes',
  pupilsView: 'Enjoying it',
  progress: 'On track',
  safeAndMeetingNeeds: 'Yes',
  decision: 'Continue',
  actions: '',
  confirmTermination: false,
};
const setup = {
  schoolName: 'Oakfield Academy',
  schoolUrn: '123456',
  localAuthority: 'Derbyshire',
  headTeacherName: 'Alex Head',
  headTeacherEmail: 'head@school.example',
  dslName: 'Dana DSL',
  dslEmail: 'dsl@school.example',
  sendcoName: '',
  sendcoEmail: '',
  headOfPastoralCareName: '',
  headOfPastoralCareEmail: '',
  attendanceLeadEmail: '',
  laNotificationEmail: 'ap@derbyshire.example.gov.uk',
  termDates: [{ term: 'Autumn 1', start: '2026-09-03', end: '2026-10-23' }],
  remindersOn: true,
};

describe('the sidebar forms (zod/mini, checked on the server)', () => {
  it('accepts a register, upper-casing Placement IDs', () => {
    const parsed = parseForm(registerForm, {
      date: '2026-01-20',
      marks: [{ ...mark, placementId: 'ap-0001' }],
    });
    expect(parsed).toEqual({
      ok: true,
      value: { date: '2026-01-20', marks: [{ ...mark, placementId: 'AP-0001' }] },
    });
  });

  it('takes a follow-up only on an absence, and a note only with who followed it up (P13)', () => {
    const followed = { ...mark, mark: 'Absent', followedUpBy: 'Jo', followUpNote: 'Mum rang' };
    expect(parseForm(registerForm, { date: '2026-01-20', marks: [followed] }).ok).toBe(true);
    expect(
      parseForm(registerForm, {
        date: '2026-01-20',
        marks: [
          { ...followed, mark: 'Present' },
          { ...followed, followedUpBy: ' ' },
        ],
      }),
    ).toEqual({
      ok: false,
      fieldErrors: {
        'marks.0.followedUpBy':
          'Only an absence is followed up: choose Absent, or clear Followed up by and the note.',
        'marks.1.followedUpBy': 'Say who followed the absence up, or clear what they found.',
      },
    });
  });

  it('names each field at fault, inside lists by position, in words staff read', () => {
    const parsed = parseForm(registerForm, {
      date: '2026-02-30',
      marks: [mark, { ...mark, session: 'XM', code: 'ZZ', mark: 'Here' }],
      extra: 1,
    });
    expect(parsed).toEqual({
      ok: false,
      fieldErrors: {
        date: 'Date should be a real date.',
        'marks.1.session': 'Session should be one of: AM, PM.',
        'marks.1.mark': 'Mark should be one of: Present, Late, Absent, No session.',
        'marks.1.code': expect.stringMatching(/^Code should be an attendance code \(\/ \\ L B D K/),
        extra: 'This form has no such field.',
      },
    });
  });

  it.each([null, undefined, 'a string', 42, [], true])(
    'refuses %p as a form, without throwing',
    (input) => {
      const schemas: Schema<unknown>[] = [
        registerForm,
        reviewForm,
        concernForm,
        followUpForm,
        setupForm,
      ];
      for (const schema of schemas) {
        expect(parseForm(schema, input)).toEqual({
          ok: false,
          fieldErrors: { form: 'The form could not be read: reopen the sidebar and try again.' },
        });
      }
    },
  );

  it('refuses a Date (google.script.run sends none: PLATFORM.md) and wrong types', () => {
    expect(parseForm(concernForm, { placementId: 'AP-0001', date: new Date() })).toEqual({
      ok: false,
      fieldErrors: { date: 'Date: choose a date.' },
    });
    expect(parseForm(concernForm, { placementId: 7, date: 20260120 })).toEqual({
      ok: false,
      fieldErrors: { placementId: 'Choose a placement.', date: 'Date: choose a date.' },
    });
    expect(parseForm(reviewForm, { ...review, confirmTermination: 'yes' })).toMatchObject({
      fieldErrors: { confirmTermination: 'Confirm termination should be ticked or not.' },
    });
  });

  it('refuses huge strings by their length, and hostile text that is not an ID', () => {
    expect(parseForm(reviewForm, { ...review, actions: HUGE, placementId: HOSTILE_NAME })).toEqual({
      ok: false,
      fieldErrors: {
        placementId: 'That is not a Placement ID like AP-0007.',
        actions: 'Actions is too long: keep it under 2,000 characters.',
      },
    });
    expect(parseForm(concernForm, { placementId: HUGE, date: HUGE })).toEqual({
      ok: false,
      fieldErrors: {
        placementId: 'That is not a Placement ID like AP-0007.',
        date: 'Date should be a real date.',
      },
    });
  });

  it('keeps hostile text where text belongs: it is data, escaped by the sidebar and neutralised on write', () => {
    const parsed = parseForm(reviewForm, {
      ...review,
      attendees: HOSTILE_NAME,
      actions: '=HYPERLINK("x")',
    });
    expect(parsed).toMatchObject({
      ok: true,
      value: { attendees: HOSTILE_NAME, actions: '=HYPERLINK("x")' },
    });
  });

  it('needs a follow-up by somebody, on a real row', () => {
    const base = { row: 12, placementId: 'AP-0001', followedUpBy: 'Sam', note: '' };
    expect(parseForm(followUpForm, base)).toMatchObject({ ok: true });
    expect(parseForm(followUpForm, { ...base, row: 1, followedUpBy: ' ' })).toEqual({
      ok: false,
      fieldErrors: {
        row: 'The absence should be a row below the header.',
        followedUpBy: 'Fill in Followed up by.',
      },
    });
    for (const row of [2.5, Number.NaN, Infinity, '12', -3, 1e12]) {
      expect(parseForm(followUpForm, { ...base, row })).toMatchObject({ ok: false });
    }
  });

  it('knows the five documents and the two emails', () => {
    const subject = { placementId: 'AP-0001', provider: '' };
    expect(parseForm(generateForm, { kind: 'Personalised plan', ...subject })).toMatchObject({
      ok: true,
    });
    expect(parseForm(generateForm, { kind: 'Birthday card', ...subject })).toMatchObject({
      fieldErrors: {
        kind: expect.stringContaining('Document should be one of: Parent/carer agreement'),
      },
    });
    expect(parseForm(emailForm, { kind: 'Parent/carer agreement', ...subject })).toMatchObject({
      fieldErrors: {
        kind: 'Email should be one of: Local authority notification, Safeguarding confirmation request.',
      },
    });
  });

  it('opens only rows of the five sheets the sidebar links to', () => {
    expect(parseForm(rowLink, { sheet: 'Reviews', row: 4 })).toMatchObject({ ok: true });
    expect(parseForm(rowLink, { sheet: 'Settings', row: 4 })).toMatchObject({ ok: false });
  });

  it('checks setup emails as the Settings sheet reads them, and term dates in order', () => {
    expect(parseForm(setupForm, setup)).toMatchObject({ ok: true });
    expect(
      parseForm(setupForm, {
        ...setup,
        dslEmail: 'dsl at school',
        termDates: [{ term: ' ', start: '2026-10-23', end: '2026-09-03' }],
      }),
    ).toEqual({
      ok: false,
      fieldErrors: {
        dslEmail: 'DSL email is not an email address: type it like name@school.org.uk.',
        'termDates.0.term': 'Fill in Term.',
        'termDates.0.end': 'End is before Start.',
      },
    });
    const missing: Partial<typeof setup> = { ...setup };
    delete missing.remindersOn;
    expect(parseForm(setupForm, missing)).toEqual({
      ok: false,
      fieldErrors: { remindersOn: 'Turn reminders on should be ticked or not.' },
    });
  });
});
