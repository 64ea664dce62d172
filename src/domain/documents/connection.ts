// Connecting a person to the school's templates (issue 12): the Picker's answer checked, and what it means, in words.
import * as z from 'zod/mini';
import type { PickedForm, SchoolFile } from '../../shared/picker-api';
import { form, requestId, type Schema } from '../sidebar/forms/fields';
import { listOf } from '../words';

/** Five templates and a folder, with room for a person who picks a few files too many. */
export const MOST_PICKS = 20;

/** A Drive file id: letters, digits, '-' and '_' (ids Drive issues are 19 to 44 characters). */
const DRIVE_ID = /^[A-Za-z0-9_-]{10,100}$/;

export const pickedForm: Schema<PickedForm> = form({
  requestId,
  ids: z.array(z.string({ error: 'A picked file could not be read.' })).check(
    z.maxLength(MOST_PICKS, {
      error: `Pick at most ${MOST_PICKS} files: the five templates and the documents folder.`,
    }),
    z.refine((ids: readonly string[]) => ids.every((id) => DRIVE_ID.test(id)), {
      error: 'A picked file could not be read: open the Picker again.',
    }),
  ),
});

/** The names of the files still to pick, as a sentence's list. */
export function stillToPick(files: readonly SchoolFile[]): string {
  return listOf(files.filter((f) => !f.connected).map((f) => f.label));
}

/**
 * What connecting did, for the dialog: what is connected now, what is still to pick, and any
 * picked file that is not one Settings names (a copy, an old template): the add-on never uses
 * those, so it says so rather than letting a person believe they are connected.
 */
export function picksMessage(files: readonly SchoolFile[], strangers: readonly string[]): string {
  const missing = files.filter((f) => !f.connected);
  const parts =
    missing.length === 0
      ? [
          files.some((f) => f.kind === 'workbook')
            ? "The school's templates, documents folder and this workbook are connected for you: you can make documents, and turn reminders on, now."
            : "The school's templates and documents folder are connected for you: you can make documents now.",
        ]
      : [
          `Still to pick: ${stillToPick(files)}. Open the Picker again and tick ${missing.length === 1 ? 'it' : 'each of them'} (hold Ctrl or ⌘ to pick several).`,
        ];
  if (strangers.length > 0) {
    const which = strangers.length === 1 ? 'is not one of the files' : 'are not files';
    parts.push(
      `${listOf(strangers.map((s) => `"${s}"`))} ${which} Settings names, so the add-on does not use ${strangers.length === 1 ? 'it' : 'them'}: pick the files listed here, by the names shown.`,
    );
  }
  return parts.join(' ');
}
