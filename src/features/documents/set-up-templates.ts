// Setup's documents step: the add-on's folders and the five default templates, each made only when missing.
import { DEFAULT_TEMPLATES } from '../../domain/documents/templates';
import { listOf } from '../../domain/words';
import { noteConnectedFiles, readConnectedFiles } from '../../workspace/connected-files';
import {
  readDocumentSettings,
  templateSetting,
  type DocumentSettings,
} from '../../workspace/document-settings';
import { fileState } from '../../workspace/drive';
import { CONNECT_WHERE } from './connect-messages';
import { probe, recordedSchoolFiles, type RecordedFile } from './school-files';
import { serviceProblem } from './service-errors';
import { ensureFolders, goneReason, makeTemplate } from './template-files';

export interface TemplatesSetUp {
  /** '' when everything was already in place. */
  readonly message: string;
  readonly changed: boolean;
}

export interface TemplatesSetUpOptions {
  /**
   * The person answered Yes to "make new templates for everyone?" (set-up-workbook.ts): files
   * Settings records that this person's runs cannot reach are replaced. Otherwise they are left.
   */
  readonly replaceOutOfReach: boolean;
}

/**
 * The school's files this person's runs cannot reach and have never reached: set up by a
 * colleague (drive.file is per user, issue 12), or deleted; nobody here can tell which, so setup
 * asks rather than replacing them. A file this person reached before and now cannot was deleted.
 */
export function outOfReach(settings: DocumentSettings): RecordedFile[] {
  const mine = readConnectedFiles();
  const unknown = recordedSchoolFiles(settings).filter((f) => !mine.has(f.id));
  return probe(unknown).filter((f) => f.state === 'missing');
}

/** Setup left the school's files alone: what to do instead, in words. */
export function leftAloneMessage(files: readonly RecordedFile[]): string {
  return `Documents: the add-on cannot reach the ${listOf(files.map((f) => f.label))} for you, so the templates were left as they are. If a colleague set them up, choose ${CONNECT_WHERE} to use them; if they were deleted, choose Set up workbook again and answer Yes to make new ones for everyone.`;
}

/**
 * A template that is there is never written again, edited or not (issue 4: "a template a person
 * has edited is never overwritten"): only a missing one, or one in the bin, is made afresh, and
 * Settings then points at the new one. One this person cannot reach and never could is left
 * alone unless they said Yes (issue 12). The ids made are recorded even when a later step fails,
 * so the next run does not make them twice.
 */
export function setUpTemplates(
  options: TemplatesSetUpOptions = { replaceOutOfReach: false },
): TemplatesSetUp {
  const read = readDocumentSettings();
  if (!read.ok) return { message: read.message, changed: false };
  const { settings } = read;
  if (!options.replaceOutOfReach) {
    const left = outOfReach(settings);
    if (left.length > 0) return { message: leftAloneMessage(left), changed: false };
  }
  const recorded = new Map<string, string>();
  const said: string[] = [];
  const made: string[] = [];
  let failure: string | undefined;
  try {
    const folders = ensureFolders(settings, recorded, said);
    for (const kind of DEFAULT_TEMPLATES) {
      const id = settings.id(templateSetting(kind));
      const state = id ? fileState(id) : 'missing';
      if (id && state === 'present') continue;
      recorded.set(templateSetting(kind), makeTemplate(kind, folders.templates));
      if (id) {
        said.push(
          `made a new ${kind.name} template (the one recorded, ${id}, ${goneReason(state)})`,
        );
      } else {
        made.push(kind.name);
      }
    }
  } catch (e) {
    failure = serviceProblem(e);
  } finally {
    if (recorded.size > 0) {
      settings.record(recorded);
      noteMade(recorded);
    }
  }
  if (made.length > 0) {
    const count = made.length === 1 ? 'the template' : `${made.length} templates`;
    said.push(`made ${count} (${made.join(', ')}) in "Templates": edit them in Google Docs`);
  }
  const parts = [...said];
  if (failure) {
    parts.push(
      `could not finish the document templates (${failure}); the sheets are ready — choose Set up workbook again to finish`,
    );
  }
  const message = parts.length > 0 ? `Documents: ${parts.join('; ')}.` : '';
  return { message, changed: recorded.size > 0 };
}

/** The files just made are this person's (drive.file: created by the app for them). */
export function noteMade(recorded: ReadonlyMap<string, string>): void {
  try {
    noteConnectedFiles([...recorded.values()]);
  } catch {
    // Only a record: the next probe finds the same answer from Drive.
  }
}
