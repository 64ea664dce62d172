// The school's files a person's runs must reach to make documents: five templates and the documents folder.
// Under drive.file each person reaches only what the add-on made for them or what they picked
// (PLATFORM.md; https://developers.google.com/drive/api/guides/api-specific-auth#drive-file).
import type { DefaultTemplate } from '../../domain/documents/model';
import { DEFAULT_TEMPLATES } from '../../domain/documents/templates';
import type { SchoolFile } from '../../shared/picker-api';
import { noteConnectedFiles } from '../../workspace/connected-files';
import {
  DOCUMENTS_FOLDER,
  templateSetting,
  type DocumentSettings,
} from '../../workspace/document-settings';
import { fileState, type FileState } from '../../workspace/drive';
import { openWorkbook } from '../../workspace/spreadsheet';
import { backgroundPath, installedAsAddOn } from '../../workspace/workbook/open';
import { DOCUMENTS_FOLDER_NAME, templateFileName } from './template-files';

/** One file Settings records, by what staff call it. */
export interface RecordedFile {
  readonly id: string;
  readonly setting: string;
  readonly label: string;
  readonly driveName: string;
  readonly kind: SchoolFile['kind'];
}

export const FOLDER_LABEL = `"${DOCUMENTS_FOLDER_NAME}" folder`;

export function templateLabel(kindName: string): string {
  return `${kindName} template`;
}

type Slot = Omit<RecordedFile, 'id'>;

function templateSlot(kind: DefaultTemplate): Slot {
  return {
    setting: templateSetting(kind),
    label: templateLabel(kind.name),
    driveName: templateFileName(kind),
    kind: 'template',
  };
}

const FOLDER_SLOT: Slot = {
  setting: DOCUMENTS_FOLDER,
  label: FOLDER_LABEL,
  driveName: DOCUMENTS_FOLDER_NAME,
  kind: 'folder',
};

/** The documents folder alone, by the id Settings gave: what a report's Doc or file needs. */
export function documentsFolderToReach(folderId: string): RecordedFile {
  return { ...FOLDER_SLOT, id: folderId };
}

/** One kind's template and the documents folder, by the ids Settings gave: what generating needs. */
export function filesToMake(
  kind: DefaultTemplate,
  templateId: string,
  folderId: string,
): RecordedFile[] {
  return [
    { ...templateSlot(kind), id: templateId },
    { ...FOLDER_SLOT, id: folderId },
  ];
}

const WORKBOOK_LABEL = 'AP placements workbook (for the hourly reminders)';

/**
 * This workbook, when the hourly run opens it through the Sheets API: an add-on's clock run has no
 * spreadsheet open [reported] and reaches a file under drive.file only once its owner picked it
 * (issue 13). A bound script, or a deployment with the full `spreadsheets` scope, needs no pick.
 */
export function workbookToConnect(): RecordedFile[] {
  if (!installedAsAddOn() || backgroundPath() !== 'Sheets API') return [];
  const workbook = openWorkbook();
  return [
    {
      id: workbook.getId(),
      setting: '',
      label: WORKBOOK_LABEL,
      driveName: workbook.getName(),
      kind: 'workbook',
    },
  ];
}

/** The files Settings records (a blank row is skipped: setup makes it), templates first. */
export function recordedSchoolFiles(settings: DocumentSettings): RecordedFile[] {
  const slots = [...DEFAULT_TEMPLATES.map(templateSlot), FOLDER_SLOT];
  return slots.flatMap((slot) => {
    const id = settings.id(slot.setting);
    return id ? [{ ...slot, id }] : [];
  });
}

export interface ReachedFile extends RecordedFile {
  readonly state: FileState;
}

/** One files.get per file: the only sure answer, as a person's grant can be withdrawn at any time. */
export function probe(files: readonly RecordedFile[]): ReachedFile[] {
  return files.map((f) => ({ ...f, state: fileState(f.id) }));
}

/** probe, and the person's record (connected-files.ts) brought up to date with what was found. */
export function reachOf(files: readonly RecordedFile[]): ReachedFile[] {
  const reached = probe(files);
  noteConnectedFiles(
    reached.filter((f) => f.state !== 'missing').map((f) => f.id),
    reached.filter((f) => f.state === 'missing').map((f) => f.id),
  );
  return reached;
}

/** For the dialog: connected means the add-on can use it in this person's runs. */
export function asSchoolFile(f: ReachedFile): SchoolFile {
  return {
    id: f.id,
    label: f.label,
    driveName: f.driveName,
    kind: f.kind,
    connected: f.state === 'present',
  };
}
