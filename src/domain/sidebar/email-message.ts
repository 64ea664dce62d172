// The LA notification and the safeguarding confirmation request as emails: a covering note, then the
// default template filled as plain text, by the same fill as the documents (DOMAIN.md §6, P11, P12).
import { requiredValueProblems, templateProblems, type DocumentSubject } from '../documents/check';
import type { MergeValues } from '../documents/merge-values';
import { templateElements, type DefaultTemplate } from '../documents/model';
import { renderText } from '../documents/render';
import { LA_NOTIFICATION, SAFEGUARDING_CONFIRMATION_REQUEST } from '../documents/templates';
import { escapeHtml } from '../reminders/digest-email';

export interface EmailDraft {
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string;
}

export type EmailDraftResult =
  | { readonly ok: true; readonly draft: EmailDraft }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Each paragraph of the plain text as an HTML paragraph, every character escaped. */
function htmlOf(body: string): string {
  const paragraphs = body
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
  return `<div style="font-family: Arial, sans-serif; font-size: 14px">\n${paragraphs}\n</div>`;
}

/**
 * The filled template, or what is missing in it (the same required values as the document). The
 * school's own edited template in Docs is not read: an email is sent now, from the default words,
 * and the generated document remains the formal copy.
 */
function filled(
  kind: DefaultTemplate,
  values: MergeValues,
  subject: DocumentSubject,
): { text: string } | { problems: string[] } {
  const elements = templateElements(kind.blocks);
  const problems = [
    ...templateProblems(kind, elements),
    ...requiredValueProblems(kind, elements, values, subject),
  ].map((p) => p.message.replace(/, then generate again$/, ', then try again'));
  return problems.length > 0 ? { problems } : { text: renderText(kind.blocks, values) };
}

/** A subject is one line, however the school's name was typed. */
function draft(subject: string, note: string, text: string): EmailDraft {
  const body = `${note}\n\n${'—'.repeat(24)}\n\n${text}\n`;
  return { subject: subject.replace(/\s+/g, ' ').trim(), body, htmlBody: htmlOf(body) };
}

/** Subject names the Placement ID, never the pupil (as the digests: DOMAIN.md §7). */
export function laNotificationEmail(
  values: MergeValues,
  placement: { readonly placementId: string; readonly rowNumber: number },
  schoolName: string,
): EmailDraftResult {
  const result = filled(LA_NOTIFICATION, values, { scope: 'placement', ...placement });
  if ('problems' in result) return { ok: false, problems: result.problems };
  const note = [
    'Dear colleague,',
    `We are notifying you that ${schoolName} has commissioned alternative provision, as the Department for Education's guidance "Arranging alternative provision" (February 2025) asks schools always to do. Our notification follows; our reference is ${placement.placementId}. Please reply to this email if you need anything more.`,
    `With thanks,\n${schoolName}`,
  ].join('\n\n');
  return {
    ok: true,
    draft: draft(
      `Notification of alternative provision ${placement.placementId} – ${schoolName}`,
      note,
      result.text,
    ),
  };
}

export function safeguardingRequestEmail(
  values: MergeValues,
  provider: { readonly name: string; readonly rowNumber: number; readonly dslName: string },
  schoolName: string,
): EmailDraftResult {
  const result = filled(SAFEGUARDING_CONFIRMATION_REQUEST, values, {
    scope: 'provider',
    provider: provider.name,
    rowNumber: provider.rowNumber,
  });
  if ('problems' in result) return { ok: false, problems: result.problems };
  const note = [
    `Dear ${provider.dslName || 'colleague'},`,
    `${schoolName} places pupils with ${provider.name}. Keeping Children Safe in Education asks us to obtain written confirmation that the safeguarding checks on your staff have been carried out. Our request follows: please reply to this email with your confirmation, or complete and sign it and send it back to us.`,
    `With thanks,\n${schoolName}`,
  ].join('\n\n');
  return {
    ok: true,
    draft: draft(`Safeguarding confirmation request – ${schoolName}`, note, result.text),
  };
}
