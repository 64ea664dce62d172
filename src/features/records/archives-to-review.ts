// "Archives past their keep-until date" (menu): the yearly archives the DPO should now decide about. Never deletes.
import { parseYearLabel } from '../../domain/archive/school-year';
import { formatDate } from '../../domain/calendar/iso-date';
import { SettingsSheet } from '../../domain/sheets/settings';
import { spreadsheetLink } from '../../workspace/archive-book';
import { settingRows } from '../../workspace/settings';
import { isDate } from '../../workspace/spreadsheet';
import { openTables, readTable } from '../../workspace/table';
import { runReport } from '../reports/report-run';
import { linkedArchives } from './story-read';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function listArchivesToReview(): void {
  runReport('Records ▸ Archives past their keep-until date', archivesToReviewMessage);
}

/**
 * From Settings ("Archive 2025-26" and "Archive 2025-26 keep until"), without opening the archives:
 * a colleague whose runs cannot open them still sees the list. The add-on deletes nothing: whether
 * and how to dispose of a record is the school's decision (its retention schedule, its DPO).
 */
export function archivesToReviewMessage(): string {
  const workbook = openTables();
  const settings = readTable(SettingsSheet, workbook);
  if (!settings.ok) return settings.message;
  const rows = settingRows(settings.table);
  const today = workbook.dates.isoDate(new Date());
  const keepUntil = new Map<string, string>();
  for (const row of rows) {
    const label = /^Archive (\d{4}-\d{2}) keep until$/.exec(String(row.name ?? '').trim())?.[1];
    if (!label || !parseYearLabel(label)) continue;
    const value = row.value;
    const day = isDate(value) ? workbook.dates.isoDate(value) : String(value ?? '').trim();
    if (ISO_DAY.test(day)) keepUntil.set(label, day);
  }
  const archives = linkedArchives(rows);
  if (archives.length === 0) {
    return 'No archive is linked on Settings yet: Records ▸ Archive the year makes one after the summer term.';
  }
  const lines = archives.map(({ label, id }) => {
    const until = keepUntil.get(label);
    const state = !until
      ? 'no keep-until date recorded (run Archive the year for it again)'
      : until < today
        ? `PAST its keep-until date, ${formatDate(until)}`
        : `keep until ${formatDate(until)}`;
    return {
      past: Boolean(until && until < today),
      text: `${label}: ${state} — ${spreadsheetLink(id)}`,
    };
  });
  const past = lines.filter((l) => l.past);
  const intro =
    past.length === 0
      ? 'No archive is past its keep-until date.'
      : `${past.length} archive${past.length === 1 ? ' is' : 's are'} past the keep-until date (six years after the last attendance entry, School Attendance (Pupil Registration) (England) Regulations 2024, reg. 7). The add-on never deletes anything: your data protection officer decides, by the school's retention schedule, whether to keep or dispose of each.`;
  return `${intro}\n\n${lines.map((l) => l.text).join('\n')}`;
}
