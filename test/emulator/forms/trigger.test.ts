// AddOn.submitFormResponse: a respondent's submission fires the spreadsheet's on-form-submit triggers.
import path from 'node:path';
import { loadAddOn, Workspace, type AddOn } from '../../../emulator';
import { addOnDuplicateMessage } from '../../../emulator/services/trigger-state';
import { COLLEAGUE, DSL, EVENTS, SCOPE } from './setup';

const distDir = path.join(__dirname, 'fixture');
const EDITOR_TRIGGERS =
  'https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions';
const INSTALLABLE =
  'https://developers.google.com/apps-script/guides/triggers/installable#restrictions';

interface Seen {
  authMode: string;
  values: string[];
  namedValues: Record<string, string[]>;
  triggerUid: string;
  a1: string;
  sheet: string;
  formUrl: string | null;
  user: string;
}

function load(): { addOn: AddOn; ws: Workspace; formId: string; triggerUid: string } {
  const ws = new Workspace({ now: '2026-11-30T08:00:00Z', user: DSL });
  ws.spreadsheet.addSheet('Placements', [['Placement ID']]);
  const addOn = loadAddOn({ workspace: ws, distDir });
  const formId = addOn.execute('makeForm', {
    kind: 'menu',
    args: ['Riverside AP attendance'],
  }) as string;
  return { addOn, ws, formId, triggerUid: addOn.run('installSubmitTrigger') as string };
}

const events = (ws: Workspace): Seen[] =>
  JSON.parse(ws.properties.store('script').get('events') ?? '[]') as Seen[];

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result as Extract<T, { ok: true }>;
}

describe(`the spreadsheet form-submit event (${EVENTS}) [doc]`, () => {
  it('runs the installable trigger as its owner, FULL, with namedValues, range, triggerUid and values', () => {
    const { addOn, ws, formId, triggerUid } = load();
    const result = ok(addOn.submitFormResponse(formId, { 'Attended?': 'Yes', Notes: 'On time' }));
    expect(result.triggerRuns).toMatchObject([
      { functionName: 'onResponse', kind: 'installable-trigger', authMode: 'FULL' },
    ]);
    expect(result.triggerRuns[0]?.error).toBeUndefined();
    expect(events(ws)).toEqual([
      {
        authMode: 'FULL',
        values: ['30/11/2026 08:00:00', 'Yes', 'On time'],
        namedValues: {
          Timestamp: ['30/11/2026 08:00:00'],
          'Attended?': ['Yes'],
          Notes: ['On time'],
        },
        triggerUid,
        a1: 'A2:C2',
        sheet: 'Form Responses 1',
        formUrl: `https://docs.google.com/forms/d/${formId}/viewform`,
        user: DSL,
      },
    ]);
  });

  it(`runs as the trigger's creator whoever responds ("Installable triggers always run under the account of the person who created them", ${INSTALLABLE})`, () => {
    const { addOn, ws, formId } = load();
    ok(
      addOn.submitFormResponse(
        formId,
        { 'Attended?': 'No' },
        { respondentEmail: 'ap@provider.org' },
      ),
    );
    expect(events(ws).map((e) => e.user)).toEqual([DSL]);
  });

  it('fires only triggers whose source is the destination spreadsheet', () => {
    const { addOn, ws, formId } = load();
    ws.triggers.add(
      {
        handlerFunction: 'onResponse',
        owner: COLLEAGUE,
        eventType: 'ON_FORM_SUBMIT',
        triggerSource: 'SPREADSHEETS',
        triggerSourceId: '1SomeOtherSpreadsheet',
      },
      'add-on',
    );
    expect(ok(addOn.submitFormResponse(formId, { 'Attended?': 'Yes' })).triggerRuns).toHaveLength(
      1,
    );
  });

  it('an edit fires again on the same row; unchanged answers are "" in values/namedValues by default [reported], every answer with editEventValues "all"', () => {
    const { addOn, ws, formId } = load();
    const first = ok(addOn.submitFormResponse(formId, { 'Attended?': 'Yes', Notes: 'On time' }));
    ok(addOn.submitFormResponse(formId, { 'Attended?': 'No' }));
    const edit = { editResponseId: first.responseId, at: '2026-11-30T09:00:00Z' };
    ok(addOn.submitFormResponse(formId, { 'Attended?': 'Yes', Notes: 'Left at 11' }, edit));
    expect(events(ws)[2]).toMatchObject({
      a1: 'A2:C2',
      values: ['30/11/2026 09:00:00', '', 'Left at 11'],
      namedValues: { Timestamp: ['30/11/2026 09:00:00'], 'Attended?': [''], Notes: ['Left at 11'] },
    });
    ws.forms.editEventValues = 'all';
    ok(addOn.submitFormResponse(formId, { 'Attended?': 'Yes', Notes: 'Left at 12' }, edit));
    expect(events(ws)[3]?.values).toEqual(['30/11/2026 09:00:00', 'Yes', 'Left at 12']);
  });

  it('a failing handler is recorded in executions and swallowed; the response and its row stay', () => {
    const { addOn, ws, formId } = load();
    ws.properties.store('script').set('fail', 'yes');
    const result = ok(addOn.submitFormResponse(formId, { 'Attended?': 'Yes' }));
    expect(result.triggerRuns[0]?.error).toBe('handler failed');
    expect(addOn.executions.at(-1)?.error).toBe('handler failed');
    expect(ws.forms.form(formId).responses).toHaveLength(1);
    expect(ws.spreadsheet.sheet('Form Responses 1').lastRow()).toBe(2);
  });

  it('fireTriggers: false stores the response and writes the row but runs nothing (a lost trigger run)', () => {
    const { addOn, ws, formId } = load();
    const result = ok(
      addOn.submitFormResponse(formId, { 'Attended?': 'Yes' }, { fireTriggers: false }),
    );
    expect(result.triggerRuns).toEqual([]);
    expect(events(ws)).toEqual([]);
    expect(ws.spreadsheet.sheet('Form Responses 1').lastRow()).toBe(2);
  });

  it('a refused submission fires nothing and is returned as { ok: false, reason }', () => {
    const { addOn, ws, formId } = load();
    ws.forms.form(formId).acceptingResponses = false;
    const before = addOn.executions.length;
    expect(addOn.submitFormResponse(formId, { 'Attended?': 'Yes' })).toMatchObject({
      ok: false,
      code: 'closed',
    });
    expect(addOn.executions).toHaveLength(before);
  });

  it('`at` moves the virtual clock first: the response is stamped then', () => {
    const { addOn, ws, formId } = load();
    const { responseId } = ok(
      addOn.submitFormResponse(formId, { 'Attended?': 'Yes' }, { at: '2026-11-30T10:15:00Z' }),
    );
    expect(ws.forms.form(formId).responses.find((r) => r.id === responseId)?.timestamp).toBe(
      Date.parse('2026-11-30T10:15:00Z'),
    );
  });
});

