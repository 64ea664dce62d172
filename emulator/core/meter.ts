// Counts every service call by method, charges its cost to the virtual clock, and injects faults and lost replies.
import type { VirtualClock } from './clock';
import { AppsScriptError } from './emulated';
import { costOf, type CostModel } from './cost-model';

export interface Fault {
  /** 1-based index of the call (counted since the last reset) that throws instead of running. */
  readonly atCall: number;
  readonly message?: string;
}

/**
 * What Apps Script's services commonly throw when Google's side fails [reported: the wording
 * scripts log for transient server errors]. A lost reply surfaces with it unless a test says otherwise.
 */
export const SERVER_ERROR =
  "We're sorry, a server error occurred. Please wait a bit and try again.";

interface ByMethod {
  readonly method: string;
  remaining: number;
  readonly message: string;
}

export class CallMeter {
  readonly counts = new Map<string, number>();
  total = 0;
  /**
   * CPU the emulator spent inside service calls since the last reset (running the method and
   * converting its arguments and result between realms), in ms: Google's side of a call, which
   * the cost model charges as time, not the script's own CPU.
   */
  serviceCpuMs = 0;
  costModel: CostModel = 'none';
  #fault: Fault | undefined;
  #hooks = new Map<number, () => void>();
  #methodFault: ByMethod | undefined;
  /** Lost replies by call index: the call runs, then throws this message. */
  #lostAt = new Map<number, string>();
  #lostOn: ByMethod[] = [];
  /** Calls recorded whose reply is to be lost, waiting for afterCall. */
  #pendingLoss = new Map<number, string>();

  constructor(private readonly clock: VirtualClock) {}

  /** Make the N-th call from now on (1-based, counted from the last reset) throw. */
  failAt(atCall: number, message = 'Service error: Spreadsheets'): void {
    this.#fault = { atCall, message };
  }

  /** Make the N-th call of one method (e.g. the first `Range.setDataValidation`) throw. */
  failOn(method: string, nth = 1, message = 'Service error: Spreadsheets'): void {
    this.#methodFault = { method, remaining: nth, message };
  }

  /**
   * Lose the reply of the N-th call (1-based, counted since the last reset, like `failAt`): the
   * call runs and takes full effect on Google's side, then the script gets `message` as an
   * Apps Script error instead of the result (a timeout or a server error after the write).
   */
  loseReplyAt(atCall: number, message = SERVER_ERROR): void {
    this.#lostAt.set(atCall, message);
  }

  /** Lose the reply of the N-th call of one method (like `failOn`), e.g. the 1st `MailApp.sendEmail`. */
  loseReplyOn(method: string, nth = 1, message = SERVER_ERROR): void {
    this.#lostOn.push({ method, remaining: nth, message });
  }

  /** Run `fn` (e.g. a colleague editing the sheet) just before the N-th call. */
  before(atCall: number, fn: () => void): void {
    this.#hooks.set(atCall, fn);
  }

  reset(): void {
    this.counts.clear();
    this.total = 0;
    this.serviceCpuMs = 0;
    this.#fault = undefined;
    this.#methodFault = undefined;
    this.#hooks.clear();
    this.#lostAt.clear();
    this.#lostOn = [];
    this.#pendingLoss.clear();
  }

  /**
   * Called by the runtime before each service method runs. Throws for an injected fault. Returns
   * the call's index, which the runtime hands back to `afterCall` once the method has run.
   */
  record(method: string): number {
    this.total += 1;
    const call = this.total;
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
    this.#markLoss(method, call);
    const hook = this.#hooks.get(call);
    if (hook) {
      this.#hooks.delete(call);
      hook();
    }
    this.clock.advance(costOf(method, this.costModel));
    if (this.#fault && this.#fault.atCall === call) {
      const message = this.#fault.message ?? 'Service error';
      this.#fault = undefined;
      this.#pendingLoss.delete(call);
      throw new AppsScriptError(message);
    }
    const byMethod = this.#methodFault;
    if (byMethod && byMethod.method === method && --byMethod.remaining === 0) {
      this.#methodFault = undefined;
      this.#pendingLoss.delete(call);
      throw new AppsScriptError(byMethod.message);
    }
    return call;
  }

  /**
   * Called by the runtime after a method ran without throwing. Throws when the call's reply is
   * lost. A call that threw its own error consumes its lost reply (the script saw an error anyway).
   */
  afterCall(call: number): void {
    const message = this.#pendingLoss.get(call);
    if (message === undefined) return;
    this.#pendingLoss.delete(call);
    throw new AppsScriptError(message);
  }

  #markLoss(method: string, call: number): void {
    const at = this.#lostAt.get(call);
    if (at !== undefined) {
      this.#lostAt.delete(call);
      this.#pendingLoss.set(call, at);
    }
    for (const byMethod of this.#lostOn) {
      if (byMethod.method !== method || --byMethod.remaining !== 0) continue;
      if (!this.#pendingLoss.has(call)) this.#pendingLoss.set(call, byMethod.message);
    }
    this.#lostOn = this.#lostOn.filter((l) => l.remaining > 0);
  }

  /** Adds a service call's CPU (a `process.cpuUsage` difference) to `serviceCpuMs`. */
  chargeService(used: { readonly user: number; readonly system: number }): void {
    this.serviceCpuMs += (used.user + used.system) / 1000;
  }

  /** Counts as a plain object sorted by method name, for benchmarks and assertions. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** Calls whose method starts with one of the prefixes, e.g. `Range.get`. */
  countOf(...prefixes: string[]): number {
    let n = 0;
    for (const [method, count] of this.counts) {
      if (prefixes.some((p) => method.startsWith(p))) n += count;
    }
    return n;
  }
}
