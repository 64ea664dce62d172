// How every report runs from the menu: under the document lock, a service error said in words, never thrown at the person.
import type { Steps } from '../../workspace/requests';
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

/** What a report did, for the menu's message or the sidebar's answer (a link when it made a file). */
export interface ReportOutcome {
  readonly message: string;
  readonly link?: string;
}

/**
 * An earlier attempt of the same sidebar request that stopped part-way (its steps: the Doc or CSV
 * already made), and a way to note each step, so a repeat never makes a second file.
 */
export interface ReportAttempt {
  readonly resumed: Steps | undefined;
  step(steps: Steps): void;
  /** The sidebar request's id: a file it made is labelled with it, to be found if a reply is lost. */
  readonly token?: string;
}

/** The menu's attempt: there is no request to resume. */
export const FIRST_ATTEMPT: ReportAttempt = { resumed: undefined, step: () => undefined };
