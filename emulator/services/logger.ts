// Logger and console: what the script logs, kept in LogState with level, time and execution.
import { inspect } from 'node:util';
import type { VirtualClock } from '../core/clock';
import type { Execution } from '../core/execution';
import { Emulated, KIND } from '../core/emulated';

/** Levels as Cloud Logging names them: console.log is DEBUG, Logger.log INFO. */
export type LogLevel = 'DEBUG' | 'INFO' | 'WARNING' | 'ERROR';

export interface LogEntry {
  readonly time: number;
  readonly level: LogLevel;
  readonly message: string;
  readonly executionId: string;
  readonly source: 'Logger' | 'console';
}

export class LogState {
  readonly #entries: LogEntry[] = [];
  readonly #loggerClearedAt = new Map<string, number>();

  constructor(readonly clock: VirtualClock) {}

  get entries(): readonly LogEntry[] {
    return [...this.#entries];
  }

  /** The messages one execution logged, in order. */
  messages(executionId?: string): string[] {
    return this.#entries
      .filter((e) => executionId === undefined || e.executionId === executionId)
      .map((e) => e.message);
  }

  write(entry: Omit<LogEntry, 'time'>): void {
    this.#entries.push({ ...entry, time: this.clock.now() });
  }

  /** Logger.getLog(): this execution's Logger messages since its last Logger.clear(). */
  loggerLog(executionId: string): string[] {
    const from = this.#loggerClearedAt.get(executionId) ?? 0;
    return this.#entries
      .slice(from)
      .filter((e) => e.source === 'Logger' && e.executionId === executionId)
      .map((e) => e.message);
  }

  clearLogger(executionId: string): void {
    this.#loggerClearedAt.set(executionId, this.#entries.length);
  }

  clear(): void {
    this.#entries.length = 0;
    this.#loggerClearedAt.clear();
  }
}

/** How a value prints when it is not substituted into a format: strings bare, objects as JSON. */
function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return value.stack ?? String(value);
  if (value instanceof Date) return value.toString();
  if (value !== null && typeof value === 'object') {
    try {
      return JSON.stringify(value);
    } catch {
      return inspect(value);
    }
  }
  return String(value);
}

/** console formats like a browser's: %s %d %i %f %o %O %%, then leftover values joined by spaces. */
export function formatConsole(args: readonly unknown[]): string {
  if (args.length === 0) return '';
  const [first, ...rest] = args;
  if (typeof first !== 'string') return args.map(show).join(' ');
  let i = 0;
  const text = first.replace(/%([sdifoO%])/g, (match, spec: string) => {
    if (spec === '%') return '%';
    if (i >= rest.length) return match;
    const value = rest[i++];
    if (spec === 's') return show(value);
    if (spec === 'd' || spec === 'i') return String(Math.trunc(Number(value)));
    if (spec === 'f') return String(Number(value));
    return show(value);
  });
  return [text, ...rest.slice(i).map(show)].join(' ');
}

/**
 * Logger.log(format, ...values) replaces each %s with the next value; Logger.log(data) logs the
 * value (objects as JSON here: Google's exact rendering of objects is [open]).
 * https://developers.google.com/apps-script/reference/base/logger#log(String,Object...)
 */
export function formatLogger(args: readonly unknown[]): string {
  const [first, ...rest] = args;
  if (typeof first !== 'string' || rest.length === 0) return show(first);
  let i = 0;
  return first.replace(/%s/g, (m) => (i < rest.length ? show(rest[i++]) : m));
}

export class Logger
  extends Emulated
  implements Pick<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'>
{
  readonly [KIND] = 'Logger';
  readonly #exec: Execution;

  constructor(exec: Execution) {
    super();
    this.#exec = exec;
  }

  log(...args: [data: unknown, ...values: unknown[]]): this {
    this.#exec.workspace.logs.write({
      level: 'INFO',
      message: formatLogger(args),
      executionId: this.#exec.id,
      source: 'Logger',
    });
    return this;
  }
  /** One line per message; Google's exact line prefix (time stamps) is [open]. */
  getLog(): string {
    return this.#exec.workspace.logs
      .loggerLog(this.#exec.id)
      .map((m) => `${m}\n`)
      .join('');
  }
  clear(): void {
    this.#exec.workspace.logs.clearLogger(this.#exec.id);
  }
}

/**
 * https://developers.google.com/apps-script/reference/base/console: log DEBUG, info INFO,
 * warn WARNING, error ERROR; timeEnd logs "label: N ms" (Google's exact format is [open]).
 */
export class Console
  extends Emulated
  implements Pick<globalThis.Console, 'log' | 'info' | 'warn' | 'error' | 'time' | 'timeEnd'>
{
  readonly [KIND] = 'console';
  readonly #exec: Execution;
  readonly #timers = new Map<string, number>();

  constructor(exec: Execution) {
    super();
    this.#exec = exec;
  }

  #write(level: LogLevel, args: readonly unknown[]): void {
    this.#exec.workspace.logs.write({
      level,
      message: formatConsole(args),
      executionId: this.#exec.id,
      source: 'console',
    });
  }
  log(...args: unknown[]): void {
    this.#write('DEBUG', args);
  }
  info(...args: unknown[]): void {
    this.#write('INFO', args);
  }
  warn(...args: unknown[]): void {
    this.#write('WARNING', args);
  }
  error(...args: unknown[]): void {
    this.#write('ERROR', args);
  }
  time(label = 'default'): void {
    this.#timers.set(String(label), this.#exec.workspace.clock.now());
  }
  timeEnd(label = 'default'): void {
    const start = this.#timers.get(String(label));
    if (start === undefined) return;
    this.#timers.delete(String(label));
    this.#write('DEBUG', [`${String(label)}: ${this.#exec.workspace.clock.now() - start}ms`]);
  }
}
