// Required fields by status (DOMAIN.md §5; policy P3, P7, P8, P10, P11, P12, KCSIE).
import { requiredByStatus } from '../../../src/domain/rules/requirements';
import { contextFor, messages, providerRow, TODAY } from './fixtures';

const required = (...args: Parameters<typeof contextFor>) => requiredByStatus(contextFor(...args));

describe('required by status (DOMAIN.md §5)', () => {
  it('finds nothing missing on the clean Active placement', () => {
    expect(required()).toEqual([]);
  });

  it('Proposed needs Pupil name, UPN, Date of birth, Route, Provider and Start date', () => {
    const blank = {
      Status: 'Proposed',
      'Pupil name': '',
      UPN: '',
      'Date of birth': '',
      Route: '',
      Provider: '',
      'Start date': '',
    };
    expect(required(blank).map((p) => p.column)).toEqual([
      'Pupil name',
      'UPN',
      'Date of birth',
      'Route',
      'Provider',
      'Start date',
    ]);
    expect(required(blank)[1]?.message).toBe(
      'UPN: blank, but a Proposed placement needs it — copy the UPN from the MIS',
    );
  });

  it('Proposed does not yet need the plan, the agreement or the LA notified (P10, P11 come later)', () => {
    expect(
      required({
        Status: 'Proposed',
        Objectives: '',
        'Parent agreement signed': '',
        'LA notified': '',
      }),
    ).toEqual([]);
  });

  it('Agreed adds the plan (P3), initial meeting and parent agreement (P10), end date, sessions, code', () => {
    const cells = {
      Status: 'Agreed',
      Objectives: '',
      Baseline: '',
      'Assessment arrangements': '',
      'Planned end date': '',
      'Initial meeting date': '',
      'Parent agreement signed': '',
      Sessions: '',
      'Attendance code': '',
      'LA notified': '',
    };
    expect(required(cells).map((p) => p.column)).toEqual([
      'Initial meeting date',
      'Parent agreement signed',
      'Objectives',
      'Baseline',
      'Assessment arrangements',
      'Planned end date',
      'Sessions',
      'Attendance code',
    ]);
    expect(messages(required(cells))[1]).toBe(
      'Parent agreement signed: blank, but an Agreed placement needs it — enter the date parents/carers signed the agreement (P10)',
    );
  });

  it('Agreed needs the provider on Providers and Approved', () => {
    expect(messages(required({ Status: 'Agreed', Provider: 'Hilltop Farm' }))).toEqual([
      "Provider: 'Hilltop Farm' is not on the Providers sheet — add the provider to Providers and mark it Approved once checked, or choose one that is",
    ]);
    expect(
      messages(required({ Status: 'Agreed' }, { providers: [providerRow({ Approved: 'No' })] })),
    ).toEqual([
      'Provider: Riverside Skills Centre is not marked Approved on Providers — add the provider to Providers and mark it Approved once checked, or choose one that is',
    ]);
  });

  it('Active adds LA notified (P11) and Risk assessment date (P7)', () => {
    const problems = required({ 'LA notified': '', 'Risk assessment date': '' });
    expect(messages(problems)).toEqual([
      'LA notified: blank, but an Active placement needs it — enter the date the local authority was told (P11)',
      "Risk assessment date: blank, but an Active placement needs it — enter the date of the pupil's risk assessment, or Not required (P7)",
    ]);
    expect(required({ 'Risk assessment date': 'Not required' })).toEqual([]);
  });

  it('Paused needs the same as Active', () => {
    expect(required({ Status: 'Paused', 'LA notified': '' }).map((p) => p.column)).toEqual([
      'LA notified',
    ]);
  });

  it('Active needs the provider’s safeguarding confirmation in date: one that expired yesterday fails (P12, KCSIE)', () => {
    // Received 20 Jan 2025: covers 12 months, to 20 Jan 2026; an explicit expiry of yesterday too.
    const expiredYesterday = providerRow({ 'Safeguarding confirmation expires': '2026-01-19' });
    expect(messages(required({}, { providers: [expiredYesterday] }))).toEqual([
      'Provider: the safeguarding confirmation from Riverside Skills Centre expired on Mon 19 Jan 2026 — ask the provider for written confirmation of its staff checks and record it on Providers (P12, KCSIE)',
    ]);
    const expiresToday = providerRow({ 'Safeguarding confirmation expires': TODAY });
    expect(required({}, { providers: [expiresToday] })).toEqual([]);
    const receivedAYearAgo = providerRow({ 'Safeguarding confirmation received': '2025-01-19' });
    expect(required({}, { providers: [receivedAYearAgo] })).toHaveLength(1);
    const none = providerRow({ 'Safeguarding confirmation received': '' });
    expect(messages(required({}, { providers: [none] }))[0]).toMatch(
      /^Provider: no safeguarding confirmation from Riverside Skills Centre is recorded on Providers/,
    );
  });

  it('Active needs the provider’s insurance in date and its own risk assessment (P7)', () => {
    const provider = providerRow({ 'Insurance expiry': '2026-01-02', 'Risk assessment date': '' });
    expect(messages(required({}, { providers: [provider] }))).toEqual([
      "Provider: no Risk assessment date for Riverside Skills Centre is recorded on Providers — record the date of the provision's risk assessment on Providers (P7)",
      'Provider: the insurance of Riverside Skills Centre expired on Fri 2 Jan 2026 — see the current insurance certificate and record its expiry on Providers (P7)',
    ]);
  });

  it.each(['School', 'Provider', 'Local authority'])(
    'Active needs Transport checks date when Transport is %s: the school confirms the checks whoever arranges it (P7)',
    (transport) => {
      expect(messages(required({ Transport: transport }))).toEqual([
        'Transport checks date: blank, but an Active placement needs it — check that every safeguarding check on the driver and the vehicle has been done, then enter that date (P7: transport is used only once the checks are done, whoever arranges it)',
      ]);
      expect(required({ Status: 'Paused', Transport: transport }).map((p) => p.column)).toEqual([
        'Transport checks date',
      ]);
      expect(required({ Transport: transport, 'Transport checks date': '2025-12-18' })).toEqual([]);
    },
  );

  it.each(['Parent/carer', 'None', ''])(
    'does not ask for transport checks when Transport is %p (the family takes the pupil)',
    (transport) => {
      expect(required({ Transport: transport })).toEqual([]);
    },
  );

  it('does not ask for transport checks before Active: an Agreed placement may still be arranging them', () => {
    expect(required({ Status: 'Agreed', Transport: 'Provider' })).toEqual([]);
  });

  it('a looked-after pupil without a social worker fails once Active (P8)', () => {
    const problems = required({ 'Looked after': 'Yes', 'Virtual school email': 'vs@la.example' });
    expect(messages(problems)).toEqual([
      "Social worker: blank, but an Active placement needs it — enter the child's social worker (P8: looked-after child)",
    ]);
    expect(required({ 'Looked after': 'Yes' }).map((p) => p.column)).toEqual([
      'Social worker',
      'Virtual school email',
    ]);
  });

  it('Ended needs Actual end date and Destination (P5), not the provider’s current checks', () => {
    const expired = providerRow({ 'Insurance expiry': '2025-12-01' });
    expect(required({ Status: 'Ended' }, { providers: [expired] }).map((p) => p.column)).toEqual([
      'Actual end date',
      'Destination',
    ]);
  });

  it('Terminated needs Actual end date, but not the plan or the agreements', () => {
    expect(
      required({ Status: 'Terminated', Objectives: '', 'LA notified': '' }).map((p) => p.column),
    ).toEqual(['Actual end date']);
  });

  it('a blank Status is an error saying to choose one', () => {
    expect(messages(required({ Status: '' }))).toEqual([
      'Status: blank — choose Proposed while the placement is being arranged',
    ]);
  });
});
