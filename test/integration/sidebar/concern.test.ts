// A safeguarding concern from the sidebar: the date only, and the DSL and Head Teacher told at once.
import { call, day, logLines, placement, rowByHeader, sidebarSchool } from './support';
import { setSetting } from '../support/reminders';

const DETAILS =
  "Record what happened in the school's safeguarding system: only the date goes on this sheet.";

function personCells(s: ReturnType<typeof sidebarSchool>): Record<string, unknown> {
  const row = rowByHeader(s, 'Placements', 2);
  for (const addOn of ['Last review', 'Next review due', 'Checks', 'Placement ID'])
    delete row[addOn];
  return row;
}

describe('a safeguarding concern from the sidebar', () => {
  it('writes the date in that one cell and emails the DSL and Head Teacher now', () => {
    const s = sidebarSchool([placement(1), placement(2)]);
    const before = personCells(s);
    const result = call(s, 'recordConcern', { placementId: 'AP-0001', date: '2026-01-20' });
    expect(result).toMatchObject({
      ok: true,
      message: `Recorded a safeguarding concern on Tue 20 Jan 2026 for AP-0001 (Placements row 2). The DSL and Head Teacher have been emailed. ${DETAILS}`,
    });
    const after = personCells(s);
    expect(day(after['Safeguarding concern date'])).toBe('2026-01-20');
    expect({ ...after, 'Safeguarding concern date': '' }).toEqual(before);
    expect(s.ws.mail.outbox.map((m) => m.to).sort()).toEqual([
      'dsl@school.example',
      'head@school.example',
    ]);
    expect(s.checks(2)).toContain('Safeguarding concern date');
    expect(logLines(s)).toContain(
      'Safeguarding concern recorded | AP-0001 | Concern date 2026-01-20',
    );
    expect(logLines(s).join('\n')).not.toContain('Pupil 1');
  });

  it('is not sent again: by a second click, or by the next hourly run', () => {
    const s = sidebarSchool([placement(1)]);
    s.addOn.run('installReminders');
    call(s, 'recordConcern', { placementId: 'AP-0001', date: '2026-01-20' });
    const again = call(s, 'recordConcern', { placementId: 'AP-0001', date: '2026-01-20' });
    expect(again).toMatchObject({
      ok: true,
      message: `AP-0001 already has this concern date. The DSL and Head Teacher were already alerted about this concern. ${DETAILS}`,
    });
    s.addOn.advance(60 * 60 * 1000);
    const concernMails = s.ws.mail.outbox.filter((m) => m.body.includes('safeguarding concern'));
    expect(concernMails.map((m) => m.to).sort()).toEqual([
      'dsl@school.example',
      'head@school.example',
    ]);
  });

  it('keeps a later concern rather than replace it with an older one', () => {
    const s = sidebarSchool([placement(1, { 'Safeguarding concern date': '2026-01-19' })]);
    const result = call(s, 'recordConcern', { placementId: 'AP-0001', date: '2026-01-12' });
    expect(result).toEqual({
      ok: false,
      message: expect.stringContaining(
        'A later concern, Mon 19 Jan 2026, is already recorded for AP-0001',
      ),
      fieldErrors: { date: expect.stringContaining('it is kept') },
    });
    expect(day(s.cell('Placements', 2, 'Safeguarding concern date').value)).toBe('2026-01-19');
  });

  it('says when nobody could be emailed, and in Dry run that the alert is in the Log', () => {
    const s = sidebarSchool([placement(1), placement(2)]);
    setSetting(s, 'Email mode', 'Dry run');
    expect(call(s, 'recordConcern', { placementId: 'AP-0001', date: '2026-01-20' })).toMatchObject({
      message: expect.stringContaining(
        'Email mode on Settings is Dry run: the alert is in the Log, not emailed.',
      ),
    });
    setSetting(s, 'Email mode', 'Send');
    setSetting(s, 'DSL email', '');
    setSetting(s, 'Head teacher email', '');
    expect(call(s, 'recordConcern', { placementId: 'AP-0002', date: '2026-01-20' })).toMatchObject({
      message: expect.stringContaining('DSL email and Head teacher email on Settings are blank'),
    });
    expect(s.ws.mail.outbox).toEqual([]);
  });
});
