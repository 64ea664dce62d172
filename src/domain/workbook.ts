// The workbook of DOMAIN.md §4: every sheet the add-on sets up, in the order staff see the tabs.
import type { SheetSchema } from './columns';
import { Attendance } from './sheets/attendance';
import { Documents } from './sheets/documents';
import { Log } from './sheets/log';
import { Placements } from './sheets/placements';
import { Providers } from './sheets/providers';
import { RemindersSent } from './sheets/reminders-sent';
import { Reviews } from './sheets/reviews';
import { SettingsSheet } from './sheets/settings';
import { TermDates } from './sheets/term-dates';

export const WORKBOOK: readonly SheetSchema[] = [
  Placements,
  Providers,
  Attendance,
  Reviews,
  TermDates,
  SettingsSheet,
  Documents,
  Log,
  RemindersSent,
];
