// The add-on's Drive folders and default template Docs, shared by setup and "Restore default templates".
import type { DefaultTemplate } from '../../domain/documents/model';
import { updateDocument } from '../../workspace/docs';
import { templateRequests } from '../../workspace/docs-requests';
import {
  DOCUMENTS_FOLDER,
  TEMPLATES_FOLDER,
  type DocumentSettings,
} from '../../workspace/document-settings';
import {
  createEmptyDocument,
  createFolder,
  fileState,
  moveToBin,
  type FileState,
} from '../../workspace/drive';

export const DOCUMENTS_FOLDER_NAME = 'AP Placements documents';
export const TEMPLATES_FOLDER_NAME = 'Templates';

/** The Drive name setup gives a template: what colleagues see in Drive and in the Google Picker. */
export function templateFileName(kind: DefaultTemplate): string {
  return `${kind.documentType} template`;
}

/** Why a recorded file cannot be used any more, in words. */
export function goneReason(state: FileState): string {
  return state === 'trashed'
    ? 'is in the bin'
    : 'was deleted, or the add-on cannot open it for you';
}

export interface Folders {
  readonly documents: string;
  readonly templates: string;
}

/**
 * The documents folder in My Drive and its Templates folder, each made only when the recorded one
 * is missing, deleted or in the bin. New ids go into `recorded` (written to Settings by the caller)
 * and what was made into `said`.
 */
export function ensureFolders(
  settings: DocumentSettings,
  recorded: Map<string, string>,
  said: string[],
): Folders {
  const ensure = (setting: string, name: string, parent?: string): string => {
    const id = settings.id(setting);
    const state = id ? fileState(id) : 'missing';
    if (id && state === 'present') return id;
    const made = createFolder(name, parent);
    recorded.set(setting, made);
    const where = parent ? ` in "${DOCUMENTS_FOLDER_NAME}"` : ' in your Drive';
    const why = id ? ` (the one recorded on Settings ${goneReason(state)})` : '';
    said.push(`made the folder "${name}"${where}${why}`);
    return made;
  };
  const documents = ensure(DOCUMENTS_FOLDER, DOCUMENTS_FOLDER_NAME);
  return { documents, templates: ensure(TEMPLATES_FOLDER, TEMPLATES_FOLDER_NAME, documents) };
}

/**
 * A template Doc written from its default model: made in the folder, then ONE batchUpdate. When
 * the writing fails the empty Doc goes to the bin, so no blank template is ever recorded.
 */
export function makeTemplate(kind: DefaultTemplate, folderId: string): string {
  const id = createEmptyDocument(templateFileName(kind), folderId);
  try {
    updateDocument(id, templateRequests(kind.blocks));
  } catch (e) {
    try {
      moveToBin(id);
    } catch {
      // The first failure is the one to report; an empty Doc left over harms nothing.
    }
    throw e;
  }
  return id;
}
