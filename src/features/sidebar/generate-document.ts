// One document for one placement (or provider) from the sidebar, by the menu's own path (generate.ts).
import { DEFAULT_TEMPLATES } from '../../domain/documents/templates';
import { parseForm } from '../../domain/sidebar/forms/fields';
import { generateForm } from '../../domain/sidebar/forms/schemas';
import type { FormResult } from '../../shared/sidebar-api';
import { readSidebarWorkbook } from '../../workspace/workbook-for-sidebar';
import { generateFor } from '../documents/generate';
import { targetsFromKeys } from '../documents/targets';
import { inMyDriveNote } from '../documents/generate-messages';
import { done, invalid, NOT_SET_UP, onceUnderLock, refused } from './form-result';
import { subjectKey } from './subject-key';

export function generateDocument(form: unknown): FormResult<{ readonly link: string }> {
  const started = Date.now();
  const parsed = parseForm(generateForm, form);
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  const kind = DEFAULT_TEMPLATES.find((t) => t.name === parsed.value.kind);
  if (!kind) return invalid({ kind: 'Choose a document.' });
  const key = subjectKey(kind.scope, parsed.value);
  if (!key.ok) return invalid(key.fieldErrors);
  const requestId = parsed.value.requestId;
  return onceUnderLock(requestId, (attempt): FormResult<{ readonly link: string }> => {
    const read = readSidebarWorkbook();
    const book = read.complete;
    if (!book) return refused(NOT_SET_UP);
    const targets = targetsFromKeys(kind, book.checks, [key.key]);
    if (!targets.ok || targets.gone.length > 0) return invalid(key.notFound);
    const run = generateFor({
      kind,
      workbook: book.checks,
      targets: targets.targets,
      started,
      keepsBatch: false,
      ...(requestId && { request: { id: requestId, resumed: attempt.resumed !== undefined } }),
    });
    if (!run.ran) {
      const refusal = refused(run.message);
      return run.needsConnection ? { ...refusal, action: 'connect templates' } : refusal;
    }
    const made = run.made[0];
    const failure = run.outcome.failure;
    if (!made || failure) {
      const why = failure ? failure.problem : 'it was not started before the time limit';
      return refused(
        [`No ${kind.name} was made for ${key.key}: ${why}.`, ...run.recorded.problems].join(' '),
      );
    }
    const said = [
      `Made the ${kind.name} for ${key.key}.`,
      ...(made.inMyDrive ? [inMyDriveNote([key.key])] : []),
      ...run.recorded.problems,
    ];
    // Not listed on Documents, or no Log line: the same request sent again finishes that.
    if (run.recorded.problems.length > 0) attempt.unfinished();
    const subject = targets.targets[0]?.subject;
    const about =
      subject?.scope === 'placement'
        ? { sheetName: 'Placements', row: subject.rowNumber }
        : undefined;
    return done(said.join(' '), { link: made.link }, undefined, about, read);
  });
}
