// Forbidden status changes (issue 3 item 5) and the status checklist (issue 3 item 6; P3, P7, P8, P10–P12).
import { statusChecklist } from '../../../src/domain/checklist';
import { forbiddenStatusChange } from '../../../src/domain/rules/status-change';
import { contextFor, messages, providerRow } from './fixtures';

describe('forbidden status change', () => {
  it('Agreed → Active without LA notified is refused with the reason (P11)', () => {
    const context = contextFor({ Status: 'Active', 'LA notified': '' });
    expect(forbiddenStatusChange('Agreed', 'Active', context)).toEqual([
      {
        severity: 'error',
        column: 'Status',
        columns: ['Status', 'LA notified'],
        message:
          'Status: cannot be Active yet: LA notified is blank — enter the date the local authority was told (P11)',
      },
    ]);
  });

  it('skipping Agreed needs everything Agreed and Active need', () => {
    const context = contextFor({ Status: 'Active', Objectives: '', 'LA notified': '' });
    expect(forbiddenStatusChange('Proposed', 'Active', context).map((p) => p.columns?.[1])).toEqual(
      ['Objectives', 'LA notified'],
    );
  });

  it('resuming a Paused placement needs the provider’s checks in date again (P12)', () => {
    const expired = {
      providers: [providerRow({ 'Safeguarding confirmation expires': '2026-01-19' })],
    };
    expect(messages(forbiddenStatusChange('Paused', 'Active', contextFor({}, expired)))).toEqual([
      'Status: cannot be Active yet: Provider — the safeguarding confirmation from Riverside Skills Centre expired on Mon 19 Jan 2026 — ask the provider for written confirmation of its staff checks and record it on Providers (P12, KCSIE)',
    ]);
  });

  it('never refuses pausing or terminating: they are how the school acts on a concern (P15)', () => {
    const context = contextFor({ 'LA notified': '', Objectives: '' });
    expect(forbiddenStatusChange('Active', 'Paused', context)).toEqual([]);
    expect(forbiddenStatusChange('Agreed', 'Terminated', context)).toEqual([]);
  });

  it('does not refuse a correction backwards, or an unchanged status', () => {
    const context = contextFor({ 'LA notified': '' });
    expect(forbiddenStatusChange('Active', 'Agreed', context)).toEqual([]);
    expect(forbiddenStatusChange('Active', 'Active', context)).toEqual([]);
  });

  it('Agreed → Active with provider transport and no Transport checks date is refused, naming the column (P7)', () => {
    const context = contextFor({ Status: 'Active', Transport: 'Provider' });
    expect(forbiddenStatusChange('Agreed', 'Active', context)).toEqual([
      expect.objectContaining({
        columns: ['Status', 'Transport checks date'],
        message: expect.stringMatching(
          /^Status: cannot be Active yet: Transport checks date is blank — check that every safeguarding check on the driver and the vehicle has been done/,
        ) as unknown,
      }),
    ]);
  });

  it('Active → Ended needs Actual end date and Destination (P5)', () => {
    expect(
      forbiddenStatusChange('Active', 'Ended', contextFor({ Status: 'Ended' })).map(
        (p) => p.columns?.[1],
      ),
    ).toEqual(['Actual end date', 'Destination']);
  });
});

describe('status checklist', () => {
  it('for a Proposed placement, lists what Agreed needs, grouped as the policy words it', () => {
    const checklist = statusChecklist(
      contextFor({
        Status: 'Proposed',
        'Initial meeting date': '',
        Baseline: '',
        'Reintegration plan': '',
      }),
    );
    expect(checklist).toMatchObject({ status: 'Proposed', nextStatus: 'Agreed', ready: false });
    expect(checklist.items.map((i) => [i.item, i.done, i.required])).toEqual([
      ['Initial meeting', false, true],
      ['Parent/carer agreement', true, true],
      ['Plan complete', false, true],
      ['Timetable', true, true],
      ['Reintegration plan', false, false],
      ['Provider approved', true, true],
    ]);
    expect(checklist.items[2]).toEqual({
      item: 'Plan complete',
      done: false,
      required: true,
      columns: ['Objectives', 'Baseline', 'Assessment arrangements'],
      todo: ['Baseline: blank — write the baseline progress will be measured against (P3)'],
    });
  });

  it('for an Agreed placement, lists LA notified, risk assessments, safeguarding, insurance, provider agreement', () => {
    const checklist = statusChecklist(
      contextFor({ Status: 'Agreed', 'LA notified': '', Transport: 'School' }),
    );
    expect(checklist.nextStatus).toBe('Active');
    expect(checklist.items.map((i) => [i.item, i.done])).toEqual([
      ['LA notified', false],
      ['Risk assessments', true],
      ['Safeguarding confirmation', true],
      ['Insurance', true],
      ['Provider agreement', true],
      ['Transport checks', false],
    ]);
    expect(checklist.ready).toBe(false);
  });

  it.each(['Provider', 'Local authority'])(
    'lists Transport checks before Active when Transport is %s, as for school transport (P7)',
    (transport) => {
      const checklist = statusChecklist(contextFor({ Status: 'Agreed', Transport: transport }));
      expect(checklist.items.find((i) => i.item === 'Transport checks')).toMatchObject({
        done: false,
        required: true,
        columns: ['Transport checks date'],
      });
      expect(checklist.ready).toBe(false);
    },
  );

  it('adds the social worker and virtual school for a looked-after pupil (P8) and the off-site notice', () => {
    const items = statusChecklist(
      contextFor({
        Status: 'Proposed',
        'Looked after': 'Yes',
        Route: 'Off-site direction',
        'Parent notice date': '2025-12-17',
      }),
    ).items.map((i) => i.item);
    expect(items).toContain('Parent notice (off-site direction)');
    const active = statusChecklist(contextFor({ Status: 'Agreed', 'Looked after': 'Yes' }));
    expect(active.items.find((i) => i.item === 'Social worker and virtual school')).toMatchObject({
      done: false,
      columns: ['Social worker', 'Virtual school email'],
    });
  });

  it('is ready when only recommended items are left', () => {
    const checklist = statusChecklist(
      contextFor({ Status: 'Agreed', 'Provider agreement signed': '' }),
    );
    expect(checklist.ready).toBe(true);
    expect(checklist.items.find((i) => i.item === 'Provider agreement')).toMatchObject({
      done: false,
      required: false,
    });
  });

  it('for an Active placement, lists the end date, destination and the pupil’s own view (P5)', () => {
    expect(statusChecklist(contextFor()).items.map((i) => i.item)).toEqual([
      'End date and destination',
      'Achievements and pupil view',
    ]);
  });

  it('has nothing more for a finished placement; a blank status is headed for Proposed', () => {
    expect(statusChecklist(contextFor({ Status: 'Ended' }))).toEqual({
      status: 'Ended',
      nextStatus: undefined,
      items: [],
      ready: true,
    });
    expect(statusChecklist(contextFor({ Status: '' })).nextStatus).toBe('Proposed');
  });
});
