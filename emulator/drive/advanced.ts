// The advanced services a manifest enables (dependencies.enabledAdvancedServices), as globals of one execution.
import type { Emulated } from '../core/emulated';
import type { Execution } from '../core/execution';
import { Docs } from '../docs/docs';
import { Sheets } from '../sheets-api/sheets';
import { Drive } from './files';

export interface AdvancedServiceRef {
  readonly userSymbol: string;
  readonly serviceId: string;
  readonly version: string;
}

const SUPPORTED: Record<string, { version: string; make: (exec: Execution) => Emulated }> = {
  drive: { version: 'v3', make: (exec) => new Drive(exec) },
  docs: { version: 'v1', make: (exec) => new Docs(exec) },
  sheets: { version: 'v4', make: (exec) => new Sheets(exec) },
};

/** Refuses, at load time, a service or version the emulator does not provide (e.g. Drive v2). */
export function assertSupported(refs: readonly AdvancedServiceRef[]): void {
  for (const ref of refs) {
    const known = SUPPORTED[ref.serviceId];
    if (!known || known.version !== ref.version) {
      throw new Error(
        `The emulator provides the advanced services drive v3, docs v1 and sheets v4, not ${ref.serviceId} ${ref.version} (${ref.userSymbol}).`,
      );
    }
  }
}

/**
 * https://developers.google.com/apps-script/guides/services/advanced: an advanced service is a
 * global only once enabled, under its `userSymbol` (Drive, Docs, Sheets by default). Calls are
 * counted under the service's own name (`Drive.Files.copy`, `Docs.Documents.batchUpdate`,
 * `Sheets.Spreadsheets.Values.batchGet`) whatever the symbol, so that scopes and costs apply.
 */
export function advancedServiceGlobals(
  exec: Execution,
  refs: readonly AdvancedServiceRef[],
): Record<string, Emulated> {
  assertSupported(refs);
  const out: Record<string, Emulated> = {};
  for (const ref of refs)
    out[ref.userSymbol] = (SUPPORTED[ref.serviceId] as { make: (e: Execution) => Emulated }).make(
      exec,
    );
  return out;
}
