// Sends email with MailApp (PLATFORM.md: script.send_mail, not GmailApp's full Gmail access).

export interface Email {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string;
  /** The sender's display name; the address is the account the code runs as. */
  readonly name: string;
}

/**
 * Recipients this account may still send to today (MailApp counts each recipient). If Google
 * cannot say (the call fails), every digest is tried: MailApp refuses what the quota will not take,
 * and a refused digest goes again at the next run.
 */
export function remainingDailyQuota(): number {
  try {
    return MailApp.getRemainingDailyQuota();
  } catch (error) {
    console.warn(`Reminders: the mail quota could not be read (${String(error)}).`);
    return Number.POSITIVE_INFINITY;
  }
}

/** One email to one recipient; throws as MailApp does (an invalid address, the quota spent). */
export function sendEmail(email: Email): void {
  MailApp.sendEmail({ ...email });
}
