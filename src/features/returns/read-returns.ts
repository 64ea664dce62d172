// Reads the answers that arrived since last time from every provider form still read: plain data, nothing written.
import { errorText } from '../../shared/error-text';
import type { ReadResponse } from '../../domain/returns/answers';
import { addDays } from '../../domain/calendar/iso-date';
import { formsToRead, RETIRED_DAYS, type ReturnsRegistry } from '../../domain/returns/registry';
import { openProviderForm, readResponses } from '../../workspace/provider-forms';
import type { SheetDates } from '../../workspace/spreadsheet';

export interface FormAnswers {
  readonly formId: string;
  readonly provider: string;
  /** The provider's current form (answers from an older one are kept aside, never written). */
  readonly current: boolean;
  readonly responses: readonly ReadResponse[];
}

export interface ArrivedAnswers {
  readonly forms: readonly FormAnswers[];
  /** Forms that could not be opened, in words for the Log (never a pupil). */
  readonly problems: readonly string[];
}

/**
 * Every response sent or edited since the moment each form was last read up to (one second back:
 * an edit in the same second as the last read is not missed; the Provider returns sheet knows
 * what it already has). A form that cannot be opened is said, and the others are still read.
 */
export function readArrivedAnswers(
  registry: ReturnsRegistry,
  today: string,
  dates: SheetDates,
): ArrivedAnswers {
  const oldest = addDays(today, -RETIRED_DAYS) ?? today;
  const forms: FormAnswers[] = [];
  const problems: string[] = [];
  for (const { formId, provider, current } of formsToRead(registry, today, (d) => d >= oldest)) {
    try {
      const readTo = registry.readTo[formId];
      const form = openProviderForm(formId);
      const responses = readResponses(
        form,
        readTo === undefined ? undefined : readTo - 1000,
        dates,
      );
      forms.push({ formId, provider, current, responses });
    } catch (error) {
      problems.push(`${provider}'s form could not be read (${errorText(error)})`);
    }
  }
  return { forms, problems };
}
