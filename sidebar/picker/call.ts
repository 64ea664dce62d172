// Calls the server through google.script.run, typed from the shared PickerApi.
import type { PickerApi } from '../../src/shared/picker-api';
import { globals } from './google-picker';

export function callServer<K extends keyof PickerApi>(
  name: K,
  ...args: Parameters<PickerApi[K]>
): Promise<ReturnType<PickerApi[K]>> {
  return new Promise((resolve, reject) => {
    const run = globals()
      .google.script.run.withSuccessHandler((value) => resolve(value as ReturnType<PickerApi[K]>))
      .withFailureHandler(reject);
    const call = run[name];
    if (typeof call !== 'function') {
      reject(new Error(`The add-on has no server function ${name}.`));
      return;
    }
    call.apply(run, args);
  });
}
