// How every report runs from the menu: under the document lock, a service error said in words, never thrown at the person.
import { withDocumentLock } from '../../workspace/session';
import { tellPerson } from '../../workspace/ui';

/**
 * Runs `work` holding the document lock (two reports are never written over each other) and tells
 * the person its message; says so when a colleague holds the workbook, and when Google failed part
 * way (the report sheets say INCOMPLETE when that left them half-made, report-sheet.ts).
 */
export function runReport(menuItem: string, work: () => string): void {
  let message: string;
  try {
    message =
      withDocumentLock(10_000, work) ??
      `Someone else is changing this workbook right now. Wait a minute, then choose ${menuItem} again.`;
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    message = `${menuItem} could not be finished: Google said "${reason}". Choose ${menuItem} again.`;
  }
  tellPerson(message);
}
