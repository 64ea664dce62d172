// Shared set-up for the spreadsheet emulator tests: a workspace, an execution, SpreadsheetApp.
import { directExecution, type DirectExecution } from '../../../emulator/core/direct';
import type { ExecutionKind } from '../../../emulator/core/execution';
import { spreadsheetGlobals } from '../../../emulator/spreadsheet';
import type { SpreadsheetApp } from '../../../emulator/spreadsheet/app';
import { Workspace, type WorkspaceOptions } from '../../../emulator/workspace';

export interface Setup {
  ws: Workspace;
  exec: DirectExecution;
  app: SpreadsheetApp;
}

export function setup(
  options: WorkspaceOptions & { kind?: ExecutionKind; effectiveUser?: string } = {},
): Setup {
  const ws = new Workspace(options);
  const exec = directExecution(ws, {
    ...(options.kind ? { kind: options.kind } : {}),
    ...(options.effectiveUser ? { effectiveUser: options.effectiveUser } : {}),
  });
  return { ws, exec, app: spreadsheetGlobals(exec).SpreadsheetApp };
}

/** Runs `fn` and returns the message it threw (fails the test when nothing is thrown). */
export function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  throw new Error('expected an exception');
}

/** A Date at the given UTC wall time, for assertions on instants. */
export const utc = (iso: string): Date => new Date(`${iso}Z`);
