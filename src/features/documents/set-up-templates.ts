// Setup's documents step: the add-on's folders and the five default templates, each made only when missing.
import { DEFAULT_TEMPLATES } from '../../domain/documents/templates';
import { readDocumentSettings, templateSetting } from '../../workspace/document-settings';
import { fileState } from '../../workspace/drive';
import { serviceProblem } from './service-errors';
import { ensureFolders, goneReason, makeTemplate } from './template-files';

export interface TemplatesSetUp {
  /** '' when everything was already in place. */
  readonly message: string;
  readonly changed: boolean;
}

/**
 * A template that is there is never written again, edited or not (issue 4: "a template a person
 * has edited is never overwritten"): only a missing one, or one in the bin, is made afresh, and
 * Settings then points at the new one. The ids made are recorded even when a later step fails, so
 * the next run does not make them twice.
 */
export function setUpTemplates(): TemplatesSetUp {
  const read = readDocumentSettings();
  if (!read.ok) return { message: read.message, changed: false };
  const { settings } = read;
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
    if (recorded.size > 0) settings.record(recorded);
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
