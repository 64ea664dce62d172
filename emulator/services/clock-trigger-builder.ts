// ClockTriggerBuilder: the time-driven schedule a script asks for, checked and turned into a ClockSchedule.
import type { Execution } from '../core/execution';
import { AppsScriptError, Emulated, KIND } from '../core/emulated';
import { instantOf, resolveZone } from '../core/zone';
import { isEnumValue } from './enums';
import type { ClockSchedule } from './trigger-schedule';
import { createTrigger, integer, Trigger, WeekDay, weekDays } from './trigger';

type Recurrence =
  | { kind: 'minutes' | 'hours' | 'days' | 'weeks'; every: number }
  | { kind: 'once'; at: number }
  | { kind: 'atDate'; year: number; month: number; day: number };

/**
 * https://developers.google.com/apps-script/reference/script/clock-trigger-builder
 * Argument errors say "Invalid argument: <name>" here; Google's exact wording for them is [open].
 */
export class ClockTriggerBuilder
  extends Emulated
  implements GoogleAppsScript.Script.ClockTriggerBuilder
{
  readonly [KIND] = 'ClockTriggerBuilder';
  readonly #exec: Execution;
  readonly #handler: string;
  #recurrence: Recurrence | undefined;
  #atHour: number | undefined;
  #nearMinute: number | undefined;
  #weekDay: number | undefined;
  #monthDay: number | undefined;
  #timeZone: string;

  constructor(exec: Execution, handler: string) {
    super();
    this.#exec = exec;
    this.#handler = handler;
    this.#timeZone = exec.workspace.scriptTimeZone;
  }

  /** Only 1, 5, 10, 15 or 30 (reference, everyMinutes). */
  everyMinutes(n: number): this {
    if (![1, 5, 10, 15, 30].includes(Number(n))) throw new AppsScriptError('Invalid argument: n');
    this.#recurrence = { kind: 'minutes', every: Number(n) };
    return this;
  }
  everyHours(n: number): this {
    this.#recurrence = { kind: 'hours', every: integer(n, 'n', 1) };
    return this;
  }
  everyDays(n: number): this {
    this.#recurrence = { kind: 'days', every: integer(n, 'n', 1) };
    return this;
  }
  everyWeeks(n: number): this {
    this.#recurrence = { kind: 'weeks', every: integer(n, 'n', 1) };
    return this;
  }
  atHour(hour: number): this {
    this.#atHour = integer(hour, 'hour', 0, 23);
    return this;
  }
  nearMinute(minute: number): this {
    this.#nearMinute = integer(minute, 'minute', 0, 59);
    return this;
  }
  onWeekDay(day: GoogleAppsScript.Base.Weekday): this {
    if (!isEnumValue(WeekDay, day)) throw new AppsScriptError('Invalid argument: day');
    this.#weekDay = weekDays.indexOf(day) + 1;
    return this;
  }
  onMonthDay(day: number): this {
    this.#monthDay = integer(day, 'day', 1, 31);
    return this;
  }
  at(date: GoogleAppsScript.Base.Date): this {
    const t = new Date(date as Date).getTime();
    if (Number.isNaN(t)) throw new AppsScriptError('Invalid argument: date');
    this.#recurrence = { kind: 'once', at: t };
    return this;
  }
  /** Runs once, at least `durationMilliseconds` after now. */
  after(durationMilliseconds: number): this {
    const ms = integer(durationMilliseconds, 'durationMilliseconds', 0);
    this.#recurrence = { kind: 'once', at: this.#exec.workspace.clock.now() + ms };
    return this;
  }
  /** Month is 1-12; fires near midnight, or at atHour, in the trigger's zone. */
  atDate(year: number, month: number, day: number): this {
    this.#recurrence = {
      kind: 'atDate',
      year: integer(year, 'year', 1970),
      month: integer(month, 'month', 1, 12),
      day: integer(day, 'day', 1, 31),
    };
    return this;
  }
  inTimezone(timezone: string): this {
    const zone = String(timezone);
    const resolved = resolveZone(zone);
    if (typeof resolved !== 'string' && resolved.id === 'GMT') {
      throw new AppsScriptError('Invalid argument: timezone');
    }
    this.#timeZone = zone;
    return this;
  }

  create(): Trigger {
    return createTrigger(this.#exec, {
      handlerFunction: this.#handler,
      eventType: 'CLOCK',
      triggerSource: 'CLOCK',
      triggerSourceId: null,
      schedule: this.#schedule(),
    });
  }

  #schedule(): ClockSchedule {
    const timeZone = this.#timeZone;
    const r = this.#recurrence;
    const time = {
      ...(this.#atHour === undefined ? {} : { atHour: this.#atHour }),
      ...(this.#nearMinute === undefined ? {} : { nearMinute: this.#nearMinute }),
    };
    if (this.#monthDay !== undefined)
      return { timeZone, kind: 'monthly', monthDay: this.#monthDay, ...time };
    if (!r && this.#weekDay !== undefined) {
      return { timeZone, kind: 'weeks', every: 1, weekDay: this.#weekDay, ...time };
    }
    if (!r) {
      // Google's message for a clock trigger with no schedule is [open].
      throw new AppsScriptError(
        'A clock trigger needs a schedule: everyMinutes/Hours/Days/Weeks, at, after or atDate.',
      );
    }
    if (r.kind === 'once') return { timeZone, kind: 'once', at: r.at };
    if (r.kind === 'atDate') {
      const hour = this.#atHour ?? 0;
      const minute = this.#nearMinute ?? 0;
      const at = instantOf(resolveZone(timeZone), r.year, r.month, r.day, hour, minute, 0, 'later');
      return { timeZone, kind: 'once', at };
    }
    if (r.kind === 'minutes') return { timeZone, kind: 'minutes', every: r.every };
    if (r.kind === 'hours') {
      return {
        timeZone,
        kind: 'hours',
        every: r.every,
        ...(this.#nearMinute === undefined ? {} : { nearMinute: this.#nearMinute }),
      };
    }
    const weekDay =
      r.kind === 'weeks' && this.#weekDay !== undefined ? { weekDay: this.#weekDay } : {};
    return { timeZone, kind: r.kind, every: r.every, ...time, ...weekDay };
  }
}
