// Provider insurance and safeguarding confirmation running out, and QA visits (policy P7, P9, P12).
import { providerExpiries, qaVisitsOverdue } from '../../../src/domain/reminders/providers';
import { placementRow, providerRow } from '../rules/fixtures';
import { sent, workbook } from './school-weeks';

describe('provider confirmation or insurance expiring or expired (P7, P12; DOMAIN.md §7 → DSL)', () => {
  it('warns the DSL of insurance expiring within Expiry warning days', () => {
    const book = workbook({ providers: [providerRow({ 'Insurance expiry': '2026-02-10' })] });
    const result = providerExpiries(book, '2026-01-20', 7);
    expect(sent(result)).toEqual([
      'DSL → dsl@school.example: insurance-expiry:Riverside Skills Centre:2026-02-10:dsl@2026-01-20',
    ]);
    expect(result.items[0]?.urgency).toBe('soon');
    expect(result.items[0]?.subject).toEqual({
      sheet: 'Providers',
      rowNumber: 2,
      provider: 'Riverside Skills Centre',
    });
    expect(result.items[0]?.whatToDo).toBe(
      'The insurance of Riverside Skills Centre expires on Tue 10 Feb 2026: ask Riverside Skills Centre for its renewed insurance and record the new Insurance expiry on Providers.',
    );
  });

  it('is quiet outside the warning, urgent once expired (expiring today still covers today)', () => {
    const book = workbook({ providers: [providerRow({ 'Insurance expiry': '2026-02-10' })] });
    expect(providerExpiries(book, '2026-01-10', 7).items).toEqual([]);
    expect(providerExpiries(book, '2026-02-10', 7).items[0]?.urgency).toBe('soon');
    expect(providerExpiries(book, '2026-02-11', 7).items[0]?.urgency).toBe('urgent');
  });

  it('counts a confirmation as received + 12 months when no expiry is entered', () => {
    // Received 1 Sep 2025 in the clean provider row: expires 1 Sep 2026.
    const result = providerExpiries(workbook(), '2026-08-15', 7);
    expect(sent(result)).toContain(
      'DSL → dsl@school.example: confirmation-expiry:Riverside Skills Centre:2026-09-01:dsl@2026-08-15',
    );
  });

  it('covers providers with an Agreed, Active or Paused placement only', () => {
    const providers = [providerRow({ 'Insurance expiry': '2026-01-01' })];
    for (const Status of ['Agreed', 'Active', 'Paused']) {
      const book = workbook({ providers, placements: [placementRow({ Status })] });
      expect(providerExpiries(book, '2026-01-20', 7).items).toHaveLength(1);
    }
    for (const Status of ['Proposed', 'Ended']) {
      const book = workbook({
        providers,
        placements: [placementRow({ Status, 'Actual end date': '2026-01-16' })],
      });
      expect(providerExpiries(book, '2026-01-20', 7).items).toEqual([]);
    }
  });
});

describe('no QA visit in the last 12 school weeks (P9; DOMAIN.md §7 → DSL)', () => {
  it('is quiet within 60 school days of the last visit and reminds the DSL after', () => {
    // Last QA visit Wed 12 Nov 2025 in the clean provider row.
    expect(qaVisitsOverdue(workbook(), '2026-01-20', 7).items).toEqual([]);
    const result = qaVisitsOverdue(workbook(), '2026-02-26', 7);
    expect(sent(result)).toEqual([
      'DSL → dsl@school.example: qa-visit:Riverside Skills Centre:dsl@2026-02-26',
    ]);
    expect(result.items[0]?.whatToDo).toContain('the last was on Wed 12 Nov 2025');
  });

  it('chases a provider with no visit recorded, only while a placement there is Active', () => {
    const never = [providerRow({ 'Last QA visit': '' })];
    expect(sent(qaVisitsOverdue(workbook({ providers: never }), '2026-01-20', 7))).toHaveLength(1);
    const paused = workbook({ providers: never, placements: [placementRow({ Status: 'Paused' })] });
    expect(qaVisitsOverdue(paused, '2026-01-20', 7).items).toEqual([]);
  });
});
