// `npm run bench`: service calls by method, CPU time and cost-model time for each operation and size.
import { report } from './measure';
import { benchForms, formFigures } from './forms';
import { benchGenerateDocuments } from './generate-documents';
import { benchHistory } from './history';
import { benchHourlyReminders, reminderFigures } from './reminders';
import { benchReports, reportCallsLine } from './reports';
import { benchScale } from './scale';
import { benchSetUpWorkbook } from './set-up-workbook';
import { benchSidebar } from './sidebar';
import { benchValidatePlacements } from './validate-placements';

const sizes = [20, 200, 2000];

console.log('AP Placements benchmarks (built bundle in the emulator; cost model "typical")\n');
console.log(`${benchScale().text}\n`);
console.log(`${benchHistory(2000)}\n`);
for (const n of sizes) {
  for (const m of benchSetUpWorkbook(n)) console.log(report(m), '\n');
}
for (const n of sizes) {
  for (const m of benchValidatePlacements(n)) console.log(report(m), '\n');
}
for (const runAs of ['bound script', 'editor add-on'] as const) {
  for (const n of sizes) {
    for (const m of benchHourlyReminders(n, runAs)) {
      console.log(report(m), `\n${reminderFigures(m)}\n`);
    }
  }
}
for (const n of sizes) {
  for (const m of benchSidebar(n))
    console.log(report(m), `\n    spreadsheet reads ${m.getValues}\n`);
}
for (const n of sizes) {
  for (const m of benchForms(n)) console.log(report(m), `\n${formFigures(m)}\n`);
}
const reportRuns = sizes.map(benchReports);
for (const runs of reportRuns) for (const m of runs) console.log(report(m), '\n');
const [smallest, , largest] = reportRuns;
if (smallest && largest) console.log(`${reportCallsLine(smallest, largest)}\n`);
const documentRuns = [1, 10, 100].map(benchGenerateDocuments);
for (const m of documentRuns)
  console.log(report(m), `\n    documents made in this execution: ${m.documents}\n`);
const [one, , hundred] = documentRuns;
if (one && hundred) {
  const perDocument = (hundred.totalCalls - one.totalCalls) / (hundred.documents - one.documents);
  const secondsPerDocument =
    (hundred.virtualMs - one.virtualMs) / 1000 / (hundred.documents - one.documents);
  console.log(
    `Documents: ${perDocument.toFixed(1)} service calls and ${secondsPerDocument.toFixed(1)} s on the cost model per document ` +
      `(about ${Math.floor(270 / secondsPerDocument)} documents fit before the 4.5-minute stop).`,
  );
}
