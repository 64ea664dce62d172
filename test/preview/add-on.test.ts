// The preview run as an editor add-on (PREVIEW_AS=add-on, issue 13): the same digests as the bound
// script, sent by an hourly run that had no spreadsheet open and read the workbook through the Sheets API.
import { startPreview, type RunningPreview } from '../../preview/http';
import type { ActionResult, PreviewState } from '../../preview/shared/api';
import { getJson, postJson, tempStateDir } from './support';

async function digestsAt7(runAs: 'bound script' | 'editor add-on'): Promise<PreviewState> {
  const state = tempStateDir();
  const preview: RunningPreview = await startPreview({ port: 0, stateDir: state.dir, runAs });
  try {
    await postJson<ActionResult>(preview, '/api/clock', { shortcut: 'reminder-hour' });
    return await getJson<PreviewState>(preview, '/api/state');
  } finally {
    await preview.close();
    state.remove();
  }
}

it('sends the 07:00 digests as an editor add-on exactly as the bound script does', async () => {
  const bound = await digestsAt7('bound script');
  const addOn = await digestsAt7('editor add-on');
  const mails = (s: PreviewState) => s.outbox.map((m) => [m.to, m.subject, m.sentAt, m.body]);
  expect(mails(addOn)).toEqual(mails(bound));
  expect(addOn.outbox.length).toBeGreaterThan(0);
  const runs = (s: PreviewState) => s.executions.filter((e) => e.functionName === 'runHourlyJobs');
  expect(runs(addOn).length).toBeGreaterThan(0);
  expect(runs(addOn).every((e) => e.error === undefined)).toBe(true);
});

it('turns reminders on in the sample as the DSL, who picked the workbook, in both deployments', async () => {
  for (const runAs of ['bound script', 'editor add-on'] as const) {
    const state = await digestsAt7(runAs);
    const turnedOn = state.executions.find((e) => e.functionName === 'installReminders');
    expect(turnedOn).toBeDefined();
    expect(turnedOn?.error).toBeUndefined();
  }
});
