// A person types a mark for the same session while the provider's answer is being written (typing
// holds no lock: PLATFORM.md, "Several people in one sheet"). Whichever service call of the
// on-form-submit run it falls before, by the next hourly run there is exactly one Attendance row
// for the session, and it is the person's.
import { attendance, providerForm, returnsSchool } from './support';
import type { School } from '../support/school';

const ANSWER = {
  'Day of this return': 'Mon 19 Jan 2026',
  'AP-0001 (J.E.), morning': 'Absent',
};

function ready(): { s: School; formId: string } {
  const s = returnsSchool();
  s.addOn.advanceTo('2026-01-19T09:55:00Z');
  const formId = providerForm(s).id;
  s.ws.meter.reset();
  return { s, formId };
}

function personTypes(s: School): void {
  const next = s.ws.spreadsheet.sheet('Attendance').values().length + 1;
  s.type(
    'Attendance',
    [
      {
        Date: '2026-01-19',
        'Placement ID': 'AP-0001',
        Session: 'AM',
        Mark: 'Present',
        'Reported by': 'pastoral@school.example',
      },
    ],
    next,
  );
}

function rowsFor(s: School): Record<string, unknown>[] {
  return attendance(s).filter((r) => r['Placement ID'] === 'AP-0001' && r.Session === 'AM');
}

const clean = ready();
clean.s.addOn.submitFormResponse(clean.formId, ANSWER);
const calls = clean.s.ws.meter.total;

describe('a person typing the same session during the provider answer', () => {
  it('the undisturbed run writes the provider row, in a known number of calls', () => {
    expect(calls).toBeGreaterThan(10);
    expect(rowsFor(clean.s)).toEqual([
      expect.objectContaining({ Mark: 'Absent', 'Reported by': 'Riverside Skills Centre' }),
    ]);
  });

  it.each(Array.from({ length: calls }, (_, i) => i + 1))(
    'typed just before call %i: one row for the session by the next hourly run, the person\u2019s',
    (n) => {
      const { s, formId } = ready();
      s.ws.meter.before(n, () => personTypes(s));
      s.addOn.submitFormResponse(formId, ANSWER);
      s.addOn.advanceTo('2026-01-19T11:00:00Z');
      expect(rowsFor(s)).toEqual([
        expect.objectContaining({ Mark: 'Present', 'Reported by': 'pastoral@school.example' }),
      ]);
    },
  );
});
