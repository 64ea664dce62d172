// Shared helpers for integration tests: the built add-on in a fresh emulated workspace.
import { Workspace, loadAddOn, type AddOn, type WorkspaceOptions } from '../../../emulator';
import { deploy } from './deployment';

export interface Loaded {
  readonly ws: Workspace;
  readonly addOn: AddOn;
}

/** Loads dist/Code.js (run `npm run build` first) into a new workspace. */
export function loadWorkbook(
  options: WorkspaceOptions & { readonly distDir?: string } = {},
): Loaded {
  const { distDir, ...workspaceOptions } = options;
  const ws = new Workspace({ now: '2026-11-30T08:00:00Z', ...workspaceOptions });
  if (!options.runAs) deploy(ws);
  return { ws, addOn: loadAddOn({ workspace: ws, ...(distDir && { distDir }) }) };
}

/** The workbook's whole document state, to prove a run changed nothing. */
export function documentState(ws: Workspace): string {
  return JSON.stringify(ws.spreadsheet.toJSON());
}

/** The last message the add-on showed in an alert. */
export function lastAlert(ws: Workspace): string | undefined {
  return ws.ui.alerts[ws.ui.alerts.length - 1]?.prompt;
}

/** Invented placement rows (no real pupils), in the column order given. */
export function inventedPlacements(headers: readonly string[], count: number): unknown[][] {
  const cellFor = (header: string, i: number): unknown => {
    switch (header) {
      case 'Placement ID':
        return `AP-${String(i + 1).padStart(4, '0')}`;
      case 'Status':
        return ['Proposed', 'Agreed', 'Active', 'Paused'][i % 4];
      case 'Pupil name':
        return `Pupil ${i + 1} Example`;
      case 'Start date':
        return new Date(2026, 0, 5 + (i % 20));
      case 'Provider':
        return 'Riverside Skills Centre';
      case 'Hours per week':
        return 12;
      default:
        return '';
    }
  };
  return Array.from({ length: count }, (_, i) => headers.map((h) => cellFor(h, i)));
}

/** A 1-based column number as letters (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
