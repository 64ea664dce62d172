// "Placement record" and "Subject access request (by UPN)" (menu): one Google Doc of everything the workbook and
// its archives hold about one placement, or about every placement of one pupil.
import { placementRecordBlocks, type PlacementStory } from '../../domain/records/placement-record';
import { schoolCalendar } from '../../domain/calendar/school-calendar';
import { formatMoment } from '../../domain/calendar/iso-date';
import { idOf } from '../../domain/archive/archive-plan';
import { normaliseUpn, upnProblems } from '../../domain/rules/upn';
import { Documents } from '../../domain/sheets/documents';
import { Placements } from '../../domain/sheets/placements';
import { TermDates } from '../../domain/sheets/term-dates';
import { settingRows } from '../../workspace/settings';
import { SettingsSheet } from '../../domain/sheets/settings';
import { appendRecords } from '../../workspace/document-records';
import { documentsFolderIn } from '../../workspace/document-settings';
import { readDocumentBody, updateDocument } from '../../workspace/docs';
import { templateRequests } from '../../workspace/docs-requests';
import { createEmptyDocument, findCopy } from '../../workspace/drive';
import { appendLog } from '../../workspace/log';
import { selectedRows } from '../../workspace/selection';
import { currentUserEmail } from '../../workspace/session';
import { openWorkbook, type Spreadsheet } from '../../workspace/spreadsheet';
import { openTables, readTable } from '../../workspace/table';
import { askForText } from '../../workspace/ui';
import { inBinMessage, notConnectedMessage } from '../documents/connect-messages';
import { documentsFolderToReach, probe } from '../documents/school-files';
import {
  FIRST_ATTEMPT,
  runReport,
  type ReportAttempt,
  type ReportOutcome,
} from '../reports/report-run';
import { docLink } from '../reports/ap-register-doc';
import { linkedArchives, readStories } from './story-read';

const RECORD_ITEM = 'Records ▸ Placement record';
const REQUEST_ITEM = 'Records ▸ Subject access request (by UPN)';

/** The Placement ID of the row selected on Placements, or why there is none. */
function selectedPlacementId(spreadsheet: Spreadsheet): { id: string } | { message: string } {
  const selected = selectedRows(spreadsheet);
  const ask = `Select a placement's row on the Placements sheet, then choose ${RECORD_ITEM} again.`;
  if (!selected || selected.sheetName !== Placements.name || selected.lastRow < 2) {
    return { message: ask };
  }
  if (selected.firstRow !== selected.lastRow) {
    return {
      message: `Select one placement's row (a record is about one placement), then choose ${RECORD_ITEM} again.`,
    };
  }
  const table = readTable(Placements, openTables(spreadsheet));
  if (!table.ok) return { message: table.message };
  const row = table.table.rows.find((r) => r.rowNumber === selected.firstRow);
  const id = idOf(row?.record.placementId);
  return id === ''
    ? {
        message: `Row ${selected.firstRow} of Placements has no Placement ID yet. Choose Validate all to give it one, then choose ${RECORD_ITEM} again.`,
      }
    : { id };
}

export function makePlacementRecord(): void {
  runReport(RECORD_ITEM, () => {
    const spreadsheet = openWorkbook();
    const chosen = selectedPlacementId(spreadsheet);
    if ('message' in chosen) return chosen.message;
    return recordWork(spreadsheet, { placementId: chosen.id }).message;
  });
}

export function makeSubjectAccessRecord(): void {
  const typed = askForText(
    'Subject access request',
    "The pupil's UPN (13 characters, as on the MIS). The Doc lists every placement of that pupil in this workbook and its archives.",
  );
  if (typed === undefined) return;
  runReport(REQUEST_ITEM, () => recordWork(openWorkbook(), { upn: typed }).message);
}

/** Which placements a record covers: one by ID, or every one of a UPN. */
export type RecordSubject = { readonly placementId: string } | { readonly upn: string };

/**
 * Reads the live workbook and every linked archive, makes the Doc in the documents folder, lists
 * it on Documents and writes a Log line for each placement in it (who made it is the Log's User).
 */
