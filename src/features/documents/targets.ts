// Which rows a generation is for: the selected placements (or providers), or the rest of a batch, with their values.
import { rowsInUse } from '../../domain/check-run';
import type { DocumentSubject } from '../../domain/documents/check';
import {
  placementMergeValues,
  providerMergeValues,
  type MergeValues,
} from '../../domain/documents/merge-values';
import type { TemplateKind } from '../../domain/documents/model';
import { indexWorkbook, placementContext } from '../../domain/rules/check-placements';
import { nameKey } from '../../domain/rules/context';
import type { SelectedRows } from '../../workspace/selection';
import type { WorkbookForChecks } from '../../workspace/workbook-for-checks';

/** One document to make: for whom, and the values it is filled with. */
export interface DocumentTarget {
  /** The Placement ID or provider name: in file names, messages, the Log and a pending batch. */
  readonly key: string;
  readonly subject: DocumentSubject;
  readonly values: MergeValues;
}

export type TargetsRead =
  | {
      readonly ok: true;
      readonly targets: readonly DocumentTarget[];
      /** Keys of a pending batch no longer on the sheet. */
      readonly gone: readonly string[];
    }
  | { readonly ok: false; readonly message: string };

interface Candidate {
  readonly rowNumber: number;
  readonly key: string | undefined;
  readonly target: () => DocumentTarget;
}

/** Every row of the sheet the document type is about, as a target made on demand. */
function candidates(kind: TemplateKind, workbook: WorkbookForChecks): Candidate[] {
  const { settings, today } = workbook;
  if (kind.scope === 'provider') {
    return workbook.providers.rows.map(({ rowNumber, record }) => ({
      rowNumber,
      key: record.provider,
      target: () => ({
        key: record.provider ?? `Providers row ${rowNumber}`,
        subject: { scope: 'provider', provider: record.provider, rowNumber },
        values: providerMergeValues(record, settings, today),
      }),
    }));
  }
  const { placements } = workbook;
  // A row holding only the add-on's cells (a placement cleared by hand) is no placement.
  const inUse = rowsInUse(placements.schema, placements.grid, placements.index);
  const index = indexWorkbook(
    {
      providers: workbook.providers.rows,
      reviews: workbook.reviews.rows,
      termDates: workbook.termDates.rows,
      settings,
    },
    today,
  );
  return placements.rows
    .filter(({ rowNumber }) => inUse.has(rowNumber))
    .map(({ rowNumber, record }) => ({
      rowNumber,
      key: record.placementId,
      target: () => ({
        key: record.placementId ?? `Placements row ${rowNumber}`,
        subject: { scope: 'placement', placementId: record.placementId, rowNumber },
        values: placementMergeValues(placementContext(index, record), settings),
      }),
    }));
}

function sheetOf(kind: TemplateKind): string {
  return kind.scope === 'provider' ? 'Providers' : 'Placements';
}

function selectAdvice(kind: TemplateKind): string {
  const what = kind.scope === 'provider' ? "providers' rows" : "placements' rows";
  return `Select the ${what} on the ${sheetOf(kind)} sheet (a cell in each row will do), then choose Generate documents > ${kind.name} again.`;
}

/** The rows the person selected, on the sheet this document type is about. */
export function targetsFromSelection(
  kind: TemplateKind,
  workbook: WorkbookForChecks,
  selection: SelectedRows | undefined,
): TargetsRead {
  const sheet = sheetOf(kind);
  if (!selection || selection.sheetName !== sheet) {
    return {
      ok: false,
      message: `A ${kind.name} is made from the ${sheet} sheet. ${selectAdvice(kind)}`,
    };
  }
  const chosen = candidates(kind, workbook).filter(
    ({ rowNumber }) => rowNumber >= selection.firstRow && rowNumber <= selection.lastRow,
  );
  if (chosen.length === 0) {
    const rows =
      selection.firstRow === selection.lastRow
        ? `row ${selection.firstRow}`
        : `rows ${selection.firstRow}–${selection.lastRow}`;
    const noun = kind.scope === 'provider' ? 'provider' : 'placement';
    return {
      ok: false,
      message: `There is no ${noun} in ${rows} of ${sheet}. ${selectAdvice(kind)}`,
    };
  }
  return { ok: true, targets: chosen.map((c) => c.target()), gone: [] };
}

/** The rest of a batch, by key, in the order saved; a key no longer on the sheet is reported. */
export function targetsFromKeys(
  kind: TemplateKind,
  workbook: WorkbookForChecks,
  keys: readonly string[],
): TargetsRead {
  const byKey = new Map<string, Candidate>();
  for (const candidate of candidates(kind, workbook)) {
    const key = nameKey(candidate.key);
    if (key !== undefined && !byKey.has(key)) byKey.set(key, candidate);
  }
  const targets: DocumentTarget[] = [];
  const gone: string[] = [];
  for (const key of keys) {
    const candidate = byKey.get(nameKey(key) ?? '');
    if (candidate) targets.push(candidate.target());
    else gone.push(key);
  }
  return { ok: true, targets, gone };
}
