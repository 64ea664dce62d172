// The hourly trigger's handler: decides which reminder jobs are due, and sends each digest once.
import { addDays } from '../../domain/calendar/iso-date';
import {
  dailyJobsDone,
  itemsForJobs,
  jobsDue,
  remindersForJobs,
  type ReminderJob,
} from '../../domain/reminders/jobs';
import { byRecipient, remindersDue, type Digest } from '../../domain/reminders/reminders-due';
import { SENT_MODES } from '../../domain/sheets/reminders-sent';
import {
  appendJobDone,
  jobsDoneToday,
  pruneSentRecord,
  RECORD_DAYS,
  sentSoFar,
} from '../../workspace/reminder-record';
import { readReminderStatus, removeTriggerById } from '../../workspace/reminder-trigger';
import { effectiveUserEmail, withDocumentLock, withRemindersLock } from '../../workspace/session';
import type { WorkbookAccess } from '../../workspace/workbook/access';
import { activeWorkbook, openForClockRun } from '../../workspace/workbook/open';
import { forgetConnection } from '../../workspace/workbook/reminders-connection';
import { readWorkbookForReminders, withAttendance } from '../../workspace/workbook-for-reminders';
import { workbookOutOfReach, workbookReachedAgain } from './out-of-reach';
import { gapNotice, recordHeartbeat } from './heartbeat';
import { morningLogCheck } from './morning-log-check';
import { sendDigests, type SendingOutcome } from './send-digests';
import { writeReminderLog, type ReminderLogLine } from './reminder-log';
import { keepReturnsHourly } from '../returns/returns-hourly';

/** How long a run waits for another run (or a document generation) to let go of the workbook. */
const LOCK_WAIT_MS = 30_000;

export interface HourlyRun {
  readonly jobs: readonly ReminderJob[];
  readonly outcome?: SendingOutcome;
  readonly problem?: string;
}

/**
 * Runs as the trigger's owner every hour. A run for reminders turned off, or taken over by a
 * colleague, removes its own trigger and does nothing else. Everything else happens holding the
 * document lock, so an overlapping run waits and then finds the record already says what was sent.
 */
export function runHourlyJobs(event?: GoogleAppsScript.Events.TimeDriven): void {
  const opened = openForClockRun(event?.triggerUid);
  if (!opened.ok) {
    // A trigger with no workbook recorded for it can never run anything: it removes itself.
    if (!opened.connection) removeTriggerById(event?.triggerUid);
    workbookOutOfReach(opened);
    return;
  }
  const { access, connection } = opened;
  if (connection?.unreachableSince) workbookReachedAgain(connection);
  const status = readReminderStatus(access.store);
  const me = effectiveUserEmail();
  const takenOver = status?.on === true && status.owner !== '' && me !== '' && status.owner !== me;
  if (status?.on === false || takenOver) {
    removeTriggerById(event?.triggerUid);
    forgetConnection(access.id);
    return;
  }
  recordHeartbeat(access, me, status);
  const run = withRemindersLock(LOCK_WAIT_MS, () => runDueJobs(access, new Date()));
  if (run === undefined) {
    console.log('Reminders: the workbook was busy; the next hourly run catches up.');
  } else if (run.problem) {
    console.warn(`Reminders: ${run.problem}`);
  }
}

/**
 * A concern just recorded from the sidebar goes to the DSL and the Head Teacher now, by the same
 * route as the hourly run (so the hourly run will not send it again). Takes the document lock;
 * returns undefined when the workbook is busy, and the next hourly run sends it.
 */
export function alertConcernsNow(): HourlyRun | undefined {
  return withDocumentLock(LOCK_WAIT_MS, () =>
    runDueJobs(activeWorkbook(), new Date(), ['concerns']),
  );
}

/** One run at `now`: read once, choose the jobs and items, send, record, log. */
export function runDueJobs(
  access: WorkbookAccess,
  now: Date,
  only?: readonly ReminderJob[],
): HourlyRun {
  const first = readWorkbookForReminders(access, now);
  if (!first.ok) return failedRead(first.message);
  const { settings, today, hour, record } = first.read;
  // Provider returns first: answers taken now are on Attendance before missing returns are chased.
  const returnLines = only ? [] : keepReturnsHourly(first.read, now);
  const mode = settings.emailMode === 'Dry run' ? SENT_MODES.dryRun : SENT_MODES.sent;
  const jobs = only ?? jobsDue(hour, settings.reminderHour, jobsDoneToday(record, mode, today));
  const read = dailyJobsDone(jobs).length > 0 ? withAttendance(first.read) : first;
  if (!read.ok) return failedRead(read.message);
  const due = remindersDue(read.read.snapshot, today, hour, remindersForJobs(jobs));
  const sent = sentSoFar(record, mode, today);
  const notice = gapNotice(access.store, settings, today, sent);
  const logCheck = jobs.includes('morning') ? morningLogCheck(access, settings, today) : undefined;
  const digests: Digest[] = byRecipient(
    itemsForJobs([...due.items, ...notice, ...(logCheck?.items ?? [])], jobs, sent),
  );
  const sentAt = access.dates.isoTimestamp(now);
  const lines: ReminderLogLine[] = [...returnLines];
  let outcome: SendingOutcome | undefined;
  try {
    if (jobs.includes('morning')) {
      const cutoff = addDays(today, -RECORD_DAYS);
      if (cutoff) pruneSentRecord(record, cutoff);
      for (const problem of due.problems) {
        lines.push({ action: 'Reminders', subject: 'Settings', detail: problem });
      }
      if (logCheck?.line) lines.push(logCheck.line);
    }
    outcome = sendDigests({ digests, read: read.read, record, mode, sentAt, sent, lines });
    if (outcome.complete) {
      for (const job of dailyJobsDone(jobs)) appendJobDone(record, job, mode, today, sentAt);
    }
  } finally {
    // What went out is in the Log even when a later call failed (the record already has it).
    writeReminderLog(lines, access, read.read.logHeader);
  }
  return { jobs, outcome };
}

function failedRead(message: string): HourlyRun {
  return { jobs: [], problem: message };
}
