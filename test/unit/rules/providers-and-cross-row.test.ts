// Unregistered settings (DfE registration rules, voluntary standards Aug 2025), provider rows,
// duplicate Placement IDs and one pupil in two places at once (DOMAIN.md §3, §5).
import { checkPlacements } from '../../../src/domain/rules/check-placements';
import { checkProviders } from '../../../src/domain/rules/check-providers';
import {
  proposedProviderListed,
  unregisteredProviderLimits,
} from '../../../src/domain/rules/provider-registration';
import { contextFor, messages, placementRow, providerRow, snapshot, TODAY } from './fixtures';

const unregistered = {
  providers: [providerRow({ Registration: 'Unregistered', 'Setting type': 'OTH', URN: '' })],
};

describe('placements at an unregistered provider (warnings, never blocks)', () => {
  it('is quiet for a part-time placement of 4 sessions for under 12 weeks', () => {
    expect(unregisteredProviderLimits(contextFor({}, unregistered))).toEqual([]);
  });

  it('warns for a looked-after or EHCP pupil full time (18 hours or more)', () => {
    const lac = unregisteredProviderLimits(
      contextFor({ 'Looked after': 'Yes', 'Hours per week': 18 }, unregistered),
    );
    expect(messages(lac)).toEqual([
      'Provider: Riverside Skills Centre is unregistered, and a setting that educates a looked-after pupil full time (18 hours a week or more) must be registered as an independent school — reduce the Hours per week or choose a registered provider (DfE registration rules)',
    ]);
    const ehcp = unregisteredProviderLimits(
      contextFor({ 'SEN status': 'EHCP', 'Hours per week': 25 }, unregistered),
    );
    expect(ehcp[0]).toMatchObject({ severity: 'warning', column: 'Provider' });
    expect(
      unregisteredProviderLimits(
        contextFor({ 'SEN status': 'EHCP', 'Hours per week': 17.5 }, unregistered),
      ),
    ).toEqual([]);
  });

  it('warns when full time runs for more than 12 weeks (60 school days)', () => {
    const long = { 'Hours per week': 20, 'Planned end date': '2026-05-22' };
    expect(messages(unregisteredProviderLimits(contextFor(long, unregistered)))[0]).toMatch(
      /full time for more than 12 weeks \(84 school days\)/,
    );
    // 5 Jan – 27 Mar is 55 school days: within the 12 weeks.
    expect(unregisteredProviderLimits(contextFor({ 'Hours per week': 20 }, unregistered))).toEqual(
      [],
    );
  });

  it('warns when a longer part-time placement has more than 4 sessions a week', () => {
    const cells = { Sessions: 'Mon, Tue, Wed AM', 'Planned end date': '2026-05-22' };
    expect(messages(unregisteredProviderLimits(contextFor(cells, unregistered)))[0]).toMatch(
      /with 5 sessions a week/,
    );
    expect(unregisteredProviderLimits(contextFor(cells))).toEqual([]);
  });

  it('warns while Proposed that the provider is not on Providers', () => {
    expect(
      proposedProviderListed(contextFor({ Status: 'Proposed', Provider: 'Hilltop Farm' }))[0],
    ).toMatchObject({
      severity: 'warning',
      column: 'Provider',
    });
    expect(proposedProviderListed(contextFor({ Status: 'Proposed' }))).toEqual([]);
  });
});

