// The schema of each sidebar form, one per server call (src/shared/sidebar-api.ts), checked on the server.
import * as z from 'zod/mini';
import { ATTENDANCE_CODES, MARKS, SESSIONS } from '../../sheets/attendance';
import { DECISIONS, PROGRESS } from '../../sheets/reviews';
import type {
  ConcernForm,
  DocumentKind,
  EmailForm,
  FollowUpForm,
  GenerateForm,
  RegisterForm,
  ReviewForm,
  RowLink,
  SetupForm,
} from '../../../shared/sidebar-api';
import { SETUP_FIELDS, settingOf, type SetupField } from '../setup-values';
import {
  day,
  filledText,
  form,
  LONGEST_NAME,
  oneOf,
  placementId,
  rowNumber,
  text,
  yesNoBlank,
  yesOrNo,
  type Schema,
} from './fields';

/** Two sessions a day for every placement of a large school, with room to spare. */
export const MOST_MARKS = 5000;
/** Six half-terms and their closures for a few years. */
export const MOST_TERM_DATES = 60;

const CODES = new Map<string, string>(ATTENDANCE_CODES.map((code) => [code.toUpperCase(), code]));

/** A code from the 2024 regulations' list, any case ('c1' is C1); '' leaves it to the server. */
export function attendanceCode(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? '' : CODES.get(trimmed.toUpperCase());
}

const code = text('Code', 4).check(
  z.refine((value: string) => attendanceCode(value) !== undefined, {
    error: `Code should be an attendance code (${ATTENDANCE_CODES.join(' ')}) or blank.`,
  }),
);

export const registerForm: Schema<RegisterForm> = form({
  date: day('Date'),
  marks: z
    .array(
      form({
        placementId,
        session: oneOf('Session', SESSIONS),
        mark: oneOf('Mark', MARKS),
        absenceReason: text('Absence reason', LONGEST_NAME),
        code,
      }),
      { error: 'The marks could not be read.' },
    )
    .check(
      z.minLength(1, { error: 'Mark at least one session.' }),
      z.maxLength(MOST_MARKS, { error: `Save at most ${MOST_MARKS} marks at a time.` }),
    ),
});

export const reviewForm: Schema<ReviewForm> = form({
  placementId,
  reviewDate: day('Review date'),
  attendees: text('Attendees'),
  parentCarerAttended: yesNoBlank('Parent/carer attended'),
  pupilsView: text("Pupil's view"),
  progress: oneOf('Progress', [...PROGRESS, ''] as const),
  safeAndMeetingNeeds: yesNoBlank('Safe and meeting needs'),
  decision: oneOf('Decision', [...DECISIONS, ''] as const),
  actions: text('Actions'),
  confirmTermination: yesOrNo('Confirm termination'),
});

export const concernForm: Schema<ConcernForm> = form({
  placementId,
  date: day('Date'),
});

export const followUpForm: Schema<FollowUpForm> = form({
  row: rowNumber('The absence'),
  placementId,
  followedUpBy: filledText('Followed up by', LONGEST_NAME),
  note: text('Follow-up note'),
});

export const DOCUMENT_KINDS = [
  'Parent/carer agreement',
  'Provider agreement',
  'Personalised plan',
  'Local authority notification',
  'Safeguarding confirmation request',
] as const satisfies readonly DocumentKind[];

/** The placement or the provider is checked by the server call, which knows which it needs. */
const subject = {
  placementId: text('Placement', 20),
  provider: text('Provider', LONGEST_NAME),
};

export const generateForm: Schema<GenerateForm> = form({
  kind: oneOf('Document', DOCUMENT_KINDS),
  ...subject,
});

export const EMAIL_KINDS = [
  'Local authority notification',
  'Safeguarding confirmation request',
] as const satisfies readonly EmailForm['kind'][];

export const emailForm: Schema<EmailForm> = form({
  kind: oneOf('Email', EMAIL_KINDS),
  ...subject,
});

export const rowLink: Schema<RowLink> = form({
  sheet: oneOf('Sheet', ['Placements', 'Providers', 'Attendance', 'Reviews', 'Documents'] as const),
  row: rowNumber('Row'),
});

/** A Settings value as its own column reads it: an email field must be an address the add-on can use. */
function setting(field: SetupField): Schema<string> {
  const declared = settingOf(field);
  return text(declared.header, LONGEST_NAME).check(
    z.refine((value: string) => value.trim() === '' || declared.schema.safeParse(value).success, {
      error:
        declared.kind === 'email'
          ? `${declared.header} is not an email address: type it like name@school.org.uk.`
          : `${declared.header} cannot be read.`,
    }),
  );
}

const termDate = form({
  term: filledText('Term', LONGEST_NAME),
  start: day('Start'),
  end: day('End'),
}).check(
  z.refine((t: { start: string; end: string }) => t.start <= t.end, {
    error: 'End is before Start.',
    path: ['end'],
  }),
);

export const setupForm: Schema<SetupForm> = form({
  ...(Object.fromEntries(SETUP_FIELDS.map((field) => [field, setting(field)])) as Record<
    SetupField,
    Schema<string>
  >),
  termDates: z
    .array(termDate, { error: 'The term dates could not be read.' })
    .check(z.maxLength(MOST_TERM_DATES, { error: `Enter at most ${MOST_TERM_DATES} term dates.` })),
  remindersOn: yesOrNo('Turn reminders on'),
});
