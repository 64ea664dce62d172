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

describe('provider returns from the sidebar', () => {
  it('turns them off and on again (set, never toggled), closing and reopening the same form at once', () => {
    const s = returnsSchool();
    s.addOn.advanceTo('2026-01-19T07:55:00Z');
    const form = providerForm(s);
    const off = s.addOn.call('setProviderReturns', { on: false, requestId: 'returns-off-1' }) as {
      ok: boolean;
    };
    expect(off.ok).toBe(true);
    expect(s.ws.forms.form(form.id).acceptingResponses).toBe(false);
    // Sent twice (a lost reply): still off, nothing more.
    s.addOn.call('setProviderReturns', { on: false, requestId: 'returns-off-1' });
    expect(s.ws.forms.form(form.id).acceptingResponses).toBe(false);
    const on = s.addOn.call('setProviderReturns', { on: true, requestId: 'returns-on-01' }) as {
      ok: boolean;
    };
    expect(on.ok).toBe(true);
    expect(providerForm(s).id).toBe(form.id);
    const links = s.ws.mail.outbox.filter((m) => m.subject.includes('daily attendance form'));
    expect(links).toHaveLength(2);
  });

  it('refuses what is not a yes or no', () => {
    const s = returnsSchool();
    const result = s.addOn.call('setProviderReturns', {
      on: 'yes please',
      requestId: 'returns-bad-1',
    }) as { ok: boolean };
    expect(result.ok).toBe(false);
  });
});
