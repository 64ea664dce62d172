// The sidebar's calls to the server and what they return: plain data only (PLATFORM.md: no Dates).
// Days are 'YYYY-MM-DD' and moments 'YYYY-MM-DD HH:mm:ss', both as the workbook's clock shows them.
// This one module is the contract between src/features/sidebar (server) and sidebar/ (client).

export type IsoDate = string;

export interface StatusCount {
  readonly status: string;
  readonly count: number;
}

/** Whether the hourly reminders are on (issue 5): the sentence the menu's status item shows too. */
export interface RemindersState {
  readonly on: boolean;
  /** e.g. "Reminders are on since Tue 20 Jan 2026 at 09:00, sent by dsl@…'s hourly trigger." */
  readonly text: string;
  /** The trigger's owner; '' when off or unknown. */
  readonly owner: string;
  /** The workbook's wall time 'YYYY-MM-DD HH:mm:ss' they were turned on (or off); '' if never. */
  readonly since: string;
  /** On, but no hourly run for more than two hours on a school day: `text` says since when. */
  readonly stopped: boolean;
}

/** A row the sidebar can open (select in the sheet) with `openRow`. */
export interface RowLink {
  readonly sheet: 'Placements' | 'Providers' | 'Attendance' | 'Reviews' | 'Documents';
  readonly row: number;
}

/** One line of an overview list: "AP-0007 Jordan Blake" and what about it, opening its row. */
export interface OverviewItem {
  readonly label: string;
  readonly detail: string;
  readonly link: RowLink;
  /** Set when the line is about one placement, so the sidebar can show its view. */
  readonly placementId?: string;
}

export interface OverviewList {
  readonly title: string;
  readonly count: number;
  /** At most 50, most pressing first; `count` says how many there are in all. */
  readonly items: readonly OverviewItem[];
}

/**
 * The school at a glance (issue 6, item 2), computed with the same rules as the reminders. The
 * sidebar shows first what is most urgent (issue 11, item 4): concerns awaiting review, reviews
 * overdue, absences not followed up, attendance returns missing.
 */
export interface Overview {
  /** The workbook's day the overview (and the register with it) is for. */
  readonly today: IsoDate;
  /** A Safeguarding concern date after the last review (P15), the longest waiting first. */
  readonly concernsAwaitingReview: OverviewList;
  readonly activePlacements: OverviewList;
  readonly reviewsDue: OverviewList;
  readonly reviewsOverdue: OverviewList;
  readonly attendanceMissingToday: OverviewList;
  readonly absencesNotFollowedUp: OverviewList;
  readonly providerChecksExpiring: OverviewList;
  readonly startingSoon: OverviewList;
  readonly endingSoon: OverviewList;
  /** The evaluation's headline that needs no attendance (policy P9): this school year so far. */
  readonly thisYear: {
    readonly reviewsOnTime: number;
    readonly reviewsLate: number;
    /** Pounds: Weekly cost × school weeks placed this year. */
    readonly costToDate: number;
  };
}

export interface ChecklistEntry {
  readonly label: string;
  readonly done: boolean;
  /** False for what the policy recommends but does not require before the next status. */
  readonly required?: boolean;
  /** What is still to do, one line per missing thing ("LA notified: blank — enter the date …"). */
  readonly todo?: readonly string[];
}

export interface CheckEntry {
  readonly severity: 'error' | 'warning';
  /** The column the problem names (as in the Checks column), shown once, in front of the message. */
  readonly column: string;
  /** What is wrong and what would fix it, without the column's name; policy points spelt out. */
  readonly message: string;
}

/**
 * Why something is on the placement's "Needs doing" list: the urgent things first (a concern
 * awaiting review, a review overdue, absences not followed up, returns missing), then any other
 * error (a check that blocks the status).
 */
export type NeedsDoingKind =
  'concern' | 'review overdue' | 'absences' | 'returns missing' | 'error';

export interface NeedsDoing {
  readonly kind: NeedsDoingKind;
  /** The column it names, or "Attendance" for absences and returns (the sheet they belong on). */
  readonly column: string;
  /** What is wrong and what to do, without the column's name; policy points spelt out. */
  readonly message: string;
}

export interface DocumentEntry {
  readonly created: string;
  readonly document: string;
  /** The Google Docs link recorded on the Documents sheet ('' if none). */
  readonly link: string;
  readonly row: number;
}

