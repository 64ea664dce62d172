// The sidebar's calls to the server and what they return: plain data only (PLATFORM.md: no Dates).
export interface StatusCount {
  readonly status: string;
  readonly count: number;
}

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
}

/** Every server function the sidebar may call through google.script.run, with its types. */
export interface SidebarApi {
  getSidebarState(): SidebarState;
}
