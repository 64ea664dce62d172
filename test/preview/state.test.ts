// The preview keeps its workbook, properties, triggers, outbox and clock across restarts; reset forgets them.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ActionResult, PreviewState, SheetView } from '../../preview/shared/api';
import { resetPreviewState } from '../../preview/state-file';
import { getJson, postJson, start, tempStateDir } from './support';

const state = tempStateDir();
const file = path.join(state.dir, 'state.json');

afterAll(() => state.remove());

it('keeps changes across a restart with the same folder, and reset clears them', async () => {
  const first = await start(state.dir);
  expect(existsSync(file)).toBe(true);
  await postJson<ActionResult>(first, '/api/edit', {
    sheet: 'Reviews',
    a1: 'I2',
    value: 'Visit the provider',
  });
  const ws = first.session.workspace;
  ws.properties.store('document').set('lastDigest', '2026-11-30');
  ws.properties.store('user', ws.user).set('sidebarTab', 'overview');
  const trigger = ws.triggers.add(
    {
      handlerFunction: 'getSidebarState',
      owner: ws.user,
      eventType: 'CLOCK',
      triggerSource: 'CLOCK',
      triggerSourceId: null,
      schedule: { kind: 'hours', every: 1, timeZone: 'Europe/London' },
    },
    'add-on',
  );
  const folder = ws.drive.addUserFile({
    name: 'AP Placements documents',
    mimeType: 'application/vnd.google-apps.folder',
  });
  await postJson<ActionResult>(first, '/api/advance', { ms: 90 * 60_000 });
  await postJson(first, '/api/select', { sheet: 'Reviews', a1: 'B3' });
  const before = await getJson<PreviewState>(first, '/api/state');
  const firedAt = ws.triggers.get(trigger.uniqueId)?.lastFiredAt;
  await first.close();

  const second = await start(state.dir);
  try {
    const after = await getJson<PreviewState>(second, '/api/state');
    expect(after.now).toBe(before.now);
    expect(after.now).toBe(Date.parse('2026-11-30T09:30:00Z'));
    expect(after.activeSheet).toBe('Reviews');
    expect(after.selection).toBe('B3');
    // The earlier runs are still listed; reopening the document ran onOpen.
    expect(after.executions.map((e) => e.functionName).slice(0, 3)).toEqual([
      'onOpen',
      'getSidebarState',
      'onEdit',
    ]);
    const reviews = await getJson<SheetView>(second, '/api/sheet?name=Reviews');
    expect(reviews.cells[1]?.[8]?.v).toBe('Visit the provider');
    const restored = second.session.workspace;
    expect(restored.properties.snapshot('document')).toEqual({ lastDigest: '2026-11-30' });
    expect(restored.drive.get(folder.id)?.name).toBe('AP Placements documents');
    expect(restored.properties.snapshot('user', restored.user)).toEqual({
      sidebarTab: 'overview',
    });
    expect(restored.triggers.all()).toEqual([{ ...trigger, lastFiredAt: firedAt }]);
    // The restored trigger keeps its hourly schedule: the next hour fires it once more.
    const next = await postJson<ActionResult>(second, '/api/advance', { ms: 60 * 60_000 });
    expect(next.executions.map((e) => e.functionName)).toEqual(['getSidebarState']);
  } finally {
    await second.close();
  }

  resetPreviewState(state.dir);
  expect(existsSync(file)).toBe(false);
  const third = await start(state.dir);
  try {
    const fresh = await getJson<PreviewState>(third, '/api/state');
    expect(fresh.now).toBe(Date.parse('2026-11-30T08:00:00Z'));
    expect(third.session.workspace.triggers.all()).toEqual([]);
    const reviews = await getJson<SheetView>(third, '/api/sheet?name=Reviews');
    expect(reviews.cells[1]?.[8]?.v ?? '').toBe('');
  } finally {
    await third.close();
  }
});

it('keeps the outbox, so the day’s mail quota carries over', async () => {
  const dir = tempStateDir();
  try {
    const first = await start(dir.dir);
    first.session.workspace.mail.record({
      to: 'dsl@example.sch.uk',
      cc: '',
      bcc: '',
      subject: 'AP digest',
      body: 'Two reviews are due.',
      noReply: false,
      attachments: [],
      from: 'dsl@example.sch.uk',
      recipients: ['dsl@example.sch.uk'],
      sentAt: first.session.workspace.clock.now(),
      executionId: 'exec-1',
    });
    first.session.save();
    await first.close();
    const second = await start(dir.dir);
    const status = await getJson<PreviewState>(second, '/api/state');
    await second.close();
    expect(status.outbox).toEqual([
      expect.objectContaining({ subject: 'AP digest', body: 'Two reviews are due.' }),
    ]);
    expect(status.mailRemaining).toBe(1499);
  } finally {
    dir.remove();
  }
});

it('says how to start afresh when the saved state cannot be read', async () => {
  const dir = tempStateDir();
  try {
    writeFileSync(path.join(dir.dir, 'state.json'), '{"version": 1, "workb');
    await expect(start(dir.dir)).rejects.toThrow(/npm run preview:reset/);
  } finally {
    dir.remove();
  }
});
