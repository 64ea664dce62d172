// The Settings sheet: one Setting · Value row per setting, with the names and defaults of DOMAIN.md §4.
import { comparable } from '../cells';
import {
  choice,
  defineSheet,
  email,
  number,
  text,
  withDefault,
  type Column,
  type ColumnProblem,
} from '../columns';

/** The sheet itself: two columns; each setting is a row, so staff read it top to bottom. */
export const SettingsSheet = defineSheet('Settings', {
  setting: text('Setting'),
  value: text('Value'),
});

export const EMAIL_MODES = ['Send', 'Dry run'] as const;
/** Minimal: Placement ID and initials only in emails; Full adds names (DOMAIN.md §7). */
export const EMAIL_DETAILS = ['Minimal', 'Full'] as const;
/** Provider returns (issue 17): each provider reports sessions through a Google Form; off until a school turns it on. */
export const ON_OFF = ['On', 'Off'] as const;

/** Each setting is declared like a column: its header is the setting's name in the Setting column. */
export const SETTINGS = {
  schoolName: text('School name'),
  schoolUrn: text('School URN'),
  localAuthority: text('Local authority'),
  headTeacherName: text('Head teacher name'),
  headTeacherEmail: email('Head teacher email'),
  dslName: text('DSL name'),
  dslEmail: email('DSL email'),
  sendcoName: text('SENDCO name'),
  sendcoEmail: email('SENDCO email'),
  headOfPastoralCareName: text('Head of Pastoral Care name'),
  headOfPastoralCareEmail: email('Head of Pastoral Care email'),
  attendanceLeadEmail: email('Attendance lead email'),
  laNotificationEmail: email('LA notification email'),
  reminderHour: withDefault(number('Reminder hour', { wholeNumber: true, min: 0, max: 23 }), 7),
  reviewReminderDays: withDefault(
    number('Review reminder days', { wholeNumber: true, min: 0, max: 60 }),
    10,
  ),
  expiryWarningDays: withDefault(
    number('Expiry warning days', { wholeNumber: true, min: 0, max: 365 }),
    30,
  ),
  emailMode: withDefault(choice('Email mode', EMAIL_MODES), 'Send'),
  emailDetail: withDefault(choice('Email detail', EMAIL_DETAILS), 'Minimal'),
  /** The year's census days as dd/mm/yyyy, comma-separated; blank: the DfE's rule (census-days.ts). */
  censusDays: text('Census days'),
  providerReturns: withDefault(choice('Provider returns', ON_OFF), 'Off'),
} as const;

type SettingsDeclaration = typeof SETTINGS;

export type Settings = {
  [K in keyof SettingsDeclaration]: SettingsDeclaration[K] extends Column<infer T> ? T : never;
};

/** The settings in the order setup writes them. */
export const SETTING_NAMES: readonly string[] = Object.values(SETTINGS).map((s) => s.header);

/** One row of the Settings sheet as read: its row number and raw Setting and Value cells. */
export interface SettingRow {
  readonly rowNumber: number;
  readonly name: unknown;
  readonly value: unknown;
}

/**
 * Reads the Settings rows into settings. Names match whatever their case or spacing; rows the add-on
 * does not know (template ids recorded by setup, a school's own notes) are left alone. Never throws.
 */
export function parseSettings(rows: readonly SettingRow[]): {
  settings: Settings;
  problems: ColumnProblem[];
} {
  const rowByName = new Map<string, SettingRow>();
  const problems: ColumnProblem[] = [];
  for (const row of rows) {
    if (typeof row.name !== 'string' || row.name.trim() === '') continue;
    const key = comparable(row.name);
    const first = rowByName.get(key);
    if (first) {
      problems.push({
        column: row.name.trim(),
        message: `${row.name.trim()} is on Settings twice (rows ${first.rowNumber} and ${row.rowNumber}); the add-on uses row ${first.rowNumber}`,
      });
    } else {
      rowByName.set(key, row);
    }
  }
  const settings: Record<string, unknown> = {};
  for (const [key, declared] of Object.entries(SETTINGS) as [string, Column][]) {
    const result = declared.schema.safeParse(rowByName.get(comparable(declared.header))?.value);
    if (result.success) {
      settings[key] = result.data;
    } else {
      settings[key] = declared.defaultValue;
      const reason = result.error.issues[0]?.message ?? 'could not be read';
      problems.push({ column: declared.header, message: `${declared.header}: ${reason}` });
    }
  }
  return { settings: settings as Settings, problems };
}
