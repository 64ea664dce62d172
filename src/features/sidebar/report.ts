// Reports from the sidebar (issue 15): the same work as the menu, answered as a form, once per request.
import { parseForm } from '../../domain/sidebar/forms/fields';
import { reportForm } from '../../domain/sidebar/forms/schemas';
import type { IsoDate } from '../../domain/cells';
import type { FormResult, ReportKind } from '../../shared/sidebar-api';
import { openWorkbook } from '../../workspace/spreadsheet';
import { recordWork } from '../records/placement-record';
import { apRegisterWork } from '../reports/ap-register';
import { apRegisterDocWork } from '../reports/ap-register-doc';
import { makeReturn } from '../reports/census-return';
import { evaluationWork } from '../reports/evaluation';
import type { ReportAttempt, ReportOutcome } from '../reports/report-run';
import { done, invalid, onceUnderLock } from './form-result';

function work(
  report: ReportKind,
  censusDay: IsoDate | undefined,
  placementId: string | undefined,
  attempt: ReportAttempt,
): ReportOutcome {
  switch (report) {
    case 'Placement record':
      return placementId
        ? recordWork(openWorkbook(), { placementId }, attempt)
        : { message: 'Choose a placement first: the record is about the placement shown.' };
    case 'AP register':
      return apRegisterWork();
    case 'AP register (printable Doc)':
      return apRegisterDocWork(attempt);
    case 'Census AP return':
      return makeReturn(openWorkbook(), censusDay, attempt);
    case 'Evaluation':
      return evaluationWork();
  }
}

/**
 * Makes the report holding the document lock, once per request id: a repeat of a finished request
 * gets its answer (no second Doc or CSV), one that stopped part-way finishes the file it began.
 */
export function makeReport(form: unknown): FormResult<{ readonly link: string }> {
  const parsed = parseForm(reportForm, form);
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  const { report, censusDay, placementId, requestId } = parsed.value;
  return onceUnderLock(requestId, (attempt) => {
    const outcome = work(report, censusDay, placementId, {
      ...attempt,
      ...(requestId && { token: requestId }),
    });
    return done(outcome.message, { link: outcome.link ?? '' });
  });
}
