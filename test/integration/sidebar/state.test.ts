// The sidebar through the built bundle: it opens, and its one call returns everything it shows, as plain data.
import { Placements } from '../../../src/domain/sheets/placements';
import type { SidebarState } from '../../../src/shared/sidebar-api';
import { inventedPlacements, loadWorkbook } from '../support/workbook';
import { COMPLETE_REVIEW } from '../support/school';
import { placement, sidebarSchool, state } from './support';

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('the sidebar', () => {
  it('opens the built Sidebar.html with the add-on name as its title', () => {
    const { ws, addOn } = loadWorkbook();
    addOn.run('showSidebar');
    expect(ws.ui.sidebar?.title).toBe('AP Placements');
    expect(ws.ui.sidebar?.content).toContain('<main id="app"');
  });

  it('says what is missing on a workbook that was never set up', () => {
    const { addOn } = loadWorkbook();
    const state = addOn.call('getSidebarState') as SidebarState;
    expect(state.setUp).toBe(false);
    expect(state.missing).toContain('There is no Placements sheet.');
    expect(state.placements).toEqual({ total: 0, byStatus: [] });
  });

  it('names a missing column and points to Set up workbook', () => {
    const { ws, addOn } = loadWorkbook();
    addOn.run('setUpWorkbook');
    const placements = ws.spreadsheet.sheet('Placements');
    placements.deleteColumns(Placements.headers.indexOf('Checks') + 1, 1);
    const state = addOn.call('getSidebarState') as SidebarState;
    expect(state.setUp).toBe(false);
    expect(state.missing).toEqual([
      'The Placements sheet has no column headed Checks. Choose Extensions > AP Placements > Set up workbook to add it.',
    ]);
  });

  it('counts placements by status, whatever the column order, skipping blank rows', () => {
    const { ws, addOn } = loadWorkbook();
    addOn.run('setUpWorkbook');
    const headers = [...Placements.headers].reverse();
    const book = ws.spreadsheet;
    book.removeSheet(book.sheet('Placements'));
    book.addSheet('Placements', [headers, ...inventedPlacements(headers, 6), [], ['', '']]);
    const state = addOn.call('getSidebarState') as SidebarState;
    expect(state).toMatchObject({
      setUp: true,
      missing: [],
      placements: {
        total: 6,
        byStatus: [
          { status: 'Proposed', count: 2 },
          { status: 'Agreed', count: 2 },
          { status: 'Active', count: 1 },
          { status: 'Paused', count: 1 },
        ],
      },
    });
  });
});

describe('the sidebar state of a school at work', () => {
  const s = sidebarSchool([placement(1), placement(2, { 'Pupil name': HOSTILE })], {
    reviews: [{ ...COMPLETE_REVIEW, 'Review date': '2026-01-19', 'Placement ID': 'AP-0002' }],
  });
  s.type('Attendance', [
    { Date: '2026-01-19', 'Placement ID': 'AP-0002', Session: 'AM', Mark: 'Absent' },
  ]);

  it('is plain data: what google.script.run delivers is what the server built', () => {
    s.ws.spreadsheet.select('Placements', 'C3');
    const raw = s.addOn.execute('getSidebarState', { kind: 'client' });
    expect(state(s)).toEqual(JSON.parse(JSON.stringify(raw)));
  });

  it('holds the real Settings and term dates, and says the example dates are still there', () => {
    const { setup, setupMissing } = state(s);
    expect(setup).toMatchObject({
      schoolName: 'St Aidan’s & St Hild’s C of E Academy',
      dslEmail: 'dsl@school.example',
      laNotificationEmail: 'ap.notifications@derbyshire.example.gov.uk',
      exampleTermDates: true,
      templatesReady: true,
    });
    expect(setup.termDates[0]).toEqual({
      term: 'Autumn 1',
      start: '2025-09-04',
      end: '2025-10-24',
    });
    expect(setupMissing).toEqual([]);
  });

  it("shows the selected row's placement, on Placements or by Placement ID on the other sheets", () => {
    s.ws.spreadsheet.select('Placements', 'C3');
    expect(state(s).selected).toMatchObject({
      placementId: 'AP-0002',
      pupilName: HOSTILE,
      lastReview: '2026-01-19',
    });
    s.ws.spreadsheet.select('Reviews', 'B2');
    expect(state(s).selected?.placementId).toBe('AP-0002');
    s.ws.spreadsheet.select('Attendance', 'A2:D2');
    expect(state(s).selected?.attendance.absencesNotFollowedUp).toEqual([
      { row: 2, date: '2026-01-19', session: 'AM', reason: '' },
    ]);
    s.ws.spreadsheet.select('Settings', 'B3');
    const hinted = state(s);
    expect(hinted.selected).toBeUndefined();
    expect(hinted.selectionHint).toMatch(/^Select a row on Placements/);
  });

  it('carries the overview and the register, by the reminders’ rules', () => {
    const { overview, register } = state(s);
    expect(overview?.absencesNotFollowedUp.items).toEqual([
      {
        label: `AP-0002 ${HOSTILE}`,
        detail: 'Absent Mon 19 Jan 2026 AM',
        link: { sheet: 'Attendance', row: 2 },
        placementId: 'AP-0002',
      },
    ]);
    expect(register).toEqual({ date: '2026-01-20', isSchoolDay: true, entries: [] });
  });
});

describe('the Attendance rows the sidebar reads', () => {
  const s = sidebarSchool([placement(1), placement(2)], { now: '2026-03-10T09:00:00Z' });
  s.type('Attendance', [
    { Date: '2025-11-03', 'Placement ID': 'AP-0001', Session: 'AM', Mark: 'Absent' },
    { Date: '2025-11-05', 'Placement ID': 'AP-0002', Session: 'AM', Mark: 'Present' },
    {
      Date: '2025-11-07',
      'Placement ID': 'AP-0002',
      Session: 'PM',
      Mark: 'absent ',
      'Followed up at': '07/11/2025 15:00',
    },
    { Date: '2026-03-09', 'Placement ID': 'AP-0002', Session: 'AM', Mark: 'Late' },
  ]);

  it('keep every open absence, however old, and this half-term’s marks', () => {
    s.ws.spreadsheet.select('Placements', 'A3');
    const { overview, selected } = state(s);
    expect(overview?.absencesNotFollowedUp.items.map((i) => i.link.row)).toEqual([2]);
    expect(selected?.attendance).toMatchObject({ marked: 1, attended: 1 });
  });

  it('keep every row of the placement selected on Attendance, so its view is whole', () => {
    s.ws.spreadsheet.select('Attendance', 'A3');
    const { selected } = state(s);
    expect(selected?.placementId).toBe('AP-0002');
    expect(selected?.attendance).toMatchObject({
      marked: 1,
      attended: 1,
      absencesNotFollowedUp: [],
    });
  });
});
