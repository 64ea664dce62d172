// A set-up school for the sidebar's calls: staff emails and the documents' Settings filled in.
import type { FormResult, SidebarState } from '../../../src/shared/sidebar-api';
import { SETTINGS_TYPED, typeSettings } from '../documents/support';
import { remindingSchool } from '../support/reminders';
import type { Cells, School } from '../support/school';

export { placement, SCHOOL_DAY, CLEAN_PROVIDER } from '../support/school';
export type { Cells, School };

/** Setup run, providers and placements typed, every Settings value a school fills in; meter reset. */
export function sidebarSchool(
  placements: readonly Cells[],
  options: Parameters<typeof remindingSchool>[1] = {},
): School {
  const s = remindingSchool(placements, options);
  typeSettings(s, {
    ...SETTINGS_TYPED,
    'DSL email': 'dsl@school.example',
    'Head teacher email': 'head@school.example',
    ...options.settings,
  });
  s.ws.meter.reset();
  return s;
}

/** A google.script.run call from the sidebar, typed by what it answers. */
export function call<T = FormResult>(
  s: Pick<School, 'addOn'>,
  name: string,
  ...args: unknown[]
): T {
  return s.addOn.call(name, ...args) as T;
}

export function state(s: Pick<School, 'addOn'>): SidebarState {
  return call<SidebarState>(s, 'getSidebarState');
}

/** A sheet's rows below the header, each as the values the sheet holds. */
export function rows(s: Pick<School, 'ws'>, sheet: string): unknown[][] {
  return s.ws.spreadsheet.sheet(sheet).values().slice(1);
}

/** A row's cells by header. */
export function rowByHeader(s: School, sheet: string, row: number): Record<string, unknown> {
  const headers = s.headers(sheet);
  const values = s.ws.spreadsheet.sheet(sheet).values()[row - 1] ?? [];
  return Object.fromEntries(headers.map((h, i) => [h, values[i]]));
}

/** 'YYYY-MM-DD' of a date cell as London shows it (the tests run in Europe/London). */
export function day(cell: unknown): string {
  if (Object.prototype.toString.call(cell) !== '[object Date]') return String(cell);
  const d = cell as Date;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/** The Log's rows as "Action | Subject | Detail". */
export function logLines(s: Pick<School, 'ws' | 'headers'>): string[] {
  const headers = s.headers('Log');
  const at = (h: string) => headers.indexOf(h);
  return rows(s, 'Log').map(
    (r) => `${String(r[at('Action')])} | ${String(r[at('Subject')])} | ${String(r[at('Detail')])}`,
  );
}

/** A clean review of AP-0001 on Mon 19 Jan 2026, as the sidebar's review form sends it. */
export const REVIEW = {
  placementId: 'AP-0001',
  reviewDate: '2026-01-19',
  attendees: 'Jo Example; Robin Tutor',
  parentCarerAttended: 'Yes',
  pupilsView: 'I like the workshop',
  progress: 'On track',
  safeAndMeetingNeeds: 'Yes',
  decision: 'Continue',
  actions: '@everyone bring boots',
  confirmTermination: false,
} as const;
