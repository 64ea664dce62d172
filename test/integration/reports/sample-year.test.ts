// A year of invented placements (the sample school) across registered schools, FE colleges and unregistered providers:
// the AP register's counts and addresses per provider, no names; the census return's one identity per row, reasons and dates.
import { section as reportSection } from './support';
import { benchSchool } from '../../../bench/bench-school';
import type { Row } from '../../../samples/school';

const NOW = '2026-11-30T08:00:00Z';
const { addOn, ws, school } = benchSchool(90, NOW);
addOn.run('makeApRegister');
addOn.run('makeCensusReturn');

function section(sheet: string, title: RegExp): Record<string, unknown>[] {
  return reportSection(ws, sheet, title);
}

const iso = (value: unknown): string =>
  value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '');

const inUse = (p: Row) => ['Agreed', 'Active', 'Paused'].includes(String(p.Status));

describe('the AP register of a year of invented placements', () => {
  const providers = section('AP register', /^Providers in use/);

  it('has each provider in use once, with the number and IDs of its placements', () => {
    const expected = new Map<string, string[]>();
    for (const p of school.placements.filter(inUse)) {
      const at = String(p.Provider);
      expected.set(at, [...(expected.get(at) ?? []), String(p['Placement ID'])]);
    }
    expect(providers).toHaveLength(expected.size);
    for (const row of providers) {
      const ids = expected.get(String(row['Provider'])) ?? [];
      expect(row['Pupils placed']).toBe(ids.length);
      expect(row['Placement IDs']).toBe(ids.join(', '));
    }
  });

  it("gives each provider's address and identity as Providers records it", () => {
    for (const row of providers) {
      const provider = school.providers.find((p) => p.Provider === row['Provider']);
      expect(String(row['Delivery addresses'])).toContain(String(provider?.Address));
      expect(row['Registration']).toBe(provider?.Registration);
      const identity = String(row['URN / UKPRN / setting type']);
      if (String(provider?.Registration).startsWith('Registered'))
        expect(identity).toBe(`URN ${String(provider?.URN)}`);
      else if (provider?.Registration === 'FE college')
        expect(identity).toBe(`UKPRN ${String(provider.UKPRN)}`);
      else expect(identity).toBe(`Setting type ${String(provider?.['Setting type'])}`);
    }
  });

  it('names no pupil (Email detail is Minimal)', () => {
    const text = JSON.stringify(ws.spreadsheet.sheet('AP register').values());
    for (const p of school.placements) expect(text).not.toContain(String(p['Pupil name']));
  });
});

describe('the census AP return of the same year', () => {
  const returned = section('Census AP return', /^Return: /);
  const toFix = section('Census AP return', /^Cannot be returned yet/);
  const byId = new Map(school.placements.map((p) => [String(p['Placement ID']), p]));

  it('returns every placement attended in the window once, or lists it to fix', () => {
    // Census day Thu 21 Jan 2027 (the next by the DfE's rule); the window opens on Thu 1 Oct 2026.
    const attended = school.placements.filter((p) => {
      const start = iso(p['Start date']);
      const end = iso(p['Actual end date']);
      return (
        ['Active', 'Paused', 'Ended', 'Terminated'].includes(String(p.Status)) &&
        start <= '2026-11-30' &&
        (end === '' || end >= '2026-10-01')
      );
    });
    const ids = [
      ...returned.map((r) => r['Placement ID']),
      ...new Set(toFix.map((r) => r['Placement ID'])),
    ];
    expect([...ids].sort()).toEqual(attended.map((p) => p['Placement ID']).sort());
    expect(returned.length).toBeGreaterThan(0);
  });

  it('gives every returned row exactly one of URN, UKPRN or setting type, by Registration', () => {
    for (const row of returned) {
      const p = byId.get(String(row['Placement ID']));
      const provider = school.providers.find((q) => q.Provider === p?.Provider);
      const filled = [row['URN'], row['UKPRN'], row['AP setting type']].filter((v) => v !== '');
      expect(filled).toHaveLength(1);
      if (String(provider?.Registration).startsWith('Registered'))
        expect(String(row['URN'])).toBe(String(provider?.URN));
      else if (provider?.Registration === 'FE college')
        expect(String(row['UKPRN'])).toBe(String(provider.UKPRN));
      else expect(row['AP setting type']).toBe(provider?.['Setting type']);
    }
  });

  it('carries the reason chosen and the placement’s own dates', () => {
    for (const row of returned) {
      const p = byId.get(String(row['Placement ID']));
      expect(row['Placement reason']).toBe(p?.['Census reason']);
      expect(row['UPN']).toBe(p?.UPN);
    }
    const csv = ws.drive.findByName('Census AP return 2027-01-21.csv')[0];
    const lines = Buffer.from(csv?.content ?? '', 'base64')
      .toString('utf8')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(returned.length + 1);
    for (const line of lines.slice(1)) {
      const [id, , , , , , , , entry, leaving] = line.split(',');
      const p = byId.get(String(id));
      expect(entry).toBe(iso(p?.['Start date']));
      const end = iso(p?.['Actual end date']);
      expect(leaving).toBe(end !== '' && end <= '2027-01-21' ? end : '');
    }
  });

  it('lists a reason for every placement it cannot return', () => {
    for (const row of toFix) expect(String(row['What to fix'])).toMatch(/^[A-Z][^:]*: /);
  });
});
