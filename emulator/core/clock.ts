// The virtual clock every emulated execution reads: `new Date()` in the bundle, triggers, sleeps and per-call costs.
export class VirtualClock {
  #now: number;

  constructor(start: Date | number | string) {
    this.#now = new Date(start).getTime();
    if (Number.isNaN(this.#now)) throw new Error(`VirtualClock: not a date: ${String(start)}`);
  }

  now(): number {
    return this.#now;
  }

  date(): Date {
    return new Date(this.#now);
  }

  advance(ms: number): void {
    if (!(ms >= 0)) throw new Error(`VirtualClock.advance: ms must be >= 0, got ${ms}`);
    this.#now += ms;
  }

  set(to: Date | number | string): void {
    const t = new Date(to).getTime();
    if (t < this.#now) throw new Error('VirtualClock.set: time never runs backwards');
    this.#now = t;
  }
}
