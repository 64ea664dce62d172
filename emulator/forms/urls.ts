// The URLs of a form: the editor's, the respondents', a response's edit link, and reading an id back from a URL.
import type { FormRecord, ResponseRecord } from './records';

/** Form.getEditUrl(): https://developers.google.com/apps-script/reference/forms/form#getEditUrl() */
export function editUrl(form: FormRecord): string {
  return `https://docs.google.com/forms/d/${form.id}/edit`;
}

/** Form.getPublishedUrl(): the respondents' link, by the published id (not the file id). */
export function publishedUrl(form: FormRecord): string {
  return `https://docs.google.com/forms/d/e/${form.publishedId}/viewform`;
}

/**
 * What Sheet.getFormUrl()/Spreadsheet.getFormUrl() return for a linked form: the form's
 * `…/forms/d/<id>/viewform` address, which FormApp.openByUrl accepts. The exact form is [open]
 * (scripts commonly pass getFormUrl() to FormApp.openByUrl, so it must open the form).
 */
export function linkedFormUrl(form: FormRecord): string {
  return `https://docs.google.com/forms/d/${form.id}/viewform`;
}

/** FormResponse.getEditResponseUrl(): the respondent's link back to their answers. */
export function editResponseUrl(form: FormRecord, response: ResponseRecord): string {
  return `${publishedUrl(form)}?edit2=${response.id}`;
}

/**
 * The file id in a form's editor or `…/forms/d/<id>/viewform` URL. The respondents' URL
 * (`…/forms/d/e/<publishedId>/…`) carries no file id, so it opens nothing [open].
 */
export function formIdOfUrl(url: string): string | undefined {
  const m = /^https:\/\/docs\.google\.com\/forms\/d\/([A-Za-z0-9_-]+)(?:[/?#]|$)/.exec(url);
  if (!m || m[1] === 'e') return undefined;
  return m[1];
}
