// "Check the Log" (menu): whether every Log line is as the add-on wrote it, in plain words; the check is logged too.
import { logCheckDetail, logCheckMessage } from '../domain/log/log-check';
import { appendLog } from '../workspace/log';
import { readLogCheck } from '../workspace/log-read';
import { tellPerson } from '../workspace/ui';
import { activeWorkbook } from '../workspace/workbook/open';

/** Reads the Log once, checks it by number (a sort is no problem), says what it found, and logs it. */
export function checkTheLog(): void {
  let message: string;
  try {
    const read = readLogCheck(activeWorkbook());
    if (read.ok) {
      const logProblem = appendLog({
        action: 'Checked the Log',
        subject: 'Log',
        detail: logCheckDetail(read.check),
      });
      message = [logCheckMessage(read.check), logProblem].filter(Boolean).join('\n\n');
    } else {
      message = read.message;
    }
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    message = `The Log could not be checked: Google said "${reason}". Choose Records ▸ Check the Log again.`;
  }
  tellPerson(message);
}
