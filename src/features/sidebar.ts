// The sidebar: opening it, and the one call it makes to show the state of the workbook.
import { PLACEMENT_STATUSES, Placements, type Placement } from '../domain/sheets/placements';
import { describeStatus } from '../domain/reminders/status-text';
import { WORKBOOK } from '../domain/workbook';
import type { SetupValues, SidebarApi, SidebarState, StatusCount } from '../shared/sidebar-api';
import { readReminderStatus } from '../workspace/reminder-trigger';
import { sheetNames } from '../workspace/spreadsheet';
import { readTable } from '../workspace/table';
import { openSidebar } from '../workspace/ui';

export function showSidebar(): void {
  openSidebar('Sidebar', 'AP Placements');
}

/** Replaced by the setup form's reader (issue 6): blank until then. */
const NO_SETUP_VALUES: SetupValues = {
  schoolName: '',
  schoolUrn: '',
  localAuthority: '',
  headTeacherName: '',
  headTeacherEmail: '',
  dslName: '',
  dslEmail: '',
  sendcoName: '',
  sendcoEmail: '',
  headOfPastoralCareName: '',
  headOfPastoralCareEmail: '',
  attendanceLeadEmail: '',
  laNotificationEmail: '',
  termDates: [],
  exampleTermDates: false,
  templatesReady: false,
};

function countByStatus(placements: readonly Placement[]): StatusCount[] {
  const counts = [...PLACEMENT_STATUSES, undefined].map((status) => ({
    status: status ?? 'No status',
    count: placements.filter((p) => p.status === status).length,
  }));
  return counts.filter((c) => c.count > 0);
}

/**
 * Everything the sidebar shows when it opens, in one server execution (PLATFORM.md: each
 * google.script.run call is a full execution). Takes no arguments, so there is nothing to validate.
 */
export const getSidebarState: SidebarApi['getSidebarState'] = (): SidebarState => {
  const present = new Set(sheetNames());
  const missing = WORKBOOK.filter((s) => !present.has(s.name)).map(
    (s) => `There is no ${s.name} sheet.`,
  );
  const read = present.has(Placements.name) ? readTable(Placements) : undefined;
  if (read && !read.ok) missing.push(read.message);
  const placements = read?.ok ? read.table.rows.map((row) => row.record) : [];
  const status = readReminderStatus();
  return {
    setUp: missing.length === 0,
    missing,
    placements: { total: placements.length, byStatus: countByStatus(placements) },
    reminders: {
      on: status?.on ?? false,
      text: describeStatus(status),
      owner: status?.on ? status.owner : '',
      since: status?.since ?? '',
    },
    setup: NO_SETUP_VALUES,
    setupMissing: [],
  };
};
