// Every email column holds an address the add-on can write to (DOMAIN.md §5: an error otherwise).
import { quoted } from '../cells';
import type { Columns, SheetSchema } from '../columns';
import { error, type Problem } from './problem';

// Deliberately plain: something@somewhere.tld with no spaces; the cell parser is stricter still.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmailAddress(text: string): boolean {
  return EMAIL.test(text.trim());
}

export interface EmailColumn {
  readonly key: string;
  readonly header: string;
}

/** The columns of kind 'email' in a sheet, found once rather than once a row. */
export function emailColumnsOf(sheet: SheetSchema<Columns>): EmailColumn[] {
  return Object.entries(sheet.columns)
    .filter(([, column]) => column.kind === 'email')
    .map(([key, column]) => ({ key, header: column.header }));
}

/** Checks each email column of a record. */
export function emailProblems(
  columns: readonly EmailColumn[],
  record: Readonly<Record<string, unknown>>,
): Problem[] {
  const problems: Problem[] = [];
  for (const { key, header } of columns) {
    const value = record[key];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string' || !isEmailAddress(value)) {
      problems.push(
        error(
          header,
          `${quoted(value)} is not an email address — retype it, like name@example.org`,
        ),
      );
    }
  }
  return problems;
}
