// The onEdit simple trigger: re-checks only the rows a person just edited, silently, well inside 30 s.
import { indexWorkbook, placementContext } from '../domain/rules/check-placements';
import { PLACEMENT } from '../domain/rules/context';
import { warning, type Problem } from '../domain/rules/problem';
import { forbiddenStatusChange } from '../domain/rules/status-change';
import { Placements } from '../domain/sheets/placements';
import { Providers } from '../domain/sheets/providers';
import { Reviews } from '../domain/sheets/reviews';
import { censusReasonLabel } from '../domain/sheets/census-reasons';
import { SettingsSheet } from '../domain/sheets/settings';
import { refreshCensusReasons } from '../workspace/census-dropdown';
import { withDocumentLock } from '../workspace/session';
import { readWorkbookForChecks, type WorkbookForChecks } from '../workspace/workbook-for-checks';
import { recheckPlacements, recheckProviders, recheckReviews, snapshotOf } from './recheck';

/** The sheets whose rows the checks are about; an edit anywhere else is none of the add-on's business. */
const CHECKED_SHEETS = new Set([Placements.name, Providers.name, Reviews.name]);

/**
 * Short, because a simple trigger has 30 seconds (PLATFORM.md). When someone else holds the lock
 * the edit is left for the next Validate all to catch up, rather than kept waiting.
 */
const LOCK_WAIT_MS = 3_000;

/** What was edited, read once from the event. */
interface Edit {
  readonly firstRow: number;
  readonly numRows: number;
  readonly column: number;
  readonly numColumns: number;
  /** Only for a single cell that had content (Event objects guide). */
  readonly oldValue: unknown;
}

/**
 * Fired by Sheets for a person's edit (never a script's). Quiet by design: no alert, no toast and
 * no Log line, and on a sheet it does not check no service call beyond reading the sheet's name.
 * An edit of the census reasons on Settings sets the Census reason dropdown again (issue 15).
 * A forbidden status change is marked as an error at once, never undone: undoing would lose what a
 * person typed (issue 3, item 5).
 */
export function onEdit(event?: GoogleAppsScript.Events.SheetsOnEdit): void {
  // In AuthMode.NONE nothing but building a menu is allowed (PLATFORM.md).
  if (!event?.range || String(event.authMode) === 'NONE') return;
  const sheetName = event.range.getSheet().getName();
  if (sheetName === SettingsSheet.name) {
    if (mayChangeCensusReasons(event)) {
      const { range } = event;
      const lastRow = range.getRow() + range.getNumRows() - 1;
      withDocumentLock(LOCK_WAIT_MS, () =>
        refreshCensusReasons(range.getRow(), lastRow, event.oldValue),
      );
    }
    return;
  }
  if (!CHECKED_SHEETS.has(sheetName)) return;
  const range = event.range;
  const edit: Edit = {
    firstRow: range.getRow(),
    numRows: range.getNumRows(),
    column: range.getColumn(),
    numColumns: range.getNumColumns(),
    oldValue: event.oldValue,
  };
  const rows = editedRows(edit);
  if (rows.size === 0) return;
  withDocumentLock(LOCK_WAIT_MS, () => {
    // A Placements edit needs the other rows only for the rules between rows (and their reviews not).
    const only = sheetName === Placements.name ? { placementRows: rows } : undefined;
    const read = readWorkbookForChecks(undefined, only);
    // A missing sheet or header is said by Validate all and setup; a trigger stays silent.
    if (!read.ok) return;
    if (sheetName === Placements.name) {
      const extraProblems = new Map([
        ...statusChangeProblems(read.workbook, edit),
        ...pupilOnEmptiedRow(read.workbook, edit),
      ]);
      recheckPlacements(read.workbook, { rows, extraProblems });
    } else if (sheetName === Providers.name) {
      recheckProviders(read.workbook, { rows });
    } else {
      // The review rows' own marks (DOMAIN.md §4: what makes a row a review), then the placements
      // whose Last review and Next review due they move.
      recheckReviews(read.workbook, { rows });
      const placementRows = placementsReviewed(read.workbook, rows, edit.oldValue);
      if (placementRows.size > 0) recheckPlacements(read.workbook, { rows: placementRows });
    }
  });
}

