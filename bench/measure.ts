// Runs one operation of the built add-on in the emulator and reports service calls by method and CPU time.
import type { AddOn } from '../emulator';

export interface Measurement {
  readonly label: string;
  readonly calls: Record<string, number>;
  readonly totalCalls: number;
  readonly cpuMs: number;
  /** Of `cpuMs`, what the emulator spent inside service calls (Google's side of each call). */
  readonly serviceCpuMs: number;
  readonly virtualMs: number;
  /** Apps Script's limit for this kind of run: 360 s, or 30 s for a simple trigger. */
  readonly limitSeconds: number;
}

export function measure(
  label: string,
  addOn: AddOn,
  operation: () => void,
  limitSeconds = 360,
): Measurement {
  const ws = addOn.workspace;
  ws.meter.reset();
  ws.meter.costModel = 'typical';
  const virtualStart = ws.clock.now();
  const cpuStart = process.cpuUsage();
  operation();
  const cpu = process.cpuUsage(cpuStart);
  ws.meter.costModel = 'none';
  return {
    label,
    calls: ws.meter.snapshot(),
    totalCalls: ws.meter.total,
    cpuMs: (cpu.user + cpu.system) / 1000,
    serviceCpuMs: ws.meter.serviceCpuMs,
    virtualMs: ws.clock.now() - virtualStart,
    limitSeconds,
  };
}

export function report(m: Measurement): string {
  const byMethod = Object.entries(m.calls)
    .map(([method, n]) => `    ${method.padEnd(40)} ${n}`)
    .join('\n');
  return [
    `${m.label}: ${m.totalCalls} service calls, ${m.cpuMs.toFixed(0)} ms CPU, ` +
      `${(m.virtualMs / 1000).toFixed(1)} s on the cost model (limit ${m.limitSeconds} s)`,
    byMethod,
  ].join('\n');
}