export function recordWork(
  spreadsheet: Spreadsheet,
  subject: RecordSubject,
  attempt: ReportAttempt = FIRST_ATTEMPT,
): ReportOutcome {
  const workbook = openTables(spreadsheet);
  const settings = readTable(SettingsSheet, workbook);
  if (!settings.ok) return { message: settings.message };
  const rows = settingRows(settings.table);
  const folderId = documentsFolderIn(rows);
  if (!folderId) {
    return {
      message:
        'There is no documents folder on Settings yet. Choose Set up workbook to make it, then try again.',
    };
  }
  let upn: string | undefined;
  if ('upn' in subject) {
    upn = normaliseUpn(subject.upn);
    const problems = upnProblems(upn);
    if (upn === '' || problems.length > 0) {
      return {
        message: `"${subject.upn.slice(0, 20)}" is not a UPN: ${problems[0]?.message ?? 'it is blank'}. Choose ${REQUEST_ITEM} again and type the 13-character UPN.`,
      };
    }
  }
  const read = readStories(spreadsheet, workbook.dates, linkedArchives(rows));
  const ids = upn
    ? [...(read.idsByUpn.get(upn) ?? [])].sort()
    : [(subject as { placementId: string }).placementId];
  const stories: PlacementStory[] = ids.map((placementId) => ({
    placementId,
    ...(read.stories.get(placementId) ?? {
      placement: [],
      reviews: [],
      attendance: [],
      documents: [],
      log: [],
    }),
  }));
  const terms = readTable(TermDates, workbook);
  const calendar = schoolCalendar(terms.ok ? terms.table.rows.map((r) => r.record) : []);
  const madeAt = workbook.dates.isoTimestamp(new Date());
  const title = upn
    ? `Subject access request: every placement of UPN ${upn}`
    : `Placement record ${ids[0] ?? ''}`;
  const [folder] = probe([documentsFolderToReach(folderId)]);
  const again = upn ? REQUEST_ITEM : RECORD_ITEM;
  if (folder?.state === 'missing')
    return { message: notConnectedMessage([folder.label], `choose ${again} again`) };
  if (folder?.state === 'trashed')
    return { message: inBinMessage(folder.label, `choose ${again} again`) };
  const docName = upn
    ? `Subject access request ${ids.join(' ') || 'no placement'} ${madeAt.slice(0, 10)}`
    : `Placement record ${ids[0] ?? ''} ${madeAt.slice(0, 10)}`;
  // A sidebar request sent again after a failure part-way finishes the Doc it began (its label).
  let id = typeof attempt.resumed?.docId === 'string' ? attempt.resumed.docId : undefined;
  if (id === undefined && attempt.resumed && attempt.token) id = findCopy(attempt.token)?.id;
  if (id === undefined) {
    id = createEmptyDocument(docName, folderId, attempt.token);
    attempt.step({ docId: id });
  }
  const madeBy = currentUserEmail();
  // A write whose reply was lost may have landed: a Doc with text in it is written already.
  const written =
    attempt.resumed?.docWritten === true ||
    (attempt.resumed !== undefined && readDocumentBody(id).some((e) => e.text.trim() !== ''));
  if (!written) {
    const request = {
      title,
      madeAt: formatMoment(madeAt),
      madeBy,
      read: read.read,
      notRead: read.notRead,
      stories,
    };
    updateDocument(id, templateRequests(placementRecordBlocks(request, calendar)));
    attempt.step({ docWritten: true });
  }
  const link = docLink(id);
  const subjectText = upn ? 'Subject access request' : (ids[0] ?? '');
  const listed = appendRecords(
    Documents,
    [{ created: madeAt, subject: subjectText, document: docName, link, createdBy: madeBy }],
    workbook.dates,
    { sameBy: ['link'] },
  );
  const logProblems = (ids.length > 0 ? ids : ['Workbook']).map((placementId) =>
    appendLog({
      action: upn ? 'Subject access record' : 'Placement record',
      subject: placementId,
      detail: `${link}${read.notRead.length > 0 ? ` (${read.notRead.length} archive(s) not read)` : ''}`,
    }),
  );
  const counted = upn
    ? ids.length === 0
      ? 'No placement of that UPN was found in the workbook or the archives read.'
      : `It covers ${ids.length} placement${ids.length === 1 ? '' : 's'}: ${ids.join(', ')}.`
    : '';
  const incomplete =
    read.notRead.length > 0
      ? ` It may be incomplete: ${read.notRead.length} archive(s) could not be read for you (the Doc names them).`
      : '';
  return {
    message: [
      `The ${upn ? 'subject access' : 'placement'} record is in the documents folder and listed on Documents: ${link}. ${counted}${incomplete}`,
      listed,
      ...logProblems,
    ]
      .filter(Boolean)
      .join(' '),
    link,
  };
}
