// "Check templates": each template's placeholders and conditions, and anything that would stop generating.
import { templateReport } from '../../domain/documents/check';
import { DEFAULT_TEMPLATES } from '../../domain/documents/templates';
import { listOf } from '../../domain/words';
import { readDocumentBody } from '../../workspace/docs';
import { readDocumentSettings, templateSetting } from '../../workspace/document-settings';
import { tellPerson } from '../../workspace/ui';
import { CONNECT_WHERE } from './connect-messages';
import { reachOf, recordedSchoolFiles, type ReachedFile } from './school-files';
import { serviceProblem } from './service-errors';

/**
 * Whether this person's runs reach the school's files (drive.file is per user, issue 12): the
 * first thing to fix, said first. One files.get per file.
 */
function connectionLines(reached: readonly ReachedFile[]): string[] {
  const missing = reached.filter((f) => f.state === 'missing').map((f) => f.label);
  const binned = reached.filter((f) => f.state === 'trashed').map((f) => f.label);
  return [
    ...(missing.length > 0
      ? [
          `Not connected for you: ${listOf(missing)}. The add-on can make documents for you only from files it made for you or that you picked: choose ${CONNECT_WHERE} and pick them (if they were deleted, choose Set up workbook).`,
        ]
      : []),
    ...(binned.length > 0
      ? [
          `In the bin: ${listOf(binned)}. Restore ${binned.length === 1 ? 'it' : 'them'} from the bin in Google Drive, or choose Set up workbook to make new ones.`,
        ]
      : []),
  ];
}

/** One files.get per school file and one documents.get per template; nothing is written, so no lock. */
export function checkTemplates(): void {
  const read = readDocumentSettings();
  if (!read.ok) {
    tellPerson(read.message);
    return;
  }
  const reached = reachOf(recordedSchoolFiles(read.settings));
  const lines = DEFAULT_TEMPLATES.flatMap((kind): string[] => {
    const id = read.settings.id(templateSetting(kind));
    if (!id) {
      return [`${kind.name}: no template on Settings — choose Set up workbook to make it.`];
    }
    try {
      return templateReport(
        kind,
        readDocumentBody(id).map((element) => element.text),
      );
    } catch (e) {
      return [
        `${kind.name}: the template (${id}) could not be opened (${serviceProblem(e)}). Choose Set up workbook to make a new one if it was deleted.`,
      ];
    }
  });
  tellPerson([...connectionLines(reached), ...lines].join('\n'));
}
