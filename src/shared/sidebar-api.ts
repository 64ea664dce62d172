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
}

/** Every server function the sidebar may call through google.script.run, with its types. */
export interface SidebarApi {
  getSidebarState(): SidebarState;
}
