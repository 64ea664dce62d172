// Calls the server through google.script.run, typed from the shared SidebarApi.
import type { SidebarApi } from '../../src/shared/sidebar-api';

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [functionName: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

/**
 * One server function as a promise. A renamed or retyped server function breaks this build,
 * not a teacher's click (STYLE.md: one list of what is exposed).
 */
export function callServer<K extends keyof SidebarApi>(
  name: K,
  ...args: Parameters<SidebarApi[K]>
): Promise<ReturnType<SidebarApi[K]>> {
  return new Promise((resolve, reject) => {
    const run = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<SidebarApi[K]>))
      .withFailureHandler(reject);
    const call = run[name];
    if (typeof call !== 'function') {
      reject(new Error(`The add-on has no server function ${name}.`));
      return;
    }
    call.apply(run, args);
  });
}
