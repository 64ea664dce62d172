// Reading a row never throws: every hostile cell becomes a value or a problem naming its column.
import fc from 'fast-check';
import { parseRow, type SheetSchema } from '../../src/domain/columns';
import { Placements } from '../../src/domain/sheets/placements';
import { Providers } from '../../src/domain/sheets/providers';
import { Attendance } from '../../src/domain/sheets/attendance';
import { WORKBOOK } from '../../src/domain/workbook';

const cleanPlacement = {
  'Placement ID': 'AP-0007',
  Status: 'Active',
  'Pupil name': 'Casey Example',
  UPN: 'B801200005001',
  'Date of birth': '2012-03-14',
  'Year group': 9,
  'SEN status': 'SEN support',
  'Looked after': 'No',
  'Parent/carer email': 'parent@example.org',
  'Parent/carer phone': '07700 900123',
  Route: 'Vocational',
  Provider: 'Riverside Skills Centre',
  'Start date': '2026-01-05',
  'Hours per week': 12.5,
  'Weekly cost (£)': '£1,250.00',
  'Attendance code': 'B',
  'Risk assessment date': 'Not required',
  'Next review due': '2026-02-13',
};

describe('a Placements row', () => {
  it('reads a clean row into typed values', () => {
    const { record, problems } = parseRow(Placements, cleanPlacement);
    expect(problems).toEqual([]);
    expect(record).toMatchObject({
      placementId: 'AP-0007',
      status: 'Active',
      dateOfBirth: '2012-03-14',
      yearGroup: 9,
      lookedAfter: false,
      hoursPerWeek: 12.5,
      weeklyCost: 1250,
      riskAssessmentDate: 'Not required',
      reviewEveryWeeks: 6,
      socialWorker: undefined,
    });
  });

  it('tidies what people type: stray spaces, mixed case, a typed dd/mm/yyyy date', () => {
    const { record, problems } = parseRow(Placements, {
      Status: '  aCTIVE ',
      'SEN status': 'sen   support',
      'Looked after': 'YES',
      'Start date': ' 5/1/2026 ',
      'Year group': 'Year 10',
      'Placement ID': 'ap-0012',
      'Review every (weeks)': '4',
      "Pupil's own assessment": '  Going well  ',
    });
    expect(problems).toEqual([]);
    expect(record).toMatchObject({
      status: 'Active',
      senStatus: 'SEN support',
      lookedAfter: true,
      startDate: '2026-01-05',
      yearGroup: 10,
      placementId: 'AP-0012',
      reviewEveryWeeks: 4,
      pupilsOwnAssessment: 'Going well',
    });
  });

  it.each([
    ['Start date', 'next week', "Start date: 'next week' is not a date; type it as dd/mm/yyyy"],
    ['Start date', '31/02/2026', "Start date: '31/02/2026' is not a date; type it as dd/mm/yyyy"],
    ['Start date', 46000, 'Start date: holds the number 46000, not a date'],
    ['Pupil name', '#N/A', 'Pupil name: shows the spreadsheet error #N/A'],
    ['Provider', '#REF!', 'Provider: shows the spreadsheet error #REF!'],
    ['Status', 'Live', "Status: 'Live' is not one of: Proposed, Agreed, Active, Paused"],
    ['Looked after', 'maybe', "Looked after: 'maybe' should be Yes or No"],
    ['Parent/carer email', 'mum at home', "Parent/carer email: 'mum at home' is not an email"],
    ['Parent/carer phone', 'ring the office', 'Parent/carer phone: '],
    ['Hours per week', 'lots', "Hours per week: 'lots' is not a number"],
    ['Hours per week', 90, 'Hours per week: 90 should be between 0 and 40'],
    ['Year group', 9.5, 'Year group: 9.5 should be a whole number'],
    ['Review every (weeks)', 'six', "Review every (weeks): 'six' is not a number"],
    [
      'Risk assessment date',
      'soon',
      "Risk assessment date: 'soon' is not a date or 'Not required'",
    ],
    ['Placement ID', 'P-1', "Placement ID: 'P-1' is not a Placement ID like AP-0001"],
    ['Pupil name', true, 'Pupil name: holds a tick box (ticked), not text'],
    ['Objectives', new Date(2026, 0, 5), 'Objectives: holds something the add-on cannot read'],
    ['Hours per week', Number.NaN, 'Hours per week: holds a number the add-on cannot read'],
  ])('%s = %p is a problem naming the column', (header, cell, message) => {
    const { problems } = parseRow(Placements, { ...cleanPlacement, [header]: cell });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.column).toBe(header);
    expect(problems[0]?.message.startsWith(message)).toBe(true);
  });

  it('keeps reading the rest of the row after a problem', () => {
    const { record, problems } = parseRow(Placements, {
      ...cleanPlacement,
      UPN: '#N/A',
      'Start date': 'tomorrow',
      'Review every (weeks)': 'often',
    });
    expect(problems.map((p) => p.column)).toEqual(['UPN', 'Start date', 'Review every (weeks)']);
    expect(record.upn).toBeUndefined();
    expect(record.startDate).toBeUndefined();
    expect(record.reviewEveryWeeks).toBe(6);
    expect(record.pupilName).toBe('Casey Example');
  });

  it('reads numbers as text where text is expected (a URN typed as a number)', () => {
    expect(parseRow(Providers, { URN: 123456, UKPRN: 10012345 }).record).toMatchObject({
      urn: '123456',
      ukprn: '10012345',
    });
  });

  it('puts back the leading 0 a phone number loses when typed as a number', () => {
    expect(parseRow(Providers, { 'Contact phone': 1632960001 }).record.contactPhone).toBe(
      '01632960001',
    );
  });

  it('reads attendance codes whatever their case', () => {
    const { record, problems } = parseRow(Attendance, {
      Code: 'c2',
      Session: 'am',
      Mark: 'ABSENT',
    });
    expect(problems).toEqual([]);
    expect(record).toMatchObject({ code: 'C2', session: 'AM', mark: 'Absent' });
  });

  it('reads a blank row as blank values, with no problems', () => {
    expect(parseRow(Placements, {}).problems).toEqual([]);
  });
});

const hostileCell = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom('x'.repeat(20_000), `=${'9'.repeat(5_000)}`, '\u0000\u202e'),
  fc.constantFrom('#N/A', '#REF!', '=1+1', '+44', '-', '@x', ' yes ', 'NOT REQUIRED', '\u00a0', ''),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date(),
  fc.constantFrom(null, undefined, {}, [], Number.POSITIVE_INFINITY),
);

describe.each(WORKBOOK.map((s) => [s.name, s] as const))('any %s row', (_name, sheet) => {
  const headers = (sheet as SheetSchema).headers;
  it('never throws, and every problem names one of its columns', () => {
    fc.assert(
      fc.property(
        fc.array(hostileCell, { minLength: headers.length, maxLength: headers.length }),
        (cells) => {
          const row = Object.fromEntries(headers.map((h, i) => [h, cells[i]]));
          const { problems } = parseRow(sheet, row);
          for (const problem of problems) {
            expect(headers).toContain(problem.column);
            expect(problem.message.startsWith(`${problem.column}: `)).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
