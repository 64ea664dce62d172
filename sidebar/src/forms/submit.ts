// Sends one form to the server: busy while in flight, field errors kept, the new state taken whole.
import type { FormResult } from '../../../src/shared/sidebar-api';
import { formStatus, setFormStatus, store } from '../state';

/**
 * What a failed call (withFailureHandler) tells staff: the cause, that nothing they typed is lost,
 * and, since a call can fail after its change was written, to look before trying again.
 */
export function failureMessage(error: unknown): string {
  const cause = error instanceof Error ? error.message : String(error);
  return `The add-on did not answer (${cause || 'no reason given'}). Your entries are still here. The change may or may not have reached the sheet: look at the sheet before you try again, so nothing is saved twice.`;
}

/**
 * Runs `call` unless this form already has one in flight (google.script.run allows 10 at once; one
 * per form keeps a double click from saving twice). On success the answer's state replaces the
 * sidebar's, so no second call is needed to redraw.
 */
export async function submitForm<T>(
  key: string,
  call: () => Promise<FormResult<T>>,
  onSuccess?: (value: T) => void,
): Promise<boolean> {
  if (formStatus(key).busy) return false;
  setFormStatus(key, { busy: true, ok: null, message: '', fieldErrors: {} });
  let result: FormResult<T>;
  try {
    result = await call();
  } catch (error) {
    setFormStatus(key, { busy: false, ok: false, message: failureMessage(error), fieldErrors: {} });
    return false;
  }
  if (!result.ok) {
    setFormStatus(key, {
      busy: false,
      ok: false,
      message: result.message,
      fieldErrors: result.fieldErrors ?? {},
    });
    return false;
  }
  store.state = result.state;
  onSuccess?.(result.value);
  setFormStatus(key, { busy: false, ok: true, message: result.message, fieldErrors: {} });
  return true;
}
