// The schema of each sidebar form, one per server call (src/shared/sidebar-api.ts), checked on the server.
import * as z from 'zod/mini';
import {
  ABSENCE_CODES,
  ATTENDANCE_CODES,
  MARKS,
  OFF_SITE_CODES,
  SESSIONS,
} from '../../sheets/attendance';
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
  ReportForm,
  ProviderReturnsForm,
  TakeOverForm,
} from '../../../shared/sidebar-api';
import { SETUP_FIELDS, settingOf, type SetupField } from '../setup-values';
import {
  day,
  filledText,
  form,
  LONGEST_NAME,
  oneOf,
  placementId,
  requestId,
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

/**
 * DOMAIN.md §3.1, for a session at off-site AP: B (school-arranged AP), D (dual registered) and the
 * other off-site activities V P W are attending codes. K is left out: it is for provision the
 * local authority arranges, never a school-arranged placement (the placement checks say so too).
 */
export const REGISTER_ATTENDING_CODES: readonly string[] = OFF_SITE_CODES.filter(
  (code) => code !== 'K',
);
/** DOMAIN.md §3.1: authorised and unauthorised absence, and unable to attend (Q, Y1–Y7). */
export const REGISTER_ABSENCE_CODES: readonly string[] = ABSENCE_CODES;

type MarkCells = RegisterForm['marks'][number];

/** What is contradictory in one mark ("Absent" coded B, "Present" with an absence reason), or undefined. */
export function markContradiction(
  mark: Pick<MarkCells, 'mark' | 'absenceReason' | 'code' | 'followedUpBy' | 'followUpNote'>,
):
  | { readonly field: 'code' | 'absenceReason' | 'followedUpBy'; readonly message: string }
  | undefined {
  const by = mark.followedUpBy?.trim() ?? '';
  const note = mark.followUpNote?.trim() ?? '';
  if (mark.mark !== 'Absent' && (by !== '' || note !== '')) {
    return {
      field: 'followedUpBy',
      message: `Only an absence is followed up: choose Absent, or clear Followed up by and the note.`,
    };
  }
  if (by === '' && note !== '') {
    return {
      field: 'followedUpBy',
      message: 'Say who followed the absence up, or clear what they found.',
    };
  }
  const given = attendanceCode(mark.code);
  if (given === undefined) return undefined; // the code's own check says what is wrong
  if (mark.mark === 'Present' || mark.mark === 'Late') {
    if (mark.absenceReason.trim() !== '') {
      return {
        field: 'absenceReason',
        message: `A ${mark.mark.toLowerCase()} session has no absence reason: choose Absent, or clear the reason.`,
      };
    }
    if (given === 'K') {
      return {
        field: 'code',
        message:
          'K is for provision the local authority arranges, never a school-arranged placement: use B (or D if the pupil is dual registered at the provider).',
      };
    }
    if (given !== '' && !REGISTER_ATTENDING_CODES.includes(given)) {
      return {
        field: 'code',
        message: `${given} is not an attending code: a ${mark.mark.toLowerCase()} AP session is ${REGISTER_ATTENDING_CODES.join(', ')} (or blank for the suggested code).`,
      };
    }
  }
  if (mark.mark === 'Absent' && given !== '' && !REGISTER_ABSENCE_CODES.includes(given)) {
    return {
      field: 'code',
      message: `${given} is not an absence code: an absent session is ${REGISTER_ABSENCE_CODES.join(' ')} (or blank for the suggested code).`,
    };
  }
  if (mark.mark === 'No session' && given !== '') {
    return {
      field: 'code',
      message: 'A session that did not happen has no code: leave Code blank.',
    };
  }
  return undefined;
}

const registerMark = form({
  placementId,
  session: oneOf('Session', SESSIONS),
  mark: oneOf('Mark', MARKS),
  absenceReason: text('Absence reason', LONGEST_NAME),
  code,
  followedUpBy: z.optional(text('Followed up by', LONGEST_NAME)),
  followUpNote: z.optional(text('Follow-up note')),
}).check(
  z.superRefine((mark: MarkCells, ctx) => {
    const wrong = markContradiction(mark);
    if (wrong) {
      ctx.addIssue({ code: 'custom', message: wrong.message, path: [wrong.field], input: mark });
    }
  }),
);

export const registerForm: Schema<RegisterForm> = form({
  requestId,
  date: day('Date'),
  marks: z
    .array(registerMark, { error: 'The marks could not be read.' })
    .check(
      z.minLength(1, { error: 'Mark at least one session.' }),
      z.maxLength(MOST_MARKS, { error: `Save at most ${MOST_MARKS} marks at a time.` }),
    ),
});

export const reviewForm: Schema<ReviewForm> = form({
  requestId,
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

export const REPORT_KINDS = [
  'AP register',
  'AP register (printable Doc)',
  'Census AP return',
  'Evaluation',
  'Placement record',
] as const;

export const reportForm: Schema<ReportForm> = form({
  requestId,
  report: oneOf('Report', REPORT_KINDS),
  censusDay: z.optional(day('Census day')),
  placementId: z.optional(placementId),
});

export const providerReturnsForm: Schema<ProviderReturnsForm> = form({
  requestId,
  on: yesOrNo('Provider returns'),
});

export const takeOverForm: Schema<TakeOverForm> = form({
  requestId,
  fromOwner: filledText('Reminders owner', LONGEST_NAME),
});

export const concernForm: Schema<ConcernForm> = form({
  requestId,
  placementId,
  date: day('Date'),
});

export const followUpForm: Schema<FollowUpForm> = form({
  requestId,
  row: rowNumber('The absence'),
  placementId,
  followedUpBy: filledText('Followed up by', LONGEST_NAME),
  note: text('Follow-up note'),
  date: z.optional(day('Date of the absence')),
  session: z.optional(text('Session', 10)),
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
  requestId,
  kind: oneOf('Document', DOCUMENT_KINDS),
  ...subject,
});

export const EMAIL_KINDS = [
  'Local authority notification',
  'Safeguarding confirmation request',
] as const satisfies readonly EmailForm['kind'][];

export const emailForm: Schema<EmailForm> = form({
  requestId,
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
  requestId,
});
