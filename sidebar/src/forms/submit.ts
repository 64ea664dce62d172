// Sends one form to the server: busy while in flight, field errors kept, the new state taken whole.
import type { FormResult } from '../../../src/shared/sidebar-api';
import { formStatus, requestDone, requestIdFor, setFormStatus, takeState } from '../state';

/**
 * What a failed call (withFailureHandler) tells staff: the cause, that nothing they typed is lost,
 * and that pressing again is safe. A call can fail after the server did its work (the reply was
 * lost), but the press again carries the same request id, so the server answers with what it did.
 */
export function failureMessage(error: unknown, changes = true): string {
  const cause = error instanceof Error ? error.message : String(error);
  const said = `The add-on did not answer (${cause || 'no reason given'}). Your entries are still here.`;
  return changes
    ? `${said} Press the button again: the add-on knows it is the same request and will not do it twice.`
    : `${said} Press the button again.`;
}

/**
 * Runs `call` unless this form already has one in flight (google.script.run allows 10 at once; one
 * per form keeps a double click from saving twice). On success the answer's state replaces the
 * sidebar's, so no second call is needed to redraw.
 */
async function run<T>(
  key: string,
  call: () => Promise<FormResult<T>>,
  onSuccess: ((value: T) => void) | undefined,
  request: string | null,
): Promise<boolean> {
  if (formStatus(key).busy) return false;
  setFormStatus(key, { busy: true, ok: null, message: '', fieldErrors: {} });
  let result: FormResult<T>;
  try {
    result = await call();
  } catch (error) {
    const message = failureMessage(error, request !== null);
    setFormStatus(key, { busy: false, ok: false, message, fieldErrors: {} });
    return false;
  }
  if (!result.ok) {
    // A refusal changed nothing and the server does not remember it: the id is used again.
    setFormStatus(key, {
      busy: false,
      ok: false,
      message: result.message,
      fieldErrors: result.fieldErrors ?? {},
      ...(result.action && { action: result.action }),
    });
    return false;
  }
  if (request !== null) requestDone(request);
  // What the form kept is dropped first, so a state for a new day finds nothing of the day before.
  onSuccess?.(result.value);
  takeState(result.state);
  setFormStatus(key, { busy: false, ok: true, message: result.message, fieldErrors: {} });
  return true;
}

/**
 * Sends a form that changes the workbook or sends something. `call` puts `requestId` in the form:
 * the same id until an ok answer (after a failure or a refusal the press again is the same
 * request, so a lost reply never saves twice), then a new one. The id is kept per `request`, the
 * form's key unless one form sends different things (each document kind is its own request).
 */
export function submitForm<T>(
  key: string,
  call: (requestId: string) => Promise<FormResult<T>>,
  onSuccess?: (value: T) => void,
  request: string = key,
): Promise<boolean> {
  return run(key, () => call(requestIdFor(request)), onSuccess, request);
}

/** Sends a form that changes nothing (an email's preview): no request id, none used up. */
export function submitQuery<T>(
  key: string,
  call: () => Promise<FormResult<T>>,
  onSuccess?: (value: T) => void,
): Promise<boolean> {
  return run(key, call, onSuccess, null);
}
