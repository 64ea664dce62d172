// The email that gives a provider its form's link: no pupil, no placement, just what to do.
import type { FormContent } from './form-content';

export interface LinkEmail {
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Sent to the provider's Contact email and DSL email when the form is made, and again only when
 * its link changes (or a new address is entered). The link carries only the form's id.
 */
export function linkEmail(
  provider: string,
  schoolName: string | undefined,
  url: string,
  content: Pick<FormContent, 'title'>,
): LinkEmail {
  const school = schoolName?.trim() || 'The school';
  const lines = [
    `Dear colleague at ${provider},`,
    `${school} now takes attendance for the pupils it places with you through a short Google Form: "${content.title}".`,
    `Please open it each day, answer every session listed (Present, Late, Absent or No session today), and send it. The questions change each school day; the link stays the same:`,
    url,
    'If a pupil is absent, please give the reason if you know it. The school is told of every absence at once.',
    `Anything the school must know the same day, such as a worry about a pupil's safety, goes in the last question: ${school}'s Designated Safeguarding Lead is told at once. In an emergency, phone the school as well.`,
    'You do not need a Google account. The form shows pupils by placement ID and initials only.',
    `With thanks,\n${school}`,
  ];
  return {
    subject: `${school}: daily attendance form for pupils placed with ${provider}`,
    body: lines.join('\n\n'),
    htmlBody: lines
      .map((line) =>
        line === url
          ? `<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`
          : `<p>${escapeHtml(line).replace(/\n/g, '<br>')}</p>`,
      )
      .join(''),
  };
}
