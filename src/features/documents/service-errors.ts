// What a failed Drive or Docs call means for the person: a plain sentence, never a stack trace.

/** Google's own words, without the "Exception:" prefix Apps Script sometimes adds. */
export function googleSaid(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/^(Exception|GoogleJsonResponseException):\s*/, '').trim();
}

/**
 * Missing authorisation reads "You do not have permission to call X. Required permissions: ..."
 * (https://developers.google.com/apps-script/concepts/scopes); a domain admin may have withheld
 * the Docs or Drive scope, or the add-on was installed before it asked for them.
 */
export function isPermissionProblem(error: unknown): boolean {
  return /do not have permission|Authorization is required/i.test(googleSaid(error));
}

export const PERMISSION_ADVICE =
  'The add-on is not allowed to make Google Docs for you: it needs the "documents" and "drive.file" permissions (only the files the add-on makes). Ask whoever manages Google Workspace at your school to allow them, or reopen the sheet and accept the permissions the add-on asks for, then try again.';

/**
 * A copy Drive answers with "File not found" names the file it cannot reach: the template or the
 * folder was deleted, or the add-on made it for a colleague (drive.file is per user, PLATFORM.md).
 */
export function copyProblem(
  error: unknown,
  files: { readonly templateId: string; readonly folderId: string },
): string {
  const said = googleSaid(error);
  if (/File not found/i.test(said)) {
    const what = said.includes(files.templateId)
      ? 'the template'
      : said.includes(files.folderId)
        ? 'the "AP Placements documents" folder'
        : undefined;
    if (what) {
      return `${what} cannot be reached: it was deleted, or the add-on made it for a colleague and Google lets it use only the files it made for you. If it was deleted, choose Set up workbook to make a new one; otherwise ask the colleague who set up the workbook to make this document`;
    }
  }
  return serviceProblem(error);
}

/** One sentence for a failure: the permission advice, or what Google said. */
export function serviceProblem(error: unknown): string {
  return isPermissionProblem(error) ? PERMISSION_ADVICE : googleSaid(error);
}

/**
 * "Docs created per day: 250 / 1,500" (PLATFORM.md); spent, Apps Script says "Service invoked too
 * many times for one day" (https://developers.google.com/apps-script/guides/services/quotas).
 */
export function isDailyLimit(error: unknown): boolean {
  return /too many times for one day/i.test(googleSaid(error));
}

/** Why a document failed, for what to advise: wait for an admin, wait for tomorrow, or try again. */
export type FailureReason = 'permission' | 'daily limit' | 'other';

export function failureReason(error: unknown): FailureReason {
  if (isPermissionProblem(error)) return 'permission';
  return isDailyLimit(error) ? 'daily limit' : 'other';
}
