// Reading a report sheet in the tests: the rows under a section's title, by the section's header row.
import type { Workspace } from '../../../emulator';

/** The rows under the header row that follows the first row whose A cell matches `title`, up to a blank row. */
export function section(ws: Workspace, sheet: string, title: RegExp): Record<string, unknown>[] {
  const rows = ws.spreadsheet.sheet(sheet).values();
  const at = rows.findIndex((r) => title.test(String(r[0])));
  if (at < 0) return [];
  const headers = (rows[at + 1] ?? []).map(String);
  const body: Record<string, unknown>[] = [];
  for (const row of rows.slice(at + 2)) {
    if (row.every((cell) => cell === '')) break;
    body.push(Object.fromEntries(headers.map((h, i) => [h, row[i]])));
  }
  return body;
}
