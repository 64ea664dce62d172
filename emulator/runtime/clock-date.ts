// Makes `new Date()` and `Date.now()` inside the script read the virtual clock.
import vm from 'node:vm';

const installer = `(function install(now) {
  const RealDate = Date;
  function ClockDate(...args) {
    if (!new.target) return new RealDate(now()).toString();
    const date = args.length === 0 ? new RealDate(now()) : new RealDate(...args);
    Object.setPrototypeOf(date, new.target.prototype);
    return date;
  }
  Object.setPrototypeOf(ClockDate, RealDate);
  ClockDate.prototype = RealDate.prototype;
  ClockDate.now = function now_() { return now(); };
  Object.defineProperty(RealDate.prototype, 'constructor', { value: ClockDate, writable: true, configurable: true });
  Object.defineProperty(globalThis, 'Date', { value: ClockDate, writable: true, configurable: true });
})`;

export function installClockDate(context: vm.Context, now: () => number): void {
  const install = vm.runInContext(installer, context) as (now: () => number) => void;
  install(now);
}