export interface AbsenceEntry {
  /** The Attendance row, for `recordFollowUp`. */
  readonly row: number;
  readonly date: IsoDate;
  readonly session: string;
  readonly reason: string;
}

/** One placement at a glance (issue 6, item 1). */
export interface PlacementView {
  readonly placementId: string;
  /** Its row on Placements. */
  readonly row: number;
  readonly pupilName: string;
  readonly status: string;
  readonly provider: string;
  readonly sessions: string;
  readonly startDate: IsoDate | '';
  readonly plannedEndDate: IsoDate | '';
  /** The status it can move to next, and what is still needed first (the status checklist). */
  readonly nextStatus: string;
  readonly checklist: readonly ChecklistEntry[];
  /**
   * True when the move to nextStatus is near, so the checklist is worth showing: a Proposed or
   * Agreed placement starting within the reminders' 10 school days (or already past its start), an
   * Active one ending within them (or past its end), a row with no status yet.
   */
  readonly statusChangeNear: boolean;
  /** What needs doing, most pressing first: urgent items, then the other errors. */
  readonly needsDoing: readonly NeedsDoing[];
  /** The checks that inform rather than block. */
  readonly warnings: readonly CheckEntry[];
  readonly lastReview: IsoDate | '';
  readonly nextReviewDue: IsoDate | '';
  readonly review: 'not due' | 'due' | 'overdue' | 'unknown';
  readonly attendance: {
    /** This half-term: sessions marked, sessions attended (Present or Late), percent or null. */
    readonly marked: number;
    readonly attended: number;
    readonly percent: number | null;
    /** Expected sessions this half-term up to today with no Attendance row. */
    readonly sessionsMissing: number;
    readonly absencesNotFollowedUp: readonly AbsenceEntry[];
  };
  readonly safeguardingConcernDate: IsoDate | '';
  readonly laNotified: IsoDate | '';
  readonly documents: readonly DocumentEntry[];
}

export type Session = 'AM' | 'PM';
export type Mark = 'Present' | 'Late' | 'Absent' | 'No session';

/** One placement on today's register. */
export interface RegisterEntry {
  readonly placementId: string;
  /** "AP-0007 Jordan Blake". */
  readonly label: string;
  readonly provider: string;
  /** The sessions it has today, from its Sessions column. */
  readonly sessions: readonly Session[];
  /** Marks already on Attendance for today (never overwritten by the register). */
  readonly recorded: readonly {
    readonly session: Session;
    readonly mark: string;
    readonly row: number;
  }[];
  /** The code suggested for Present or Late: the placement's Attendance code (B, D or K). */
  readonly presentCode: string;
}

/** Today's register (issue 6, item 3): every Active placement with a session today. */
export interface RegisterDay {
  readonly date: IsoDate;
  readonly isSchoolDay: boolean;
  readonly entries: readonly RegisterEntry[];
}

/** The first-run setup form's current values (Settings rows and term dates). */
export interface SetupValues {
  readonly schoolName: string;
  readonly schoolUrn: string;
  readonly localAuthority: string;
  readonly headTeacherName: string;
  readonly headTeacherEmail: string;
  readonly dslName: string;
  readonly dslEmail: string;
  readonly sendcoName: string;
  readonly sendcoEmail: string;
  readonly headOfPastoralCareName: string;
  readonly headOfPastoralCareEmail: string;
  readonly attendanceLeadEmail: string;
  readonly laNotificationEmail: string;
  readonly termDates: readonly {
    readonly term: string;
    readonly start: IsoDate;
    readonly end: IsoDate;
  }[];
  /** True when setup found the example term dates it writes, still unchanged. */
  readonly exampleTermDates: boolean;
  readonly templatesReady: boolean;
}

export type DocumentKind =
  | 'Parent/carer agreement'
  | 'Provider agreement'
  | 'Personalised plan'
  | 'Local authority notification'
  | 'Safeguarding confirmation request';

