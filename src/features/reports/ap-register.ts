// "AP register" (menu): rebuilds the add-on's register sheet from the workbook, dated, and says what it holds.
import { registerSheetRows } from '../../domain/reports/ap-register';
import { appendLog } from '../../workspace/log';
import { writeReport } from '../../workspace/report-sheet';
import { openWorkbook } from '../../workspace/spreadsheet';
import { readRegister, registerCounts } from './register-read';
import { runReport, type ReportOutcome } from './report-run';

export const AP_REGISTER_SHEET = 'AP register';

const PROTECTION =
  'Made by the AP Placements add-on (AP register): it is replaced each time the register is made.';

/**
 * Builds the register (register-read.ts) and writes it in one block. Holding the document lock, so
 * two registers are not written over each other. The Log records counts only.
 */
export function makeApRegister(): void {
  runReport('Reports ▸ AP register', () => apRegisterWork().message);
}

/** The work itself, for the menu and the sidebar, the caller holding the document lock. */
export function apRegisterWork(): ReportOutcome {
  const spreadsheet = openWorkbook();
  const built = readRegister(spreadsheet, new Date());
  if (!built.ok) return { message: built.message };
  const { register } = built.read;
  const written = writeReport(
    spreadsheet,
    AP_REGISTER_SHEET,
    registerSheetRows(register),
    PROTECTION,
  );
  if (!written.ok) return { message: written.message };
  const counts = registerCounts(register);
  const logProblem = appendLog({ action: 'AP register', subject: 'Workbook', detail: counts });
  return {
    message: [`The AP register is on the ${AP_REGISTER_SHEET} sheet: ${counts}`, logProblem]
      .filter(Boolean)
      .join(' '),
  };
}
