// Every email column holds an address the add-on can write to (DOMAIN.md §5: an error otherwise).
import { quoted } from '../cells';
import type { Columns, SheetSchema } from '../columns';
import { error, type Problem } from './problem';

// Deliberately plain: something@somewhere.tld with no spaces; the cell parser is stricter still.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmailAddress(text: string): boolean {
  return EMAIL.test(text.trim());
}

/** Checks each column of kind 'email' in a record of the given sheet. */
export function emailProblems<C extends Columns>(
  sheet: SheetSchema<C>,
  record: Readonly<Record<string, unknown>>,
): Problem[] {
  const problems: Problem[] = [];
  for (const [key, column] of Object.entries(sheet.columns)) {
    if (column.kind !== 'email') continue;
    const value = record[key];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string' || !isEmailAddress(value)) {
      problems.push(
        error(
          column.header,
          `${quoted(value)} is not an email address — retype it, like name@example.org`,
        ),
      );
    }
  }
  return problems;
}
