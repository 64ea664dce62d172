// One document from the sidebar, by the menu's own path: made, listed on Documents, its link returned.
import type { FormResult } from '../../../src/shared/sidebar-api';
import { documentRows, madeDocuments } from '../documents/support';
import { call, day, placement, sidebarSchool } from './support';

type Made = FormResult<{ readonly link: string }>;

describe('generateDocument', () => {
  it('makes one personalised plan for the placement and returns its link', () => {
    const s = sidebarSchool([placement(1), placement(2)]);
    const result = call<Made>(s, 'generateDocument', {
      kind: 'Personalised plan',
      placementId: 'ap-0002',
      provider: '',
    });
    expect(result).toMatchObject({ ok: true, message: 'Made the Personalised plan for AP-0002.' });
    const docs = madeDocuments(s.ws);
    expect(docs.map((d) => d.name)).toEqual(['AP-0002 Personalised plan 2026-01-20']);
    const link = result.ok ? result.value.link : '';
    expect(link).toMatch(/^https:\/\//);
    expect(documentRows(s.ws).map((r) => [r[1], r[2], r[3]])).toEqual([
      ['AP-0002', 'Personalised plan', link],
    ]);
    // The answer shows the placement the document was made for, whatever row is selected now.
    const shown = result.ok ? result.state.selected : undefined;
    expect(shown?.placementId).toBe('AP-0002');
    expect(shown?.documents.map((d) => d.link)).toEqual([link]);
  });

  it('makes the safeguarding request for a provider and records the date it was requested', () => {
    const s = sidebarSchool([placement(1)]);
    const result = call<Made>(s, 'generateDocument', {
      kind: 'Safeguarding confirmation request',
      placementId: '',
      provider: 'riverside skills centre',
    });
    expect(result).toMatchObject({
      ok: true,
      message: 'Made the Safeguarding confirmation request for riverside skills centre.',
    });
    expect(day(s.cell('Providers', 2, 'Safeguarding confirmation requested').value)).toBe(
      '2026-01-20',
    );
  });

  it('refuses what it cannot make, with the reason, and makes nothing', () => {
    const s = sidebarSchool([placement(1, { Objectives: '' })]);
    expect(
      call<Made>(s, 'generateDocument', {
        kind: 'Personalised plan',
        placementId: 'AP-0009',
        provider: '',
      }),
    ).toEqual({
      ok: false,
      message: 'Nothing was saved: AP-0009 is not on the Placements sheet.',
      fieldErrors: { placementId: 'AP-0009 is not on the Placements sheet.' },
    });
    expect(
      call<Made>(s, 'generateDocument', {
        kind: 'Safeguarding confirmation request',
        placementId: 'AP-0001',
        provider: ' ',
      }),
    ).toMatchObject({
      fieldErrors: { provider: 'Choose a provider.' },
    });
    const blank = call<Made>(s, 'generateDocument', {
      kind: 'Personalised plan',
      placementId: 'AP-0001',
      provider: '',
    });
    expect(blank).toMatchObject({ ok: false, message: expect.stringContaining('Objectives') });
    expect(madeDocuments(s.ws)).toEqual([]);
  });

  it('leaves no batch behind for the menu', () => {
    const s = sidebarSchool([placement(1)]);
    s.ws.meter.failOn('Drive.Files.copy');
    const failed = call<Made>(s, 'generateDocument', {
      kind: 'Personalised plan',
      placementId: 'AP-0001',
      provider: '',
    });
    expect(failed).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^No Personalised plan was made for AP-0001: /),
    });
    expect(
      Object.keys(s.ws.properties.snapshot('document')).filter((k) => k.includes('pending')),
    ).toEqual([]);
  });
});
