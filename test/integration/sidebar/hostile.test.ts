// Every server function the sidebar calls, called as a hostile page could (PLATFORM.md: "Every exposed
// server function can be called from the browser with any arguments"): refused in words, nothing written.
import type { FormResult, SelectedPlacement } from '../../../src/shared/sidebar-api';
import { documentState } from '../support/workbook';
import { call, placement, sidebarSchool, state } from './support';

const HOSTILE = '<img src=x onerror=alert(1)>';
const HUGE = 'x'.repeat(200_000);

const FORMS = [
  'recordRegister',
  'recordReview',
  'recordConcern',
  'recordFollowUp',
  'generateDocument',
  'previewEmail',
  'sendEmail',
  'saveSetup',
  'takeOverReminders',
] as const;

const HOSTILE_ARGUMENTS: readonly (readonly unknown[])[] = [
  [],
  [null],
  ['AP-0001'],
  [42],
  [true],
  [[]],
  [{}],
  [[{ placementId: 'AP-0001' }]],
  [{ placementId: HOSTILE, date: HOSTILE, row: HOSTILE, kind: HOSTILE, provider: HOSTILE }],
  [{ placementId: HUGE, date: HUGE, marks: HUGE, reviewDate: HUGE, note: HUGE, kind: HUGE }],
  [
    JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
    ),
  ],
  [{ placementId: 'AP-0001', date: '2026-01-20', extra: 'field', marks: [] }],
];

describe('hostile calls to the sidebar’s server functions', () => {
  const s = sidebarSchool([placement(1, { 'Pupil name': HOSTILE, 'LA notified': '' })]);
  s.ws.spreadsheet.select('Placements', 'A2');
  const before = documentState(s.ws);

  it.each(FORMS)('%s refuses every hostile argument with a message, writing nothing', (name) => {
    for (const args of HOSTILE_ARGUMENTS) {
      const result = call<FormResult>(s, name, ...args);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.message).toMatch(/^Nothing was (saved|sent)/);
      expect(Object.keys(result.fieldErrors).length).toBeGreaterThan(0);
      expect(JSON.stringify(result).length).toBeLessThan(5000);
    }
    expect(documentState(s.ws)).toBe(before);
    expect(s.ws.mail.outbox).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a Date before it reaches the server, as google.script.run does', () => {
    expect(() =>
      s.addOn.call('recordConcern', { placementId: 'AP-0001', date: new Date() }),
    ).toThrow(/illegal value/);
  });

  it('answers openRow and getSelectedPlacement with a hint, and ignores arguments to getSidebarState', () => {
    for (const args of HOSTILE_ARGUMENTS) {
      const opened = call<SelectedPlacement>(s, 'openRow', ...args);
      expect(opened.selected).toBeUndefined();
      expect(opened.selectionHint).toMatch(/^That row cannot be opened/);
      expect(
        call<SelectedPlacement>(s, 'getSelectedPlacement', ...args).selected?.placementId,
      ).toBe('AP-0001');
    }
    expect(call(s, 'getSidebarState', HUGE)).toEqual(state(s));
  });

  it('hands back a hostile pupil name as the text typed, for the sidebar to escape', () => {
    expect(state(s).selected?.pupilName).toBe(HOSTILE);
  });

  it('keeps private helpers private', () => {
    expect(() => s.addOn.call('runDueJobs_')).toThrow(/Script function not found/);
  });
});
