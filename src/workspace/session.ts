// Who is running the add-on, and the document lock that keeps two runs from colliding.
/** '' when Google will not say (simple triggers, some consumer accounts: PLATFORM.md). */
export function currentUserEmail(): string {
  return Session.getActiveUser().getEmail();
}

/**
 * Runs `work` holding the document lock, so two people pressing "Set up workbook" at once cannot
 * both add the same columns. Returns undefined when someone else holds it after `waitMs`.
 */
export function withDocumentLock<T>(waitMs: number, work: () => T): T | undefined {
  return withLock(LockService.getDocumentLock(), waitMs, work);
}

/**
 * The reminders' lock: the document lock; in a run with no document (an add-on's clock run: the
 * reference returns null there) the owner's user lock, so two runs of the owner's trigger never
 * overlap. It does not keep out a colleague's sidebar run, which holds the document lock: see the
 * README, "To confirm on a real account".
 */
export function withRemindersLock<T>(waitMs: number, work: () => T): T | undefined {
  return withLock(LockService.getDocumentLock() ?? LockService.getUserLock(), waitMs, work);
}

function withLock<T>(
  lock: GoogleAppsScript.Lock.Lock | null,
  waitMs: number,
  work: () => T,
): T | undefined {
  if (!lock) return work();
  // Already held by this run (a Log line written inside a form's save): taken and let go by the
  // outer call, so the inner one must not release it half way.
  if (lock.hasLock()) return work();
  if (!lock.tryLock(waitMs)) return undefined;
  try {
    return work();
  } finally {
    try {
      lock.releaseLock();
    } catch {
      // Apps Script releases every lock when the execution ends; the work is done either way.
    }
  }
}

/** The account the code runs as: a trigger's owner in a trigger run; '' when Google will not say. */
export function effectiveUserEmail(): string {
  return Session.getEffectiveUser().getEmail();
}

/**
 * Now as 'YYYY-MM-DD HH:mm:ss' in the script's (manifest's) zone, for a run that cannot read the
 * workbook's own zone (an hourly run that could not open it).
 */
export function scriptNow(): string {
  return Utilities.formatDate(new Date(), Session.getScriptTimeZone(), 'yyyy-MM-dd HH:mm:ss');
}

/**
 * This user's own lock (the reminders' owner's): a form-submit run takes it as well as the document
 * lock, so it never overlaps an add-on's hourly run, which has no document lock to take.
 */
export function withUserLock<T>(waitMs: number, work: () => T): T | undefined {
  return withLock(LockService.getUserLock(), waitMs, work);
}
