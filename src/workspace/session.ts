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
  const lock = LockService.getDocumentLock();
  if (!lock) return work();
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
