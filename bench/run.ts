// `npm run bench`: service calls by method, CPU time and cost-model time for each operation and size.
import { report } from './measure';
import { benchSetUpWorkbook } from './set-up-workbook';
import { benchValidatePlacements } from './validate-placements';

const sizes = [20, 200, 2000];

console.log('AP Placements benchmarks (built bundle in the emulator; cost model "typical")\n');
for (const n of sizes) {
  for (const m of benchSetUpWorkbook(n)) console.log(report(m), '\n');
}
for (const n of sizes) {
  for (const m of benchValidatePlacements(n)) console.log(report(m), '\n');
}