export interface SidebarState {
  /** True when every sheet exists and Placements has all its columns. */
  readonly setUp: boolean;
  /** What is missing, in words staff read ("the Log sheet", "Placements: no column headed Checks"). */
  readonly missing: readonly string[];
  readonly placements: {
    readonly total: number;
    /** Placements by Status, in the order of the Status dropdown; rows without a status last. */
    readonly byStatus: readonly StatusCount[];
  };
  readonly reminders: RemindersState;
  /** Absent until the workbook is set up. */
  readonly overview?: Overview;
  /** The placement of the selected row (Placements, or a Placement ID on Attendance, Reviews or Documents). */
  readonly selected?: PlacementView;
  /** Why there is no `selected`, in a sentence ("Select a row on Placements to see it here."). */
  readonly selectionHint?: string;
  readonly register?: RegisterDay;
  /** Where every pupil placed off site is this school day (issue 17): the Today view. */
  readonly today?: TodayView;
  readonly setup: SetupValues;
  /** The Settings values staff must fill in before reminders work, by setting name. */
  readonly setupMissing: readonly string[];
}

/** One expected session of today, and what is known of it. */
export interface TodaySession {
  readonly placementId: string;
  /** As the register labels a placement (staff see names in the sidebar; providers never do). */
  readonly label: string;
  readonly provider: string;
  readonly session: Session;
  /** Returned (a mark is on Attendance), not returned yet, or absent and nobody has followed it up. */
  readonly state: 'returned' | 'not returned' | 'absent, not followed up';
  readonly mark?: string;
  /** Who recorded the mark: the provider's name for a return from its form, or a colleague. */
  readonly reportedBy?: string;
  /** The provider's Contact phone, to ring about a session not returned. */
  readonly providerPhone?: string;
  /** The Attendance row holding the mark. */
  readonly row?: number;
}

/** Today's expected sessions (Active placements, Sessions, school day, dates), most urgent first. */
export interface TodayView {
  readonly date: IsoDate;
  readonly isSchoolDay: boolean;
  /** Provider returns is On on Settings (providers answer through their forms). */
  readonly returnsOn: boolean;
  readonly sessions: readonly TodaySession[];
}

/** What `getSelectedPlacement` returns: the refresh the sidebar does when it regains focus. */
export interface SelectedPlacement {
  readonly selected?: PlacementView;
  readonly selectionHint?: string;
  /**
   * The workbook's day now: when it is not the day the sidebar shows (left open overnight), the
   * sidebar fetches the whole state again, so the register and overview are today's.
   */
  readonly today: IsoDate;
}

// ---- Forms. Every server function validates its input (zod) and answers with a FormResult. ----

/**
 * Every form that changes the workbook or sends something carries the id the sidebar made for it.
 * The sidebar keeps the same id when it sends the form again after a failure (a reply can be lost
 * after the server finished), so the server answers a repeat with the earlier outcome instead of
 * acting twice. Optional: a call without one is still checked against the sheet.
 */
export interface Repeatable {
  /** 8 to 64 letters, digits, '-' or '_'; a new one after every ok answer. */
  readonly requestId?: string;
}

/** The reports the sidebar can make (issue 15), as the menu names them. */
export type ReportKind =
  | 'AP register'
  | 'AP register (printable Doc)'
  | 'Census AP return'
  | 'Evaluation'
  | 'Placement record';

/** A report made from the sidebar; the census return for the day picked, or the one being made now. */
export interface ReportForm extends Repeatable {
  readonly report: ReportKind;
  /** YYYY-MM-DD; only the census return reads it. */
  readonly censusDay?: IsoDate;
  /** Only the placement record reads it (issue 16): the placement shown. */
  readonly placementId?: string;
}

/** Taking reminders over from an owner whose trigger stopped (issue 12): the owner the person saw. */
export interface TakeOverForm extends Repeatable {
  readonly fromOwner: string;
}

/** Provider returns on or off (issue 17): the Settings switch, the forms, the on-form-submit trigger. */
export interface ProviderReturnsForm extends Repeatable {
  readonly on: boolean;
}

export interface RegisterForm extends Repeatable {
  readonly date: IsoDate;
  readonly marks: readonly {
    readonly placementId: string;
    readonly session: Session;
    readonly mark: Mark;
    readonly absenceReason: string;
    /** '' to let the server suggest it. */
    readonly code: string;
    /**
     * An absence someone has already followed up (P13): who, and what they found. Blank leaves it
     * to the follow-up reminder. Optional so a sidebar opened before an update still saves.
     */
    readonly followedUpBy?: string;
    readonly followUpNote?: string;
  }[];
}

