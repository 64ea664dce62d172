// "Check templates": each template's placeholders and conditions, and anything that would stop generating.
import { templateReport } from '../../domain/documents/check';
import { DEFAULT_TEMPLATES } from '../../domain/documents/templates';
import { readDocumentBody } from '../../workspace/docs';
import { readDocumentSettings, templateSetting } from '../../workspace/document-settings';
import { tellPerson } from '../../workspace/ui';
import { serviceProblem } from './service-errors';

/** One documents.get per template; nothing is written, so no lock. */
export function checkTemplates(): void {
  const read = readDocumentSettings();
  if (!read.ok) {
    tellPerson(read.message);
    return;
  }
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
  tellPerson(lines.join('\n'));
}
