// Counts every service call by method, charges its cost to the virtual clock, and injects faults.
import type { VirtualClock } from './clock';
import { AppsScriptError } from './emulated';
import { costOf, type CostModel } from './cost-model';

export interface Fault {
  /** 1-based index of the call (counted since the last reset) that throws instead of running. */
  readonly atCall: number;
  readonly message?: string;
}

export class CallMeter {
  readonly counts = new Map<string, number>();
  total = 0;
  costModel: CostModel = 'none';
  #fault: Fault | undefined;
  #hooks = new Map<number, () => void>();
  #methodFault: { method: string; remaining: number; message: string } | undefined;

  constructor(private readonly clock: VirtualClock) {}

  /** Make the N-th call from now on (1-based, counted from the last reset) throw. */
  failAt(atCall: number, message = 'Service error: Spreadsheets'): void {
    this.#fault = { atCall, message };
  }

  /** Make the N-th call of one method (e.g. the first `Range.setDataValidation`) throw. */
  failOn(method: string, nth = 1, message = 'Service error: Spreadsheets'): void {
    this.#methodFault = { method, remaining: nth, message };
  }

  /** Run `fn` (e.g. a colleague editing the sheet) just before the N-th call. */
  before(atCall: number, fn: () => void): void {
    this.#hooks.set(atCall, fn);
  }

  reset(): void {
    this.counts.clear();
    this.total = 0;
    this.#fault = undefined;
    this.#methodFault = undefined;
    this.#hooks.clear();
  }

  /** Called by the runtime before each service method runs. Throws for an injected fault. */
  record(method: string): void {
    this.total += 1;
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
    const hook = this.#hooks.get(this.total);
    if (hook) {
      this.#hooks.delete(this.total);
      hook();
    }
    this.clock.advance(costOf(method, this.costModel));
    if (this.#fault && this.#fault.atCall === this.total) {
      const message = this.#fault.message ?? 'Service error';
      this.#fault = undefined;
      throw new AppsScriptError(message);
    }
    const byMethod = this.#methodFault;
    if (byMethod && byMethod.method === method && --byMethod.remaining === 0) {
      this.#methodFault = undefined;
      throw new AppsScriptError(byMethod.message);
    }
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