describe(`one ON_FORM_SUBMIT trigger per user per document (${EDITOR_TRIGGERS}) [doc]`, () => {
  it('a second form-submit trigger for the same user is refused; a colleague may have their own', () => {
    const { addOn, ws, formId } = load();
    expect(() => addOn.run('installSubmitTrigger')).toThrow(
      addOnDuplicateMessage('ON_FORM_SUBMIT'),
    );
    addOn.execute('installSubmitTrigger', {
      kind: 'menu',
      activeUser: COLLEAGUE,
      effectiveUser: COLLEAGUE,
    });
    const runs = ok(addOn.submitFormResponse(formId, { 'Attended?': 'Yes' })).triggerRuns;
    expect(runs).toHaveLength(2);
    expect(events(ws).map((e) => e.user)).toEqual([DSL, COLLEAGUE]);
  });
});

describe('FormApp through the runtime', () => {
  it('every call is counted as Class.method (emulator/runtime/expose.ts)', () => {
    const { ws } = load();
    expect(ws.meter.countOf('FormApp.create')).toBe(1);
    expect(ws.meter.countOf('MultipleChoiceItem.setChoiceValues', 'Form.setDestination')).toBe(2);
  });

  it('without the forms scope FormApp.openById is refused with the permission message [doc]', () => {
    const { addOn, ws, formId } = load();
    ws.grantedScopes.delete(`${SCOPE}forms`);
    expect(() => addOn.execute('formTitle', { kind: 'menu', args: [formId] })).toThrow(
      'You do not have permission to call FormApp.openById. Required permissions: https://www.googleapis.com/auth/forms',
    );
  });
});
