// The preview keeps its workbook, properties, triggers, outbox and clock across restarts; reset forgets them.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ActionResult, PreviewState, RenderedMail, SheetView } from '../../preview/shared/api';
import type { RunningPreview } from '../../preview/http';
import { SAMPLE_NOW, SAMPLE_SET_UP_AT, SAMPLE_USER } from '../../preview/sample-rows';
import { PICKER_STAND_IN_SETTINGS } from '../../preview/sample-workbook';
import { resetPreviewState } from '../../preview/state-file';
import { getJson, postJson, start, tempStateDir } from './support';

const state = tempStateDir();
const file = path.join(state.dir, 'state.json');

afterAll(() => state.remove());

it('keeps changes across a restart with the same folder, and reset clears them', async () => {
  const first = await start(state.dir);
  expect(existsSync(file)).toBe(true);
  let second: RunningPreview | undefined;
  try {
    await postJson<ActionResult>(first, '/api/edit', {
      sheet: 'Reviews',
      a1: 'I2',
      value: 'Visit the provider',
    });
    const ws = first.session.workspace;
    ws.properties.store('document').set('lastDigest', '2026-11-30');
    ws.properties.store('user', ws.user).set('sidebarTab', 'overview');
    const folder = ws.drive.addUserFile({ name: 'Minutes of the AP panel' });
    await postJson<ActionResult>(first, '/api/advance', { ms: 90 * 60_000 });
    await postJson(first, '/api/select', { sheet: 'Reviews', a1: 'B3' });
    const before = await getJson<PreviewState>(first, '/api/state');
    const triggers = ws.triggers.all();
    const documentProperties = ws.properties.snapshot('document');
    const metadata = ws.spreadsheet.developerMetadata.list();
    const userProperties = ws.properties.snapshot('user', ws.user);
    await first.close();

    second = await start(state.dir);
    const after = await getJson<PreviewState>(second, '/api/state');
    expect(after.now).toBe(before.now);
    expect(after.now).toBe(Date.parse('2026-11-30T08:00:00Z'));
    expect(after.activeSheet).toBe('Reviews');
    expect(after.selection).toBe('B3');
    // The earlier runs are still listed; reopening the document ran onOpen.
    expect(after.executions.map((e) => e.functionName).slice(0, 3)).toEqual([
      'onOpen',
      'runHourlyJobs',
      'runHourlyJobs',
    ]);
    expect(after.outbox).toEqual(before.outbox);
    const reviews = await getJson<SheetView>(second, '/api/sheet?name=Reviews');
    expect(reviews.cells[1]?.[8]?.v).toBe('Visit the provider');
    const restored = second.session.workspace;
    expect(restored.properties.snapshot('document')).toEqual(documentProperties);
    expect(restored.properties.snapshot('document')).toMatchObject({ lastDigest: '2026-11-30' });
    // Whether reminders are on is kept in the workbook itself (its developer metadata, issue 13).
    expect(restored.spreadsheet.developerMetadata.list()).toEqual(metadata);
    expect(metadata.find((m) => m.key === 'remindersStatus')?.value).toContain('"on":true');
    expect(restored.drive.get(folder.id)?.name).toBe('Minutes of the AP panel');
    expect(restored.properties.snapshot('user', restored.user)).toEqual(userProperties);
    expect(userProperties).toMatchObject({ sidebarTab: 'overview' });
    expect(restored.triggers.all()).toEqual(triggers);
  } finally {
    await first.close().catch(() => undefined);
    await second?.close();
  }

  resetPreviewState(state.dir);
  expect(existsSync(file)).toBe(false);
  const third = await start(state.dir);
  try {
    const fresh = await getJson<PreviewState>(third, '/api/state');
    expect(fresh.now).toBe(Date.parse(SAMPLE_NOW));
    expect(fresh.outbox).toEqual([]);
    expect(third.session.workspace.triggers.all()).toEqual([
      expect.objectContaining({
        handlerFunction: 'runHourlyJobs',
        createdAt: Date.parse(SAMPLE_SET_UP_AT),
      }),
    ]);
    const reviews = await getJson<SheetView>(third, '/api/sheet?name=Reviews');
    expect(reviews.cells[1]?.[8]?.v ?? '').not.toBe('Visit the provider');
  } finally {
    await third.close();
  }
});