export interface ReviewForm extends Repeatable {
  readonly placementId: string;
  readonly reviewDate: IsoDate;
  readonly attendees: string;
  readonly parentCarerAttended: 'Yes' | 'No' | '';
  readonly pupilsView: string;
  readonly progress: 'On track' | 'Some progress' | 'Not on track' | '';
  readonly safeAndMeetingNeeds: 'Yes' | 'No' | '';
  readonly decision: 'Continue' | 'Amend plan' | 'End placement' | 'Terminate placement' | '';
  readonly actions: string;
  /** Must be true when the decision is "Terminate placement" (the server refuses otherwise). */
  readonly confirmTermination: boolean;
}

export interface ConcernForm extends Repeatable {
  readonly placementId: string;
  readonly date: IsoDate;
}

export interface FollowUpForm extends Repeatable {
  /** The Attendance row of the absence (AbsenceEntry.row); the server checks it is that placement's. */
  readonly row: number;
  readonly placementId: string;
  readonly followedUpBy: string;
  readonly note: string;
  /**
   * The absence's day and session as the sidebar showed them (AbsenceEntry), so that a row that
   * moved since (the sheet sorted) is refused rather than followed up in its place.
   */
  readonly date?: IsoDate;
  readonly session?: string;
}

export interface GenerateForm extends Repeatable {
  readonly kind: DocumentKind;
  /** The placement (every kind but the safeguarding request). */
  readonly placementId: string;
  /** The provider (the safeguarding request). */
  readonly provider: string;
}

/** previewEmail ignores the request id; sendEmail uses it. */
export interface EmailForm extends Repeatable {
  readonly kind: 'Local authority notification' | 'Safeguarding confirmation request';
  readonly placementId: string;
  readonly provider: string;
}

export interface EmailPreview {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  /** What sending will record, e.g. "LA notified on Placements row 7 = 2026-11-30". */
  readonly records: string;
}

export type SetupForm = Omit<SetupValues, 'exampleTermDates' | 'templatesReady'> &
  Repeatable & {
    readonly remindersOn: boolean;
  };

/** Field name (as in the form type) → what is wrong, in words staff read. */
export type FieldErrors = Readonly<Record<string, string>>;

export type FormResult<T = null> =
  | {
      readonly ok: true;
      /** One sentence for the status line ("Saved 6 marks for Mon 30 Nov 2026."). */
      readonly message: string;
      /** The whole sidebar state after the change, so the sidebar redraws without another call. */
      readonly state: SidebarState;
      readonly value: T;
    }
  | {
      readonly ok: false;
      readonly message: string;
      readonly fieldErrors: FieldErrors;
      /** The one thing to do next, offered as a button beside the message (issue 12). */
      readonly action?: SidebarAction;
    };

/** "Connect templates": this person's runs cannot reach the school's templates yet. */
export type SidebarAction = 'connect templates';

/** Every server function the sidebar may call through google.script.run, with its types. */
export interface SidebarApi {
  /** Everything the sidebar shows when it opens: one call (issue 6, item 4). */
  getSidebarState(): SidebarState;
  /** The selected row's placement, for the refresh when the sidebar regains focus: one call. */
  getSelectedPlacement(): SelectedPlacement;
  /** Selects a row in the sheet (an overview line, a document) and returns its placement if any. */
  openRow(link: RowLink): SelectedPlacement;
  recordRegister(form: RegisterForm): FormResult;
  recordReview(form: ReviewForm): FormResult;
  recordConcern(form: ConcernForm): FormResult;
  recordFollowUp(form: FollowUpForm): FormResult;
  generateDocument(form: GenerateForm): FormResult<{ readonly link: string }>;
  previewEmail(form: EmailForm): FormResult<EmailPreview>;
  sendEmail(form: EmailForm): FormResult;
  saveSetup(form: SetupForm): FormResult;
  /** Reminders sent from this person's account instead of a stopped owner's (issue 12). */
  takeOverReminders(form: TakeOverForm): FormResult;
  /** Provider returns turned on or off (safe to send twice: the switch is set, not toggled). */
  setProviderReturns(form: ProviderReturnsForm): FormResult;
  /** Opens the "Connect templates" dialog (the Google Picker) over the sheet; no argument. */
  showConnectTemplates(): void;
  /** A report remade (or a Doc or CSV made): the link to the file when there is one, else ''. */
  makeReport(form: ReportForm): FormResult<{ readonly link: string }>;
}
