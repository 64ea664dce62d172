// "Restore default templates": fresh copies of the five defaults, Settings pointed at them, the old ones untouched.
import { DEFAULT_TEMPLATES } from '../../domain/documents/templates';
import { readDocumentSettings, templateSetting } from '../../workspace/document-settings';
import { appendLog } from '../../workspace/log';
import { withDocumentLock } from '../../workspace/session';
import { tellPerson } from '../../workspace/ui';
import { serviceProblem } from './service-errors';
import { noteMade } from './set-up-templates';
import { ensureFolders, makeTemplate } from './template-files';

const BUSY =
  'Someone else is changing this workbook right now. Wait a minute, then choose Restore default templates again.';

/**
 * A template staff edited may hold the school's own wording, so it is never overwritten nor
 * deleted (issue 4): the new defaults are new Docs, and the message lists the old ones so a
 * person can copy what they want from them, or delete them.
 */
export function restoreDefaultTemplates(): void {
  const message = withDocumentLock(10_000, () => {
    const read = readDocumentSettings();
    if (!read.ok) return read.message;
    const { settings } = read;
    const recorded = new Map<string, string>();
    const said: string[] = [];
    const replaced: string[] = [];
    let failure: string | undefined;
    try {
      const folders = ensureFolders(settings, recorded, said);
      for (const kind of DEFAULT_TEMPLATES) {
        const old = settings.id(templateSetting(kind));
        recorded.set(templateSetting(kind), makeTemplate(kind, folders.templates));
        if (old) replaced.push(`${kind.name}: ${old}`);
      }
    } catch (e) {
      failure = serviceProblem(e);
    } finally {
      if (recorded.size > 0) {
        settings.record(recorded);
        noteMade(recorded);
      }
    }
    const restored = DEFAULT_TEMPLATES.filter((kind) => recorded.has(templateSetting(kind)));
    const parts = [
      restored.length > 0
        ? `Made fresh default templates (${restored.map((k) => k.name).join(', ')}) in "Templates"; Settings now points at them.`
        : 'No template was restored.',
      ...said.map((s) => `Also ${s}.`),
      replaced.length > 0
        ? `The old templates are left as they were, in case you want to copy your own wording from them; the add-on no longer uses them:\n${replaced.join('\n')}`
        : '',
      failure ? `Could not finish (${failure}). Choose Restore default templates again.` : '',
    ];
    const text = parts.filter(Boolean).join(' ');
    if (recorded.size > 0) {
      const logProblem = appendLog({
        action: 'Restore default templates',
        subject: 'Workbook',
        detail: text,
      });
      if (logProblem) return `${text} ${logProblem}`;
    }
    return text;
  });
  tellPerson(message ?? BUSY);
}
