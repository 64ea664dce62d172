// Names of generated documents: "AP-0007 Parent-carer agreement 2026-11-29", never a pupil's name.
import type { IsoDate } from '../cells';
import type { DocumentSubject } from './check';
import type { TemplateKind } from './model';

// A provider's name is the school's typing; a long one is cut so the type and date stay visible.
const LONGEST_SUBJECT = 80;

/**
 * The subject as a file name can show it: slashes and backslashes become hyphens (Drive shows
 * them, but a downloaded or synced copy turns them into folders), line breaks and other control
 * characters become spaces, spaces are single. The rest stays as typed, so staff recognise it.
 */
export function fileNamePart(text: string): string {
  const tidy = text
    .replace(/[/\\]/g, '-')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return tidy.length > LONGEST_SUBJECT ? `${tidy.slice(0, LONGEST_SUBJECT - 1).trim()}…` : tidy;
}

/**
 * "AP-0007 Parent-carer agreement 2026-11-29" or "Riverside Skills Centre Safeguarding
 * confirmation request 2026-11-29". The date is ISO so a folder sorted by name is in date order,
 * and a regenerated document is a new dated version, never the signed one overwritten (issue 4).
 * A placement's documents carry its Placement ID and never the pupil's name: file names show in
 * Drive lists, search, "recent" panes, sharing notices and the Documents sheet, which people see
 * who may not open the document; the name stays inside the Doc the school controls (DOMAIN.md §4:
 * IDs only where a list is kept, as for the Log).
 */
export function documentName(kind: TemplateKind, subject: DocumentSubject, today: IsoDate): string {
  const who = subject.scope === 'placement' ? subject.placementId : subject.provider;
  return [fileNamePart(who ?? ''), kind.documentType, today]
    .filter((part) => part !== '')
    .join(' ');
}
