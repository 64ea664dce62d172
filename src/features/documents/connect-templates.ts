// "Connect templates" (issue 12): the Google Picker dialog, and the picks it sends recorded for this person.
import { pickedForm, picksMessage } from '../../domain/documents/connection';
import { parseForm } from '../../domain/sidebar/forms/fields';
import type { PickerApi, PickerSetup, PicksRecorded } from '../../shared/picker-api';
import { readDocumentSettings } from '../../workspace/document-settings';
import { fileName } from '../../workspace/drive';
import { oauthToken, readPickerDeployment } from '../../workspace/picker-config';
import { openDialog } from '../../workspace/ui';
import { NOTHING_TO_CONNECT, pickerNotDeployedMessage } from './connect-messages';
import { asSchoolFile, reachOf, recordedSchoolFiles, workbookToConnect } from './school-files';

/**
 * Google's Picker needs room: it is drawn inside the dialog (PickerBuilder.setSize), and a modal
 * dialog may be at most about 1050 × 650 pixels in Sheets [reported].
 */
const DIALOG = { file: 'Picker', title: 'Connect templates', width: 760, height: 560 } as const;

/** The menu item, and the sidebar's button: opens the dialog, which asks for getPickerSetup. */
export function showConnectTemplates(): void {
  openDialog(DIALOG.file, DIALOG.title, DIALOG.width, DIALOG.height);
}

/**
 * Everything the dialog needs, read when it opens: the deployment's Picker settings, this person's
 * token, and which of the school's files their runs already reach (one files.get each).
 */
export function getPickerSetup(): PickerSetup {
  const read = readDocumentSettings();
  if (!read.ok) return { ok: false, message: read.message };
  const recorded = [...recordedSchoolFiles(read.settings), ...workbookToConnect()];
  if (recorded.length === 0) return { ok: false, message: NOTHING_TO_CONNECT };
  const deployment = readPickerDeployment();
  if (!deployment.ok) return { ok: false, message: pickerNotDeployedMessage(deployment.missing) };
  return {
    ok: true,
    appId: deployment.deployment.appId,
    developerKey: deployment.deployment.developerKey,
    oauthToken: oauthToken(),
    files: reachOf(recorded).map(asSchoolFile),
  };
}

/**
 * The Picker has already granted what was picked (drive.file, for this person); this checks each
 * school file is now reachable and records it, and names any pick that is not a file Settings
 * names. Nothing is written to the workbook, so sending it twice is harmless.
 */
export function connectPickedFiles(input: unknown): PicksRecorded {
  const parsed = parseForm(pickedForm, input);
  if (!parsed.ok) {
    const first = Object.values(parsed.fieldErrors)[0] ?? 'The picked files could not be read.';
    return { complete: false, message: `Nothing was recorded: ${first}`, files: [] };
  }
  const read = readDocumentSettings();
  if (!read.ok) return { complete: false, message: read.message, files: [] };
  const recorded = [...recordedSchoolFiles(read.settings), ...workbookToConnect()];
  if (recorded.length === 0) return { complete: false, message: NOTHING_TO_CONNECT, files: [] };
  const files = reachOf(recorded).map(asSchoolFile);
  const school = new Set(recorded.map((f) => f.id));
  const strangers = [...new Set(parsed.value.ids)]
    .filter((id) => !school.has(id))
    .map((id) => fileName(id) ?? id);
  return {
    complete: files.every((f) => f.connected),
    message: picksMessage(files, strangers),
    files,
  };
}

/** The dialog's calls, checked against the shared contract (src/shared/picker-api.ts). */
export const pickerApi = { getPickerSetup, connectPickedFiles } satisfies PickerApi;