it('keeps what reminders need: the trigger, its status, Reminders sent and the outbox', async () => {
  const dir = tempStateDir();
  let second: RunningPreview | undefined;
  try {
    const first = await start(dir.dir);
    await postJson<ActionResult>(first, '/api/clock', { shortcut: 'reminder-hour' });
    const sent = first.session.workspace.spreadsheet.sheet('Reminders sent').values();
    const before = await getJson<PreviewState>(first, '/api/state');
    expect(before.outbox).toHaveLength(4);
    await first.close();

    second = await start(dir.dir);
    const ws = second.session.workspace;
    const after = await getJson<PreviewState>(second, '/api/state');
    expect(after.now).toBe(Date.parse('2026-11-30T07:00:00Z'));
    expect(after.outbox).toEqual(before.outbox);
    const html = await getJson<RenderedMail>(second, '/api/mail?index=0');
    expect(html.srcdoc).toContain('Hello, here is what needs you as DSL');
    expect(ws.spreadsheet.sheet('Reminders sent').values()).toEqual(sent);
    // The hourly runs after the restart know what went this morning: nothing is sent twice.
    const quiet = await postJson<ActionResult>(second, '/api/advance', { ms: 4 * 3_600_000 });
    expect(quiet.executions.map((e) => e.functionName)).toEqual([
      'runHourlyJobs',
      'runHourlyJobs',
      'runHourlyJobs',
      'runHourlyJobs',
    ]);
    expect(ws.mail.outbox).toHaveLength(4);
    expect(ws.spreadsheet.sheet('Reminders sent').values()).toEqual(sent);
    // The add-on still finds its own trigger: the status says so, and turning off removes it.
    const status = await postJson<ActionResult>(second, '/api/menu', {
      functionName: 'reminderStatus',
    });
    expect(status.alerts[0]?.prompt).toBe(
      // The heartbeat kept across the restart too (issue 12): the last run was the quiet 11:00 one.
      "Reminders are on since Mon 30 Nov 2026 at 06:00, sent by dsl@example.sch.uk's hourly trigger; last run Mon 30 Nov 2026 at 11:00.",
    );
    const off = await postJson<ActionResult>(second, '/api/menu', {
      functionName: 'removeReminders',
    });
    expect(off.alerts[0]?.prompt).toBe('Reminders are off. No digests will be sent.');
    expect(ws.triggers.all()).toEqual([]);
  } finally {
    await second?.close();
    dir.remove();
  }
});

it('keeps who is at the keyboard and every colleague’s user properties across a restart', async () => {
  const dir = tempStateDir();
  try {
    const first = await start(dir.dir);
    await postJson<ActionResult>(first, '/api/user', { user: 'pastoral@example.sch.uk' });
    const ws = first.session.workspace;
    ws.properties.store('user', 'pastoral@example.sch.uk').set('sidebarTab', 'register');
    // Neither at the keyboard nor a trigger's owner when saved: kept all the same.
    await postJson<ActionResult>(first, '/api/user', { user: 'sendco@example.sch.uk' });
    await first.close();

    const second = await start(dir.dir);
    const status = await getJson<PreviewState>(second, '/api/state');
    const restored = second.session.workspace;
    await second.close();
    expect(status.user).toBe('sendco@example.sch.uk');
    expect(restored.spreadsheet.owner).toBe(SAMPLE_USER);
    expect(restored.properties.snapshot('user', 'pastoral@example.sch.uk')).toEqual({
      sidebarTab: 'register',
    });
  } finally {
    dir.remove();
  }
});

it('opens a state saved before the page could switch user, or had Picker settings, as the DSL', async () => {
  const dir = tempStateDir();
  const saved = path.join(dir.dir, 'state.json');
  try {
    await (await start(dir.dir)).close();
    const old = JSON.parse(readFileSync(saved, 'utf8')) as {
      user?: string;
      properties: { script: Record<string, string> };
    };
    delete old.user;
    old.properties.script = {};
    writeFileSync(saved, JSON.stringify(old));

    const second = await start(dir.dir);
    const ws = second.session.workspace;
    await second.close();
    expect(ws.user).toBe(SAMPLE_USER);
    expect(ws.properties.snapshot('script')).toEqual(PICKER_STAND_IN_SETTINGS);
  } finally {
    dir.remove();
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