describe('between placement rows (DOMAIN.md §5)', () => {
  it('the same Placement ID twice is an error on both rows', () => {
    const placements = [placementRow({}, 2), placementRow({ 'Pupil name': 'Alex Sample' }, 7)];
    const checks = checkPlacements(snapshot({ placements }), TODAY);
    expect(messages(checks[0]?.problems ?? [])[0]).toBe(
      'Placement ID: AP-0001 is also on row 7 — each placement needs its own ID: delete the duplicate row, or clear this Placement ID so the add-on gives the row a new one',
    );
    expect(checks[1]?.problems[0]).toMatchObject({ severity: 'error', column: 'Placement ID' });
  });

  it('the same UPN Active twice in a shared session is a warning naming UPN and Sessions', () => {
    const placements = [
      placementRow({}, 2),
      placementRow({ 'Placement ID': 'AP-0002', Sessions: 'Wed, Thu' }, 3),
      placementRow({ 'Placement ID': 'AP-0003', Sessions: 'Tue' }, 4),
    ];
    const checks = checkPlacements(snapshot({ placements }), TODAY);
    expect(checks[0]?.problems).toEqual([
      {
        severity: 'warning',
        column: 'UPN',
        columns: ['UPN', 'Sessions'],
        message:
          'UPN: this pupil is also Active on row 3 (AP-0002) in the same sessions (Wed AM) — correct the Sessions, or end one of the placements',
      },
    ]);
    expect(checks[2]?.problems).toEqual([]);
  });

  it('five pupils full time at one unregistered setting is a warning: it must register', () => {
    const placements = [1, 2, 3, 4, 5].map((n) =>
      placementRow(
        { 'Placement ID': `AP-000${n}`, UPN: `B80120000500${n}`, 'Hours per week': 20 },
        n + 1,
      ),
    );
    const four = checkPlacements(
      snapshot({ placements: placements.slice(0, 4), ...unregistered }),
      TODAY,
    );
    expect(
      four.flatMap((c) => messages(c.problems)).filter((m) => m.includes('5 or more')),
    ).toEqual([]);
    const five = checkPlacements(snapshot({ placements, ...unregistered }), TODAY);
    expect(
      five.every((c) =>
        messages(c.problems).some((m) => m.includes('has 5 pupils Active full time')),
      ),
    ).toBe(true);
  });
});

describe('Providers rows’ own checks (DOMAIN.md §5; P7, P12, KCSIE, school census)', () => {
  const check = (cells: Record<string, unknown>, settings = { expiryWarningDays: 30 }) =>
    checkProviders({ providers: [providerRow(cells)], settings }, TODAY)[0]?.problems ?? [];

  it('finds nothing wrong with the clean provider', () => {
    expect(check({})).toEqual([]);
  });

  it('a confirmation that expired yesterday is an error naming its column', () => {
    expect(check({ 'Safeguarding confirmation expires': '2026-01-19' })).toEqual([
      {
        severity: 'error',
        column: 'Safeguarding confirmation expires',
        message:
          'Safeguarding confirmation expires: the safeguarding confirmation expired on Mon 19 Jan 2026 — ask the provider for a new written confirmation of its staff checks and record the date it arrives (P12, KCSIE)',
      },
    ]);
    // Without an expiry date, it is received + 12 months, reported on the received column.
    expect(check({ 'Safeguarding confirmation received': '2025-01-19' })[0]?.column).toBe(
      'Safeguarding confirmation received',
    );
  });

  it('expiring within Expiry warning days is a warning; outside them, nothing', () => {
    expect(check({ 'Insurance expiry': '2026-02-19' })).toEqual([
      {
        severity: 'warning',
        column: 'Insurance expiry',
        message:
          'Insurance expiry: the insurance expires on Thu 19 Feb 2026 (in 30 days) — see the renewed certificate and record its expiry date (P7: insurance in place at all times)',
      },
    ]);
    expect(check({ 'Insurance expiry': '2026-02-20' })).toEqual([]);
    expect(check({ 'Insurance expiry': '2026-02-19' }, { expiryWarningDays: 7 })).toEqual([]);
    expect(messages(check({ 'Insurance expiry': TODAY }))[0]).toMatch(/\(today\)/);
  });

  it('warns about missing census details: setting type, URN, UKPRN', () => {
    expect(check({ Registration: 'Unregistered', URN: '' }).map((p) => p.column)).toEqual([
      'Setting type',
    ]);
    expect(check({ URN: '' }).map((p) => p.column)).toEqual(['URN']);
    expect(
      check({ Registration: 'FE college', URN: '' }).map((p) => [p.severity, p.column]),
    ).toEqual([['warning', 'UKPRN']]);
  });

  it('warns when an Approved provider has no confirmation or insurance recorded (P12, P7)', () => {
    expect(
      check({ 'Safeguarding confirmation received': '', 'Insurance expiry': '' }).map(
        (p) => p.column,
      ),
    ).toEqual(['Safeguarding confirmation received', 'Insurance expiry']);
  });

  it('warns on the second row of a name already on Providers', () => {
    const providers = [providerRow({}, 2), providerRow({ Provider: 'RIVERSIDE skills centre' }, 5)];
    const checks = checkProviders({ providers, settings: { expiryWarningDays: 30 } }, TODAY);
    expect(checks[0]?.problems).toEqual([]);
    expect(messages(checks[1]?.problems ?? [])).toEqual([
      'Provider: RIVERSIDE skills centre is also on row 2, and placements use that row — delete this row or give it a different name',
    ]);
  });
});