/**
 * Whether a Settings edit could change the census reasons' labels. A single cell's edit carries its
 * value and old value (Event objects guide), so one that neither is nor was a "Census reason: …"
 * name is known at once, with no service call; a paste of many cells is looked at on the sheet.
 */
function mayChangeCensusReasons(event: GoogleAppsScript.Events.SheetsOnEdit): boolean {
  const { value, oldValue } = event as { value?: unknown; oldValue?: unknown };
  if (value === undefined && oldValue === undefined) return true;
  return censusReasonLabel(value) !== undefined || censusReasonLabel(oldValue) !== undefined;
}

/** The rows of the edited block below the header: a paste of many rows is many rows. */
function editedRows(edit: Edit): Set<number> {
  const rows = new Set<number>();
  for (let row = Math.max(2, edit.firstRow); row < edit.firstRow + edit.numRows; row += 1) {
    rows.add(row);
  }
  return rows;
}

/** Why the Status a person just typed is not allowed yet, when they changed it in one cell. */
function statusChangeProblems(
  workbook: WorkbookForChecks,
  edit: Edit,
): ReadonlyMap<number, readonly Problem[]> {
  const { placements } = workbook;
  const statusColumn = placements.index.columnOf.get('status');
  const single = edit.numRows === 1 && edit.numColumns === 1;
  if (!single || edit.oldValue === undefined || statusColumn !== edit.column - 1) return new Map();
  const snapshot = snapshotOf(workbook);
  const row = snapshot.placements.find((r) => r.rowNumber === edit.firstRow);
  if (!row) return new Map();
  const from = Placements.columns.status.schema.safeParse(edit.oldValue);
  const context = placementContext(indexWorkbook(snapshot, workbook.today), row.record);
  const problems = forbiddenStatusChange(
    from.success ? from.data : undefined,
    row.record.status,
    context,
  );
  return new Map([[row.rowNumber, problems]]);
}

/**
 * A pupil name typed into an empty Pupil name cell of a row that already has a Placement ID: the
 * ID was issued to the placement once on this row (IDs come only with a name), so this may be a
 * different pupil about to inherit its reviews and documents. Warned, never undone.
 */
function pupilOnEmptiedRow(
  workbook: WorkbookForChecks,
  edit: Edit,
): ReadonlyMap<number, readonly Problem[]> {
  const { placements } = workbook;
  const nameColumn = placements.index.columnOf.get('pupilName');
  const single = edit.numRows === 1 && edit.numColumns === 1;
  if (!single || edit.oldValue !== undefined || nameColumn !== edit.column - 1) return new Map();
  const row = placements.rows.find((r) => r.rowNumber === edit.firstRow);
  const id = row?.record.placementId;
  if (!row || !id || row.record.pupilName === undefined) return new Map();
  return new Map([
    [
      row.rowNumber,
      [
        warning(
          PLACEMENT.placementId,
          `${id} was issued to a placement on this row before its Pupil name was cleared — if this is a different pupil, delete the row and enter them on a new one`,
        ),
      ],
    ],
  ]);
}

/**
 * The Placements rows whose Last review and Next review due an edit of Reviews can change: those
 * whose ID is on an edited review row, or was in the one cell edited before (a review moved from
 * one placement to another).
 */
function placementsReviewed(
  workbook: WorkbookForChecks,
  reviewRows: ReadonlySet<number>,
  oldValue: unknown,
): Set<number> {
  const ids = new Set<string>();
  for (const row of workbook.reviews.rows) {
    if (reviewRows.has(row.rowNumber) && row.record.placementId) ids.add(row.record.placementId);
  }
  const before = Reviews.columns.placementId.schema.safeParse(oldValue);
  if (oldValue !== undefined && before.success && before.data) ids.add(before.data);
  const rows = new Set<number>();
  for (const row of snapshotOf(workbook).placements) {
    if (row.record.placementId && ids.has(row.record.placementId)) rows.add(row.rowNumber);
  }
  return rows;
}
