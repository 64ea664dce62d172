// Benchmark (issue 4 item 7): service calls per generated document, and documents per execution on the cost model.
import { Workspace, loadAddOn } from '../emulator';
import { CLEAN_PROVIDER } from '../test/unit/rules/fixtures';
import { School, placement } from '../test/integration/support/school';
import { measure, type Measurement } from './measure';

/** An invented school's Settings, as the templates need them. */
const SCHOOL: Record<string, string> = {
  'School name': 'Exampleton Academy',
  'School URN': '100001',
  'Local authority': 'Exampleshire',
  'Head teacher name': 'Alex Head',
  'Head teacher email': 'head@example.sch.uk',
  'DSL name': 'Sam Safe',
  'DSL email': 'dsl@example.sch.uk',
  'SENDCO name': 'Pat Send',
  'SENDCO email': 'sendco@example.sch.uk',
  'Head of Pastoral Care name': 'Jo Pastoral',
  'Head of Pastoral Care email': 'pastoral@example.sch.uk',
  'LA notification email': 'ap-notify@la.example',
};

export interface DocumentBench extends Measurement {
  readonly documents: number;
}

/** "Generate parent/carer agreement" for `count` selected placements, in one execution. */
export function benchGenerateDocuments(count: number): DocumentBench {
  const ws = new Workspace({ now: '2026-01-20T09:00:00Z' });
  const addOn = loadAddOn({ workspace: ws, addOnName: 'AP Placements' });
  addOn.run('setUpWorkbook');
  const school = new School(ws, addOn);
  school.type('Providers', [CLEAN_PROVIDER]);
  school.type(
    'Placements',
    Array.from({ length: count }, (_, i) => placement(i + 1)),
  );
  const settings = ws.spreadsheet.sheet('Settings').values();
  for (const [name, value] of Object.entries(SCHOOL)) {
    const row = settings.findIndex((r) => r[0] === name) + 1;
    if (row > 0) ws.spreadsheet.userEdit(ws.user, 'Settings', `B${row}`, [[value]]);
  }
  ws.spreadsheet.select('Placements', `A2:A${count + 1}`);
  const made = () => ws.drive.all().filter((f) => f.name.startsWith('AP-') && !f.trashed).length;
  const before = made();
  const m = measure(`generateParentAgreement, ${count} placements selected`, addOn, () =>
    addOn.run('generateParentAgreement'),
  );
  return { ...m, documents: made() - before };
}
