// Provider returns through the built bundle: a form made, answered, and the answer on Attendance.
import { attendance, ledger, providerForm, questions, returnsSchool } from './support';

describe('provider returns, first day', () => {
  it('makes the form at the next hourly run and writes an answered session once', () => {
    const s = returnsSchool();
    s.addOn.advanceTo('2026-01-19T07:55:00Z');
    const form = providerForm(s);
    expect(questions(form)).toEqual([
      'Day of this return',
      'AP-0001 (J.E.), morning',
      'AP-0001 (J.E.), morning: reason if absent or late',
      'AP-0001 (J.E.), afternoon',
      'AP-0001 (J.E.), afternoon: reason if absent or late',
      'AP-0002 (P.E.), morning',
      expect.any(String),
      expect.any(String),
      expect.any(String),
      expect.any(String),
      expect.any(String),
      expect.any(String),
      expect.any(String),
      'Anything the school must know today',
    ]);
    const result = s.addOn.submitFormResponse(form.id, {
      'Day of this return': 'Mon 19 Jan 2026',
      'AP-0001 (J.E.), morning': 'Absent',
      'AP-0001 (J.E.), morning: reason if absent or late': 'Dentist',
    });
    expect(result.ok).toBe(true);
    expect(attendance(s)).toEqual([
      expect.objectContaining({
        'Placement ID': 'AP-0001',
        Session: 'AM',
        Mark: 'Absent',
        Code: 'M',
        'Reported by': 'Riverside Skills Centre',
      }),
    ]);
    expect(ledger(s)).toEqual([
      expect.objectContaining({ Outcome: 'Written to Attendance', Flag: '' }),
    ]);
  });
});
