// "Placement record" and "Subject access request" through the built bundle: one Doc from the live workbook and the
// archive, every review and absence listed, the Log saying who made it; an archive the person cannot open named.
import type { School } from '../support/school';
import { upn } from '../support/school';
import { yearToArchive } from './support';

function lastAlert(s: School): string {
  return s.ws.ui.alerts.at(-1)?.prompt ?? '';
}

function docText(s: School, message: string): string {
  const id = /document\/d\/([^/]+)\/edit/.exec(message)?.[1];
  if (!id) throw new Error(`No Doc link in: ${message}`);
  return s.ws.drive.renderText(id);
}

function selectPlacementRow(s: School, id: string): void {
  const rows = s.ws.spreadsheet.sheet('Placements').values();
  const column = (rows[0] ?? []).indexOf('Placement ID');
  const row = rows.findIndex((r) => r[column] === id) + 1;
  s.ws.spreadsheet.select('Placements', `A${row}`);
}

describe('the record of a placement split between the archive and the live workbook', () => {
  const s = yearToArchive();
  s.ws.ui.answer({ button: 'YES' });
  s.addOn.run('archiveTheYear');
  // A document made before archiving stays listed on the live Documents sheet; its Log lines stay live too.
  // After archiving, a late attendance row is typed for the archived placement (it goes to the archive next time).
  const attendance = s.ws.spreadsheet.sheet('Attendance').values();
  s.type(
    'Attendance',
    [
      {
        Date: '2026-10-07',
        'Placement ID': 'AP-0001',
        Session: 'AM',
        Mark: 'Absent',
        'Absence reason': 'Late report from provider',
      },
    ],
    attendance.length + 1,
  );
  const text = (() => {
    s.ws.ui.answer({ button: 'OK', text: upn(1) });
    s.addOn.run('makeSubjectAccessRecord');
    return docText(s, lastAlert(s));
  })();

  it('lists every review, from the archive', () => {
    expect(text).toMatch(/Reviews \(2\)/);
    expect(text).toContain('Fri 16 Oct 2026');
    expect(text).toContain('Fri 26 Feb 2027');
  });

  it('lists every absence with its follow-up, archived and live', () => {
    expect(text).toMatch(/Absences and their follow-up \(2\)/);
    expect(text).toContain('0123 =SUM(1)');
    expect(text).toContain('Late report from provider');
    expect(text).toMatch(/Archive 2026-27/);
    expect(text).toMatch(/Live workbook/);
  });

  it('summarises attendance by half-term', () => {
    expect(text).toMatch(/Attendance \(11 sessions recorded\)/);
  });

  it('names the pupil, because the request is about them', () => {
    expect(text).toContain('Pupil 1 Example');
  });

  it('records who made it, with the Placement ID and never the name', () => {
    const log = s.ws.spreadsheet.sheet('Log').values();
    const line = log.find((r) => r[2] === 'Subject access record');
    expect(line?.[3]).toBe('AP-0001');
    expect(line?.[1]).toBe(s.ws.user);
    expect(log.flat().join(' ')).not.toContain('Pupil 1 Example');
  });
});

describe('a placement record from the menu', () => {
  it('asks for a selected Placements row first', () => {
    const s = yearToArchive();
    s.ws.spreadsheet.select('Reviews', 'A2');
    s.addOn.run('makePlacementRecord');
    expect(lastAlert(s)).toMatch(/Select a placement's row on the Placements sheet/);
  });

  it('makes one Doc for the selected placement, listed on Documents', () => {
    const s = yearToArchive();
    selectPlacementRow(s, 'AP-0003');
    s.addOn.run('makePlacementRecord');
    const text = docText(s, lastAlert(s));
    expect(text).toMatch(/^Placement record AP-0003/);
    expect(text).toMatch(/Reviews \(1\)/);
    const documents = s.ws.spreadsheet.sheet('Documents').values();
    expect(documents.some((r) => r[1] === 'AP-0003')).toBe(true);
  });

  it('says when an archive could not be read for this person, rather than leaving it out', () => {
    const s = yearToArchive();
    s.ws.ui.answer({ button: 'YES' });
    s.addOn.run('archiveTheYear');
    const colleague = 'colleague@example.sch.uk';
    // The colleague connected the documents folder (Connect templates); nobody gave them the archive.
    const folder = s.ws.spreadsheet
      .sheet('Settings')
      .values()
      .find((r) => r[0] === 'Documents folder id');
    s.ws.drive.pick([String(folder?.[1])], colleague);
    s.ws.user = colleague;
    s.ws.spreadsheet.editors.push(colleague);
    s.ws.ui.answer({ button: 'OK', text: upn(2) });
    s.addOn.run('makeSubjectAccessRecord');
    const message = lastAlert(s);
    expect(message).toMatch(/It may be incomplete: 1 archive\(s\) could not be read for you/);
  });
});

it('refuses something that is not a UPN', () => {
  const s = yearToArchive();
  s.ws.ui.answer({ button: 'OK', text: 'Pupil 1 Example' });
  s.addOn.run('makeSubjectAccessRecord');
  expect(lastAlert(s)).toMatch(/is not a UPN/);
});

describe('the placement record from the sidebar', () => {
  const form = (requestId: string) => ({
    report: 'Placement record',
    placementId: 'AP-0003',
    requestId,
  });
  const records = (s: School) =>
    s.ws.drive.all().filter((f) => f.name.startsWith('Placement record AP-0003') && !f.trashed);

  it.each(['Drive.Files.create', 'Docs.Documents.batchUpdate'])(
    'makes one Doc when the reply of %s is lost and the request is sent again',
    (method) => {
      const s = yearToArchive();
      s.ws.meter.loseReplyOn(method);
      const first = s.addOn.call('makeReport', form('record-request-0001')) as { ok: boolean };
      expect(first.ok).toBe(false);
      const again = s.addOn.call('makeReport', form('record-request-0001')) as {
        ok: boolean;
        link?: string;
      };
      expect(again.ok).toBe(true);
      expect(records(s)).toHaveLength(1);
      expect(s.ws.drive.renderText(records(s)[0]?.id ?? '')).toMatch(/Reviews \(1\)/);
    },
  );

  it('checks its input: an ID that is not a Placement ID is refused', () => {
    const s = yearToArchive();
    const answer = s.addOn.call('makeReport', {
      ...form('record-request-0002'),
      placementId: '<b>x',
    });
    expect(answer).toMatchObject({ ok: false });
    expect(records(s)).toHaveLength(0);
  });
});
