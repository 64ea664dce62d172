// "AP register (printable Doc)" (menu): the same register as a Google Doc in the documents folder, listed on Documents.
import { registerDocBlocks } from '../../domain/reports/ap-register';
import { Documents } from '../../domain/sheets/documents';
import { appendRecords } from '../../workspace/document-records';
import { documentsFolderIn } from '../../workspace/document-settings';
import { updateDocument } from '../../workspace/docs';
import { templateRequests } from '../../workspace/docs-requests';
import { createEmptyDocument } from '../../workspace/drive';
import { appendLog } from '../../workspace/log';
import { currentUserEmail } from '../../workspace/session';
import { openWorkbook } from '../../workspace/spreadsheet';
import { inBinMessage, notConnectedMessage } from '../documents/connect-messages';
import { documentsFolderToReach, probe } from '../documents/school-files';
import { serviceProblem } from '../documents/service-errors';
import { readRegister, registerCounts } from './register-read';
import { runReport } from './report-run';

const AGAIN = 'choose AP register (printable Doc) again';

/** A Doc's address from its id (Docs' own edit link). */
function docLink(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

/**
 * Makes a new dated Doc each time (a register is a record of a moment, like menu generation's
 * copies), in the documents folder this person's runs can reach (drive.file: connected once),
 * written in one batchUpdate, then listed on Documents and the Log. Staff print it or download it
 * as PDF from Docs (File > Download).
 */
export function makeApRegisterDoc(): void {
  runReport('Reports ▸ AP register (printable Doc)', () => {
    const built = readRegister(openWorkbook(), new Date());
    if (!built.ok) return built.message;
    const { register, access, madeAt, today, settingRows } = built.read;
    const folderId = documentsFolderIn(settingRows);
    if (!folderId) {
      return `There is no documents folder on Settings yet. Choose Set up workbook to make it, then ${AGAIN}.`;
    }
    let id: string;
    try {
      const [folder] = probe([documentsFolderToReach(folderId)]);
      if (folder?.state === 'missing') return notConnectedMessage([folder.label], AGAIN);
      if (folder?.state === 'trashed') return inBinMessage(folder.label, AGAIN);
      id = createEmptyDocument(`AP register ${today}`, folderId);
      updateDocument(id, templateRequests(registerDocBlocks(register)));
    } catch (e) {
      return `The AP register Doc could not be made (${serviceProblem(e)}).`;
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
      ['link'],
    );
    const counts = registerCounts(register);
    const logProblem = appendLog({
      action: 'AP register (Doc)',
      subject: 'Workbook',
      detail: `${counts} ${link}`,
    });
    return [
      `The AP register Doc is in the documents folder and listed on Documents: ${link} (${counts}) To print it or save a PDF, open it and choose File > Print or File > Download.`,
      listed,
      logProblem,
    ]
      .filter(Boolean)
      .join(' ');
  });
}
