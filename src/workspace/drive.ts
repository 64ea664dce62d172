// The Drive advanced service (v3) under drive.file: the add-on's folders, its templates' files, copies and the bin.
// drive.file reaches only files the add-on made for this user (PLATFORM.md), which is all it needs:
// https://developers.google.com/drive/api/guides/api-specific-auth#drive-file

const FOLDER = 'application/vnd.google-apps.folder';
const GOOGLE_DOC = 'application/vnd.google-apps.document';

/** The Drive global exists only when appsscript.json enables the advanced service. */
function driveFiles(): GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection {
  if (typeof Drive === 'undefined' || !Drive) {
    throw new Error(
      'the Drive advanced service is not enabled in this script (appsscript.json dependencies)',
    );
  }
  return Drive.Files;
}

/**
 * Drive answers 404 "File not found: <id>." both for a file that does not exist and for one
 * drive.file does not reach (https://developers.google.com/drive/api/guides/handle-errors#resolve_a_404_error_file_not_found).
 */
export function isFileNotFound(error: unknown): boolean {
  return error instanceof Error && /File not found/i.test(error.message);
}

/** Whether the add-on can still use a file: there, in the bin, or gone (deleted or out of reach). */
export type FileState = 'present' | 'trashed' | 'missing';

export function fileState(id: string): FileState {
  try {
    const file = driveFiles().get(id, { fields: 'id,trashed' });
    return file.trashed ? 'trashed' : 'present';
  } catch (e) {
    if (isFileNotFound(e)) return 'missing';
    throw e;
  }
}

/** A file's name as Drive shows it, or undefined when this person's runs cannot reach it. */
export function fileName(id: string): string | undefined {
  try {
    return String(driveFiles().get(id, { fields: 'name' }).name ?? '') || undefined;
  } catch (e) {
    if (isFileNotFound(e)) return undefined;
    throw e;
  }
}

/** A new folder, in My Drive unless a parent folder is given; returns its id. */
export function createFolder(name: string, parentId = 'root'): string {
  const folder = driveFiles().create({ name, mimeType: FOLDER, parents: [parentId] });
  return String(folder.id);
}

/** The app's private label on a copy: which request made it (appProperties, private to the app). */
const MADE_FOR = 'apPlacementsRequest';

/**
 * An empty Google Doc made straight in its folder (files.create with the Docs MIME type), so it
 * never needs moving out of My Drive: Docs.Documents.create puts a Doc in My Drive, and moving it
 * needs its current parent's id, which that call does not return.
 */
export function createEmptyDocument(name: string, folderId: string, token?: string): string {
  const doc = driveFiles().create({
    name,
    mimeType: GOOGLE_DOC,
    parents: [folderId],
    // Labelled like a copy (copyFile), so a Doc whose reply was lost can be found again (findCopy).
    ...(token && { appProperties: { [MADE_FOR]: token } }),
  });
  return String(doc.id);
}

/**
 * A text file (a CSV for the data manager) made straight in its folder, with its content, in one
 * call (files.create with a media blob); returns its id and the address a person opens it at.
 */
export function createTextFile(
  name: string,
  folderId: string,
  text: string,
  mimeType: string,
): { readonly id: string; readonly link: string } {
  const file = driveFiles().create(
    { name, mimeType, parents: [folderId] },
    Utilities.newBlob(text, mimeType, name),
    { fields: 'id,webViewLink' },
  );
  return { id: String(file.id), link: String(file.webViewLink ?? '') };
}

export interface CopiedFile {
  readonly id: string;
  /** The address a person opens it at, for the Documents sheet and the message. */
  readonly link: string;
}

/**
 * One call: the copy, filed in the folder, with its link (files.copy with `fields`), labelled with
 * `token` in its appProperties ("arbitrary key-value pairs which are private to the requesting
 * app", Drive v3 File resource) so that a copy whose reply was lost can be found again.
 */
export function copyFile(
  sourceId: string,
  name: string,
  folderId: string,
  token?: string,
): CopiedFile {
  const copy = driveFiles().copy(
    { name, parents: [folderId], ...(token && { appProperties: { [MADE_FOR]: token } }) },
    sourceId,
    { fields: 'id,webViewLink' },
  );
  return { id: String(copy.id), link: String(copy.webViewLink ?? '') };
}

/** Drive's query strings escape a quote and a backslash with a backslash (search terms guide). */
function quoted(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * The copy labelled `token` that is not in the bin, if any (files.list with the documented search
 * term `appProperties has { key='…' and value='…' }`; drive.file lists the app's own files).
 */
export function findCopy(token: string): CopiedFile | undefined {
  const found = driveFiles().list({
    q: `appProperties has { key=${quoted(MADE_FOR)} and value=${quoted(token)} } and trashed = false`,
    fields: 'files(id,webViewLink)',
  });
  const file = found.files?.[0];
  return file ? { id: String(file.id), link: String(file.webViewLink ?? '') } : undefined;
}

/** Moves a file to the bin (files.update trashed), where a person can still restore it for 30 days. */
export function moveToBin(id: string): void {
  driveFiles().update({ trashed: true }, id);
}

const SPREADSHEET = 'application/vnd.google-apps.spreadsheet';

/** The app's private label on a yearly archive: the workbook and the year it holds. */
const ARCHIVE_OF = 'apArchiveOf';

/**
 * The archive spreadsheet of `workbookId` for a year, made earlier by this person's runs (found by
 * its private label, so one whose reply was lost is found rather than made twice).
 */
export function findArchive(workbookId: string, yearLabel: string): string | undefined {
  const found = driveFiles().list({
    q: `appProperties has { key=${quoted(ARCHIVE_OF)} and value=${quoted(`${workbookId} ${yearLabel}`)} } and trashed = false`,
    fields: 'files(id)',
  });
  const id = found.files?.[0]?.id;
  return id ? String(id) : undefined;
}

/**
 * An empty Google Sheet made straight in its folder: files.create with the Sheets MIME type and
 * no content makes an empty spreadsheet the app created, which `drive.file` then reaches for this
 * person (docs/records.md). The Sheets advanced service writes it.
 */
export function createArchiveSpreadsheet(
  name: string,
  folderId: string,
  workbookId: string,
  yearLabel: string,
): string {
  const file = driveFiles().create({
    name,
    mimeType: SPREADSHEET,
    parents: [folderId],
    appProperties: { [ARCHIVE_OF]: `${workbookId} ${yearLabel}` },
  });
  return String(file.id);
}
