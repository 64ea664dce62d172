// Benchmark (issue 15, item 5): the reports read each sheet once and write each output in one block, whatever the size.
import { benchSchool } from './bench-school';
import { measure, type Measurement } from './measure';

/** The AP register (sheet and Doc) and the census AP return on a school of `placements`. */
export function benchReports(placements: number): Measurement[] {
  const { addOn, label } = benchSchool(placements, '2026-11-30T08:00:00Z');
  return [
    measure(`AP register (${label})`, addOn, () => addOn.run('makeApRegister')),
    measure(`AP register, printable Doc (${label})`, addOn, () => addOn.run('makeApRegisterDoc')),
    measure(`Census AP return (${label})`, addOn, () => addOn.run('makeCensusReturn')),
    measure(`Evaluation (${label})`, addOn, () => addOn.run('makeEvaluation')),
  ];
}

/** "AP register 27 → 27 calls ..." from the smallest to the largest school. */
export function reportCallsLine(
  first: readonly Measurement[],
  last: readonly Measurement[],
): string {
  const parts = first.map((m, i) => {
    const name = m.label.replace(/ \(.*$/, '');
    return `${name} ${m.totalCalls} → ${last[i]?.totalCalls ?? '?'} calls`;
  });
  return `Reports, service calls from the smallest to the largest school: ${parts.join('; ')}.`;
}
