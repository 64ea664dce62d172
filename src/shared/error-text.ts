// What a caught error says, in one line for the Log or a message: Apps Script errors are Errors, anything else is text.

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
