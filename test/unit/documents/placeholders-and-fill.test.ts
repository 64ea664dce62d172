// Placeholders found as staff type them, merge values as documents show them, and literal filling (issue 4 item 2).
import fc from 'fast-check';
import {
  EMPTY_VALUE,
  fillText,
  placeholderReplacements,
  sequentialReplacements,
  type Replacement,
} from '../../../src/domain/documents/fill';
import { valueOf } from '../../../src/domain/documents/merge-values';
import {
  findPlaceholders,
  knownNames,
  resolveName,
  strayBraces,
} from '../../../src/domain/documents/placeholders';
import { Placements } from '../../../src/domain/sheets/placements';
import { Providers } from '../../../src/domain/sheets/providers';
import { SETTING_NAMES } from '../../../src/domain/sheets/settings';
import { awkwardProviderValues, awkwardValues } from './fixtures';

/** What Docs' replaceAllText does with one request: every occurrence, literally, left to right. */
const replaceAll = (text: string, { find, replace }: Replacement) => text.split(find).join(replace);
const inOrder = (text: string, steps: readonly Replacement[]) => steps.reduce(replaceAll, text);

describe('finding placeholders', () => {
  it('tolerates curly apostrophes, stray spaces and case inside the braces', () => {
    const found = findPlaceholders('Dear {{ Parent/carer name }}, {{Pupil’s  own assessment}}.');
    expect(found.map((p) => [p.raw, p.name])).toEqual([
      ['{{ Parent/carer name }}', 'Parent/carer name'],
      ['{{Pupil’s  own assessment}}', "Pupil's own assessment"],
    ]);
    expect(resolveName('pupil’s OWN assessment', 'placement')).toEqual({
      field: {
        source: 'Placements',
        header: "Pupil's own assessment",
        key: "Placements:pupil's own assessment",
      },
    });
  });

  it('knows every header of Placements, Providers and Settings and the computed fields', () => {
    const names = knownNames('placement');
    for (const header of [...Placements.headers, ...Providers.headers, ...SETTING_NAMES]) {
      expect(names).toContain(header);
    }
    for (const computed of ['Today', 'Review dates', 'Session timetable', 'Checklist']) {
      expect(names).toContain(computed);
    }
  });

  it('reads a bare name from the row first; a sheet name in front reaches the others', () => {
    const values = awkwardValues();
    expect(valueOf(values, 'DSL name')).toBe('Sam Guard');
    expect(valueOf(values, 'Settings: DSL name')).toBe('Tom Whitfield');
    expect(valueOf(values, 'Risk assessment date')).toBe('Not required');
    expect(valueOf(values, 'Providers: Risk assessment date')).toBe('10 September 2025');
    expect(valueOf(values, 'Pupil nmae')).toBeUndefined();
  });

  it('a per-provider document knows no pupil, and only today of the computed fields', () => {
    expect(resolveName('Pupil name', 'provider')).toEqual({ unknown: 'elsewhere' });
    expect(resolveName('Review dates', 'provider')).toEqual({ unknown: 'elsewhere' });
    expect(valueOf(awkwardProviderValues(), 'DSL name')).toBe('Sam Guard');
    expect(valueOf(awkwardProviderValues(), 'Today')).toBe('12 January 2026');
  });

  it('suggests the near spelling of a misspelt name', () => {
    expect(resolveName('Pupil nmae', 'placement')).toEqual({
      unknown: 'misspelt',
      suggestion: 'Pupil name',
    });
    expect(resolveName('Favourite colour', 'placement')).toEqual({ unknown: 'misspelt' });
    // Names are looked up in Maps: a typed word never finds one of Object's own members.
    expect(resolveName('constructor', 'placement')).toEqual({ unknown: 'misspelt' });
    expect(resolveName('__proto__', 'provider')).toEqual({ unknown: 'misspelt' });
  });

  it('finds braces that do not pair up, and never a placeholder split over two lines', () => {
    expect(strayBraces('Dear {{Parent/carer name}, from {Head teacher name}} and {{OK}}')).toEqual([
      '{{Parent/carer name',
      'Head teacher name}}',
    ]);
    expect(findPlaceholders('{{Pupil\nname}}')).toEqual([]);
  });
});

