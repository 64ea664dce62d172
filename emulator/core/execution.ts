// One execution of the add-on, as on Google: who runs it, in which AuthMode, started by what.
import type { Workspace } from '../workspace';

export type AuthModeName = 'NONE' | 'LIMITED' | 'CUSTOM_FUNCTION' | 'FULL';

/**
 * What started the execution. Simple triggers (onOpen/onEdit/onInstall fired by the editor) run
 * in LIMITED or NONE with a 30 s limit; everything else FULL with 6 min.
 * https://developers.google.com/apps-script/guides/triggers#restrictions
 */
export type ExecutionKind =
  'simple-trigger' | 'installable-trigger' | 'time-trigger' | 'menu' | 'client' | 'editor';

export interface Execution {
  readonly id: string;
  readonly workspace: Workspace;
  readonly authMode: AuthModeName;
  readonly kind: ExecutionKind;
  /** The user at the keyboard ('' when Google would not reveal them). */
  readonly activeUser: string;
  /** The user whose authority the script runs under (trigger owner for installable triggers). */
  readonly effectiveUser: string;
  readonly startedAt: number;
  /** Register work for the end of the execution (locks are released there). */
  onEnd(cleanup: () => void): void;
}
