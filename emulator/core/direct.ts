// Creates one execution's context (who, how authorised, started by what); the runtime and unit tests share it.
import type { Workspace } from '../workspace';
import type { AuthModeName, Execution, ExecutionKind } from './execution';

let sequence = 0;

export interface DirectExecution extends Execution {
  /** Run the end-of-execution cleanups (release locks...), as the runtime does when a run returns. */
  end(): void;
}

export function directExecution(
  workspace: Workspace,
  options: {
    authMode?: AuthModeName;
    kind?: ExecutionKind;
    activeUser?: string;
    effectiveUser?: string;
  } = {},
): DirectExecution {
  const cleanups: Array<() => void> = [];
  sequence += 1;
  return {
    id: `direct-${sequence}`,
    workspace,
    authMode: options.authMode ?? 'FULL',
    kind: options.kind ?? 'menu',
    activeUser: options.activeUser ?? workspace.user,
    effectiveUser: options.effectiveUser ?? workspace.user,
    startedAt: workspace.clock.now(),
    onEnd: (cleanup) => cleanups.push(cleanup),
    end: () => {
      while (cleanups.length) cleanups.pop()?.();
    },
  };
}
