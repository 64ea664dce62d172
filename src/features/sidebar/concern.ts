// A safeguarding concern from the sidebar: the date on the placement, then the DSL and Head told at once.
import { formatDate } from '../../domain/calendar/iso-date';
import { planConcern } from '../../domain/sidebar/concern-record';
import { parseForm } from '../../domain/sidebar/forms/fields';
import { concernForm } from '../../domain/sidebar/forms/schemas';
import type { Settings } from '../../domain/sheets/settings';
import type { FormResult } from '../../shared/sidebar-api';
import { readReminderStatus } from '../../workspace/reminder-trigger';
import { activeWorkbook } from '../../workspace/workbook/open';
import { writeRowCells } from '../../workspace/row-cells';
import { readSidebarWorkbook, type SidebarRead } from '../../workspace/workbook-for-sidebar';
import { alertConcernsNow, type HourlyRun } from '../reminders/run-hourly-jobs';
import {
  done,
  invalid,
  logChange,
  NOT_SET_UP,
  onceUnderLock,
  refused,
  reread,
} from './form-result';
import { dayOf } from './state';

const DETAILS_ELSEWHERE =
  "Record what happened in the school's safeguarding system: only the date goes on this sheet.";

interface Written {
  readonly placementId: string;
  readonly date: string;
  readonly row: number;
  readonly written: boolean;
  readonly finished: boolean;
  /** A review on or after the concern's date: the reminders then count it as reviewed. */
  readonly reviewed: boolean;
  readonly settings: Settings;
  readonly after: SidebarRead;
}

/** Whether the alert went now, and if not, when it will. */
function alertSaid(run: HourlyRun | undefined, w: Written): string {
  const later = () => {
    try {
      return readReminderStatus(activeWorkbook().store)?.on
        ? 'the next hourly reminder run will email the DSL and Head Teacher'
        : 'reminders are off, so no hourly run will send it: tell the DSL yourself now';
    } catch {
      return 'tell the DSL yourself now';
    }
  };
  if (w.finished) {
    return `${w.placementId} has finished, so no alert is sent for it: tell the DSL yourself now.`;
  }
  if (w.reviewed) {
    return 'A review on or after that date is already recorded, so the add-on sends no alert (it counts the concern as reviewed): if that review did not consider this concern, tell the DSL yourself now.';
  }
  if (!w.settings.dslEmail && !w.settings.headTeacherEmail) {
    return 'DSL email and Head teacher email on Settings are blank, so nobody could be emailed: tell the DSL yourself now, and fill them in.';
  }
  if (run === undefined) return `The workbook was busy, so ${later()}.`;
  const outcome = run.outcome;
  // Emails that went are said as sent, even when something after them failed (the Log).
  const allSent = outcome !== undefined && outcome.sent > 0 && outcome.failed === 0;
  if (run.problem && !allSent)
    return `The alert could not be sent now (${run.problem}); ${later()}.`;
  if (!outcome) return `The alert could not be sent now; ${later()}.`;
  if (outcome.failed > 0 || outcome.heldBack > 0) {
    return `Not every alert could be sent now; ${later()}.`;
  }
  if (outcome.sent === 0)
    return 'The DSL and Head Teacher were already alerted about this concern.';
  return w.settings.emailMode === 'Dry run'
    ? 'Email mode on Settings is Dry run: the alert is in the Log, not emailed.'
    : 'The DSL and Head Teacher have been emailed.';
}

/**
 * Writes Safeguarding concern date (that cell only, on the placement's row found by its ID at
 * write time), logs it, then alerts through alertConcernsNow, which sends only concerns never sent
 * (so the hourly run will not send this one again, and a repeat sends nothing new). Every step
 * finds what an earlier attempt of the same request did, so a retry completes it.
 */
export function recordConcern(form: unknown): FormResult {
  const parsed = parseForm(concernForm, form);
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  const concern = parsed.value;
  return onceUnderLock(concern.requestId, (attempt): FormResult => {
    const read = readSidebarWorkbook();
    const book = read.complete;
    if (!book) return refused(NOT_SET_UP);
    const { day } = dayOf(book, read.now);
    const p = day.placementById.get(concern.placementId);
    const plan = planConcern(concern, p, day.today);
    if (!plan.ok || !p) return invalid(plan.ok ? {} : plan.fieldErrors);
    const row = p.row.rowNumber;
    const said: string[] = [];
    if (plan.write) {
      const write = writeRowCells(book.checks.placements, row, {
        safeguardingConcernDate: concern.date,
      });
      if (!write.written) {
        return refused(`Nothing was saved. ${write.said ?? ''} Look at the sheet, then try again.`);
      }
      if (write.said) said.push(write.said);
    }
    if (plan.write || attempt.resumed) {
      const logProblem = logChange(
        {
          action: 'Safeguarding concern recorded',
          subject: concern.placementId,
          detail: `Concern date ${concern.date}`,
        },
        concern.requestId,
        attempt,
      );
      if (logProblem) said.push(logProblem);
    }
    const { after, problem } = reread(read, [concern.placementId], attempt);
    // The row it is on now: a colleague may have sorted Placements since the first read.
    const rowNow =
      after.complete?.checks.placements.rows.find(
        (r) => r.record.placementId === concern.placementId,
      )?.rowNumber ?? row;
    if (problem) said.push(problem);
    const lastReview = p.context.lastReview;
    const written: Written = {
      placementId: concern.placementId,
      date: concern.date,
      row: rowNow,
      written: plan.write || attempt.resumed !== undefined,
      finished: plan.finished,
      reviewed: lastReview !== undefined && lastReview >= concern.date,
      settings: book.checks.settings,
      after,
    };
    let run: HourlyRun | undefined;
    try {
      run = written.finished || written.reviewed ? undefined : alertConcernsNow();
    } catch (e) {
      run = { jobs: [], problem: e instanceof Error ? e.message : String(e) };
    }
    const alerting = !written.finished && !written.reviewed;
    const alerted = run?.outcome !== undefined && run.outcome.failed === 0;
    // The alert is part of recording a concern: the same request sent again tries it again.
    if (alerting && !alerted) attempt.unfinished();
    const recorded = written.written
      ? `Recorded a safeguarding concern on ${formatDate(written.date)} for ${written.placementId} (Placements row ${written.row}).`
      : `${written.placementId} already has this concern date.`;
    return done(
      [recorded, ...said, alertSaid(run, written), DETAILS_ELSEWHERE].join(' '),
      null,
      after,
      { sheetName: 'Placements', row: rowNow },
      read,
    );
  });
}
