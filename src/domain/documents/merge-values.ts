// The values one document is filled with: a placement's row, its provider, Settings, computed fields.
import { NOT_REQUIRED, type IsoDate } from '../cells';
import { statusChecklist } from '../checklist';
import type { Column, Columns } from '../columns';
import type { PlacementContext } from '../rules/context';
import { safeguardingConfirmationExpiry } from '../rules/provider-status';
import { Placements } from '../sheets/placements';
import { Providers, type Provider } from '../sheets/providers';
import { SETTINGS, type Settings } from '../sheets/settings';
import {
  checklistText,
  documentDate,
  listInWords,
  numberOfDays,
  reviewDates,
  sessionTimetable,
} from './computed';
import type { TemplateScope } from './model';
import { COMPUTED, fieldKey, resolveName, type FieldSource } from './placeholders';

export interface MergeValues {
  readonly scope: TemplateScope;
  /** Each field's text by its key (fieldKey); '' where the cell is empty. */
  readonly byField: ReadonlyMap<string, string>;
}

/** The text of the field a placeholder names; undefined for a name this scope does not know. */
export function valueOf(values: MergeValues, name: string): string | undefined {
  const resolved = resolveName(name, values.scope);
  return 'field' in resolved ? (values.byField.get(resolved.field.key) ?? '') : undefined;
}

/** Up to two decimals, no trailing zeros: 12.5 hours, £150, Year 9. */
function numberText(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * A cell as a document shows it: dates written out ("4 September 2025"), Yes or No, numbers plain,
 * text, emails and phone numbers exactly as typed (the sheet has only trimmed the ends).
 */
export function cellText(column: Column, value: unknown): string {
  if (value === undefined || value === null) return '';
  switch (column.kind) {
    case 'date':
      return documentDate(value as IsoDate);
    case 'date-or-not-required':
      return value === NOT_REQUIRED ? NOT_REQUIRED : documentDate(value as IsoDate);
    case 'yes-no':
      return value === true ? 'Yes' : value === false ? 'No' : '';
    case 'number':
      return typeof value === 'number' ? numberText(value) : String(value);
    default:
      return String(value);
  }
}

function addRecord(
  byField: Map<string, string>,
  source: FieldSource,
  columns: Columns,
  record: Readonly<Record<string, unknown>> | undefined,
): void {
  for (const [key, column] of Object.entries(columns)) {
    byField.set(fieldKey(source, column.header), cellText(column, record?.[key]));
  }
}

/**
 * A provider's columns; a blank Safeguarding confirmation expires shows its default, received + 12
 * months (DOMAIN.md §4), the date the checks rely on.
 */
function addProvider(byField: Map<string, string>, provider: Provider | undefined): void {
  addRecord(byField, 'Providers', Providers.columns, provider);
  const expires = provider && safeguardingConfirmationExpiry(provider);
  if (expires !== undefined) {
    byField.set(fieldKey('Providers', 'Safeguarding confirmation expires'), documentDate(expires));
  }
}

function baseValues(settings: Settings, today: IsoDate): Map<string, string> {
  const byField = new Map<string, string>();
  addRecord(byField, 'Settings', SETTINGS, settings);
  byField.set(fieldKey('Computed', COMPUTED.today), documentDate(today));
  return byField;
}

/**
 * The values for a placement's documents. A provider not on Providers leaves its columns empty:
 * the template check then names what is missing rather than printing a half-known address.
 */
export function placementMergeValues(context: PlacementContext, settings: Settings): MergeValues {
  const byField = baseValues(settings, context.today);
  addRecord(byField, 'Placements', Placements.columns, context.placement);
  addProvider(byField, context.provider);
  const days = numberOfDays(context);
  const computed: [string, string][] = [
    [COMPUTED.reviewDates, listInWords(reviewDates(context).map(documentDate))],
    [COMPUTED.sessionTimetable, sessionTimetable(context.sessions)],
    [COMPUTED.numberOfDays, days === undefined ? '' : String(days)],
    [COMPUTED.checklist, checklistText(statusChecklist(context))],
  ];
  for (const [header, text] of computed) byField.set(fieldKey('Computed', header), text);
  return { scope: 'placement', byField };
}

/** The values for a per-provider document (the safeguarding confirmation request, P12). */
export function providerMergeValues(
  provider: Provider,
  settings: Settings,
  today: IsoDate,
): MergeValues {
  const byField = baseValues(settings, today);
  addProvider(byField, provider);
  return { scope: 'provider', byField };
}
