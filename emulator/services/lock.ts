// LockService: document, script and user locks held by an execution until it releases or ends.
import type { VirtualClock } from '../core/clock';
import { hasActiveDocument } from '../core/document';
import type { Execution } from '../core/execution';
import { AppsScriptError, Emulated, KIND } from '../core/emulated';

/**
 * Google's wording when waitLock times out [reported: the same text in many scripts' logs].
 * https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer)
 */
export const LOCK_TIMEOUT_MESSAGE =
  'Lock timeout: another process was holding the lock for too long.';

export interface LockHolder {
  readonly executionId: string;
  readonly since: number;
}

export class LockState {
  readonly #held = new Map<string, LockHolder>();

  constructor(readonly clock: VirtualClock) {}

  /** Who holds a lock: 'script', 'document' or `user:<email>`. */
  holder(name: string): LockHolder | undefined {
    return this.#held.get(name);
  }

  /** Host side of tryLock: take a free lock (or one this execution already holds). */
  acquire(name: string, executionId: string): boolean {
    const current = this.#held.get(name);
    if (current && current.executionId !== executionId) return false;
    if (!current) this.#held.set(name, { executionId, since: this.clock.now() });
    return true;
  }

  release(name: string, executionId: string): void {
    if (this.#held.get(name)?.executionId === executionId) this.#held.delete(name);
  }

  /** Every lock an execution holds is released when it ends, as on Google. */
  releaseAll(executionId: string): void {
    for (const [name, holder] of this.#held) {
      if (holder.executionId === executionId) this.#held.delete(name);
    }
  }
}

export class Lock
  extends Emulated
  implements Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'hasLock' | 'releaseLock'>
{
  readonly [KIND] = 'Lock';
  readonly #exec: Execution;
  readonly #name: string;

  constructor(exec: Execution, name: string) {
    super();
    this.#exec = exec;
    this.#name = name;
  }

  get #state(): LockState {
    return this.#exec.workspace.locks;
  }

  /**
   * Executions here are synchronous: a lock held by another execution (one a test paused to run
   * this one) cannot be released while we wait, so the wait always runs to its timeout, which
   * the virtual clock is advanced by.
   * https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)
   */
  tryLock(timeoutInMillis: number): boolean {
    if (this.#state.acquire(this.#name, this.#exec.id)) return true;
    this.#state.clock.advance(Math.max(0, Number(timeoutInMillis) || 0));
    return false;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new AppsScriptError(LOCK_TIMEOUT_MESSAGE);
  }
  /** Held by this execution: whether a second Lock object for the same lock shares it is [open]. */
  hasLock(): boolean {
    return this.#state.holder(this.#name)?.executionId === this.#exec.id;
  }
  releaseLock(): void {
    this.#state.release(this.#name, this.#exec.id);
  }
}

export class LockService
  extends Emulated
  implements
    Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'>
{
  readonly [KIND] = 'LockService';
  readonly #exec: Execution;

  constructor(exec: Execution) {
    super();
    this.#exec = exec;
    exec.onEnd(() => exec.workspace.locks.releaseAll(exec.id));
  }

  /**
   * The bound document's lock; null "if the script is not ... in a container document", as in an
   * editor add-on's clock run (core/document.ts).
   * https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
   */
  getDocumentLock(): Lock {
    // Typed as Google types it (never null), as SpreadsheetApp.getActiveSpreadsheet() is.
    if (!hasActiveDocument(this.#exec)) return null as unknown as Lock;
    return new Lock(this.#exec, 'document');
  }
  getScriptLock(): Lock {
    return new Lock(this.#exec, 'script');
  }
  /** Per user: the effective user, the account the script runs as. */
  getUserLock(): Lock {
    return new Lock(this.#exec, `user:${this.#exec.effectiveUser}`);
  }
}