describe('merge values', () => {
  it('shows dates written out, Yes/No, numbers and text exactly as typed', () => {
    const values = awkwardValues();
    expect(valueOf(values, 'Start date')).toBe('19 January 2026');
    expect(valueOf(values, 'Looked after')).toBe('Yes');
    expect(valueOf(values, 'Hours per week')).toBe('12.5');
    expect(valueOf(values, 'Weekly cost (£)')).toBe('180');
    expect(valueOf(values, 'Parent/carer email')).toBe('siobhan@example.org');
    expect(valueOf(values, 'Parent/carer phone')).toBe('07700 900456');
    expect(valueOf(values, 'Today')).toBe('12 January 2026');
  });

  it('works out the timetable, the number of days and the review dates from the calendar', () => {
    const values = awkwardValues();
    expect(valueOf(values, 'Session timetable')).toBe(
      'Monday (morning and afternoon), Wednesday morning, Friday afternoon',
    );
    // 19 Jan – 27 Mar 2026 minus half-term (16–20 Feb): 9 weeks of Mon, Wed and Fri.
    expect(valueOf(values, 'Number of days')).toBe('27');
    // Six weeks from the start; the next (13 April) is after the planned end.
    expect(valueOf(values, 'Review dates')).toBe('2 March 2026');
  });

  it('lists the reviews to the planned end, none in a holiday (DOMAIN.md §3.2, P14)', () => {
    const values = awkwardValues({ 'Planned end date': '2026-07-23' });
    // 25 May is half-term, so that review moves back to Fri 22 May; 14 Aug back to 23 July.
    expect(valueOf(values, 'Review dates')).toBe(
      '2 March 2026, 13 April 2026, 22 May 2026, 3 July 2026 and 23 July 2026',
    );
  });

  it('an empty optional value is empty in the values, and shows as a dash', () => {
    const values = awkwardValues();
    expect(valueOf(values, 'Delivery site')).toBe('');
    expect(
      fillText('Site: {{Delivery site}}', placeholderReplacements('{{Delivery site}}', values)),
    ).toBe(`Site: ${EMPTY_VALUE}`);
  });
});

describe('literal filling', () => {
  const values = awkwardValues();
  const text =
    'For {{Pupil name}} ({{ Pupil’s own assessment }}): {{Reason}}. Aims: {{Objectives}}. {{Reason}}';

  it('puts every value in exactly as typed, `$`, `\\` and `{{` included, and expands nothing twice', () => {
    const filled = fillText(text, placeholderReplacements(text, values));
    const reason = valueOf(values, 'Reason') ?? '';
    expect(reason).toContain('$&');
    expect(filled).toBe(
      `For Aoife O'Brien (It’s better than I thought): ${reason}. Aims: Attend every session; write {{Pupil name}} on each piece of work }}. ${reason}`,
    );
  });

  it('the sequential replace-alls for Docs give the same text', () => {
    const replacements = placeholderReplacements(text, values);
    expect(inOrder(text, sequentialReplacements(replacements, text))).toBe(
      fillText(text, replacements),
    );
  });

  it('never interprets a value, and sequential replacement always equals the reference (property)', () => {
    const name = fc.constantFrom('Pupil name', 'Reason', 'Objectives', 'Provider', 'Baseline');
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      name.map((n) => `{{${n}}}`),
      name.map((n) => `{{ ${n.toLowerCase()} }}`),
      fc.constantFrom('{{', '}}', '{', '}', '$&', '$1', '\\', '\uE000', '\uE0011\uE001'),
    );
    const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
    const value = fc
      .array(fc.oneof(piece, fc.constantFrom("$'", '$`', '$$', '\\1', '.*')), { maxLength: 5 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.dictionary(name, value), (template, chosen) => {
        const byField = new Map(
          Object.entries(chosen).map(([n, v]) => [`Placements:${n.toLowerCase()}`, v]),
        );
        const replacements = placeholderReplacements(template, { scope: 'placement', byField });
        const filled = fillText(template, replacements);
        // Each placeholder became its value, character for character, and nothing else changed.
        const expected = template.replace(/\{\{([^{}\r\n]*)\}\}/g, (raw) => {
          const found = replacements.find((r) => r.find === raw);
          return found ? found.replace : raw;
        });
        expect(filled).toBe(expected);
        expect(inOrder(template, sequentialReplacements(replacements, template))).toBe(filled);
      }),
      { numRuns: 500 },
    );
  });
});
