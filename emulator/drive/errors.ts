// The exception an advanced service throws when its API answers with an error, worded as Apps Script words it.
import { AppsScriptError } from '../core/emulated';

/**
 * [reported] Apps Script turns an API error into
 * `GoogleJsonResponseException: API call to drive.files.get failed with error: File not found: <id>.`
 * — the message is `API call to <service>.<collection>.<method> failed with error: <API message>`.
 * The script realm sees an Error with that message (its name is not carried across yet: [open]).
 */
export class GoogleJsonResponseException extends AppsScriptError {
  constructor(
    readonly call: string,
    readonly apiMessage: string,
    readonly code: number,
  ) {
    super(`API call to ${call} failed with error: ${apiMessage}`);
    this.name = 'GoogleJsonResponseException';
  }
}

/** https://developers.google.com/drive/api/guides/handle-errors#resolve_a_404_error_file_not_found */
export function fileNotFound(call: string, id: string): GoogleJsonResponseException {
  return new GoogleJsonResponseException(call, `File not found: ${id}.`, 404);
}
