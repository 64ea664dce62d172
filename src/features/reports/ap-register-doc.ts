// "AP register (printable Doc)" (menu): the same register as a Google Doc in the documents folder, listed on Documents.
import { registerDocBlocks } from '../../domain/reports/ap-register';
import { Documents } from '../../domain/sheets/documents';
import { appendRecords } from '../../workspace/document-records';
import { documentsFolderIn } from '../../workspace/document-settings';
import { readDocumentBody, updateDocument } from '../../workspace/docs';
import { templateRequests } from '../../workspace/docs-requests';
import { createEmptyDocument, findCopy } from '../../workspace/drive';
import { appendLog } from '../../workspace/log';
import { currentUserEmail } from '../../workspace/session';
import { openWorkbook } from '../../workspace/spreadsheet';
import { inBinMessage, notConnectedMessage } from '../documents/connect-messages';
import { documentsFolderToReach, probe } from '../documents/school-files';
import { readRegister, registerCounts } from './register-read';
import { FIRST_ATTEMPT, runReport, type ReportAttempt, type ReportOutcome } from './report-run';

const AGAIN = 'choose AP register (printable Doc) again';

/** A Doc's address from its id (Docs' own edit link). */
export function docLink(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

/**
 * Makes a new dated Doc each time (a register is a record of a moment, like menu generation's
 * copies), in the documents folder this person's runs can reach (drive.file: connected once),
 * written in one batchUpdate, then listed on Documents and the Log. Staff print it or download it
 * as PDF from Docs (File > Download).
 */
export function makeApRegisterDoc(): void {
  runReport(
    'Reports ▸ AP register (printable Doc)',
    () => apRegisterDocWork(FIRST_ATTEMPT).message,
  );
}

/**
 * The work itself, the caller holding the document lock. Each step is noted (the Doc made, then
 * written): a sidebar request sent again after a failure part-way finishes that Doc rather than
 * making a second one. A failure after the Doc is made is thrown, for the caller to say.
 */
export function apRegisterDocWork(attempt: ReportAttempt): ReportOutcome {
  const built = readRegister(openWorkbook(), new Date());
  if (!built.ok) return { message: built.message };
  const { register, access, madeAt, today, settingRows } = built.read;
  const folderId = documentsFolderIn(settingRows);
  if (!folderId) {
    return {
      message: `There is no documents folder on Settings yet. Choose Set up workbook to make it, then ${AGAIN}.`,
    };
  }
  // A repeat of this request: the Doc its first attempt made (noted, or found by its label).
  let id = typeof attempt.resumed?.docId === 'string' ? attempt.resumed.docId : undefined;
  if (id === undefined && attempt.resumed && attempt.token) id = findCopy(attempt.token)?.id;
  if (id === undefined) {
    const [folder] = probe([documentsFolderToReach(folderId)]);
    if (folder?.state === 'missing') return { message: notConnectedMessage([folder.label], AGAIN) };
    if (folder?.state === 'trashed') return { message: inBinMessage(folder.label, AGAIN) };
    id = createEmptyDocument(`AP register ${today}`, folderId, attempt.token);
    attempt.step({ docId: id });
  }
  // A write whose reply was lost may have landed: a Doc with text in it is written already.
  const written =
    attempt.resumed?.docWritten === true ||
    (attempt.resumed !== undefined && readDocumentBody(id).some((e) => e.text.trim() !== ''));
  if (!written) {
    updateDocument(id, templateRequests(registerDocBlocks(register)));
    attempt.step({ docWritten: true });
  }
  const link = docLink(id);
  const listed = appendRecords(
    Documents,
    [
      {
        created: access.dates.isoTimestamp(new Date()),
        subject: 'AP register',
        document: `AP register ${madeAt}`,
        link,
        createdBy: currentUserEmail(),
      },
    ],
    access.dates,
    { sameBy: ['link'] },
  );
  const counts = registerCounts(register);
  const logProblem = appendLog({
    action: 'AP register (Doc)',
    subject: 'Workbook',
    detail: `${counts} ${link}`,
  });
  return {
    message: [
      `The AP register Doc is in the documents folder and listed on Documents: ${link} (${counts}) To print it or save a PDF, open it and choose File > Print or File > Download.`,
      listed,
      logProblem,
    ]
      .filter(Boolean)
      .join(' '),
    link,
  };
}
