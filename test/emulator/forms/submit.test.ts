// A respondent submitting (host side, FormsState.submit): what Google refuses, and what it stores.
import { closedMessage } from '../../../emulator/forms/submit';
import { attendanceForm, FORM_REF, RESPONSE_REF, setUp } from './setup';

/** Google Workspace Updates, Dec 2024 (quoted in /work/research/forms.md section 2a). */
const UPDATES =
  'Workspace Updates, "Adding granular control options for who can respond to Google Forms"';

describe('refusals (emulator/forms/submit.ts)', () => {
  it(`an unpublished form takes no response: "Form creators must publish their form to enable responders to … submit a response" (${UPDATES}) [doc]`, () => {
    const { ws, formApp } = setUp();
    const { form } = attendanceForm(formApp);
    form.setPublished(false);
    expect(ws.forms.submit(form.getId(), { 'Attended?': 'Yes' })).toMatchObject({
      ok: false,
      code: 'unpublished',
    });
    expect(form.getResponses()).toEqual([]);
  });

  it(`a form not accepting responses shows the custom closed message, else a default (${FORM_REF}#setCustomClosedFormMessage(String)) [doc; default wording open]`, () => {
    const { ws, formApp } = setUp();
    const { form } = attendanceForm(formApp);
    form.setAcceptingResponses(false);
    const record = ws.forms.form(form.getId());
    expect(ws.forms.submit(form.getId(), { 'Attended?': 'Yes' })).toEqual({
      ok: false,
      code: 'closed',
      reason: closedMessage(record),
    });
    expect(closedMessage(record)).toContain('is no longer accepting responses');
    form.setCustomClosedFormMessage('Closed for half term');
    expect(ws.forms.submit(form.getId(), { 'Attended?': 'Yes' })).toMatchObject({
      reason: 'Closed for half term',
    });
  });

  it(`an edit is refused unless the form allows response edits (${RESPONSE_REF}#getEditResponseUrl()) [doc]`, () => {
    const { ws, formApp } = setUp();
    const { form } = attendanceForm(formApp);
    const first = ws.forms.submit(form.getId(), { 'Attended?': 'Yes' });
    if (!first.ok) throw new Error(first.reason);
    const edit = { editResponseId: first.responseId };
    expect(ws.forms.submit(form.getId(), { 'Attended?': 'No' }, edit)).toMatchObject({
      ok: false,
      code: 'edits-disabled',
    });
    form.setAllowResponseEdits(true);
    expect(ws.forms.submit(form.getId(), { 'Attended?': 'No' }, edit)).toMatchObject({ ok: true });
  });

  it('a multiple-choice answer must be one of the choices, unless the "Other" option is shown [doc: MultipleChoiceItem.showOtherOption]', () => {
    const { ws, formApp } = setUp();
    const { form, attended } = attendanceForm(formApp);
    expect(ws.forms.submit(form.getId(), { 'Attended?': 'Late' })).toMatchObject({
      ok: false,
      code: 'invalid-choice',
    });
    attended.showOtherOption(true);
    expect(ws.forms.submit(form.getId(), { 'Attended?': 'Late' })).toMatchObject({ ok: true });
  });

  it('a required question must be answered [doc: setRequired]', () => {
    const { ws, formApp } = setUp();
    const { form } = attendanceForm(formApp);
    expect(ws.forms.submit(form.getId(), { Notes: 'no show' })).toMatchObject({
      ok: false,
      code: 'required',
    });
  });

  it('answers are keyed by item id or by question title; an unknown key is refused', () => {
    const { ws, formApp } = setUp();
    const { form, attended, notes } = attendanceForm(formApp);
    expect(
      ws.forms.submit(form.getId(), { [attended.getId()]: 'Yes', Notes: 'On time' }),
    ).toMatchObject({ ok: true });
    expect(ws.forms.form(form.getId()).responses[0]?.answers).toEqual([
      { itemId: attended.getId(), response: 'Yes' },
      { itemId: notes.getId(), response: 'On time' },
    ]);
    expect(ws.forms.submit(form.getId(), { 'Attended?': 'Yes', Mood: 'fine' })).toMatchObject({
      ok: false,
      code: 'unknown-item',
    });
  });

  it(`getRespondentEmail is "" unless the form collects addresses; collecting, an address is needed (${RESPONSE_REF}#getRespondentEmail()) [doc; "" vs null open]`, () => {
    const { ws, formApp } = setUp();
    const { form } = attendanceForm(formApp);
    ws.forms.submit(form.getId(), { 'Attended?': 'Yes' }, { respondentEmail: 'ap@provider.org' });
    expect(form.getResponses()[0]?.getRespondentEmail()).toBe('');
    form.setCollectEmail(true);
    expect(ws.forms.submit(form.getId(), { 'Attended?': 'Yes' })).toMatchObject({
      ok: false,
      code: 'email-required',
    });
    ws.forms.submit(form.getId(), { 'Attended?': 'No' }, { respondentEmail: 'ap@provider.org' });
    expect(form.getResponses()[1]?.getRespondentEmail()).toBe('ap@provider.org');
  });

  it(`setLimitOneResponsePerUser: one response per signed-in respondent (${FORM_REF}#setLimitOneResponsePerUser(Boolean)) [doc; wording open]`, () => {
    const { ws, formApp } = setUp();
    const { form } = attendanceForm(formApp);
    form.setLimitOneResponsePerUser(true);
    const as = { respondentEmail: 'ap@provider.org' };
    expect(ws.forms.submit(form.getId(), { 'Attended?': 'Yes' })).toMatchObject({
      code: 'sign-in-required',
    });
    expect(ws.forms.submit(form.getId(), { 'Attended?': 'Yes' }, as)).toMatchObject({ ok: true });
    expect(ws.forms.submit(form.getId(), { 'Attended?': 'No' }, as)).toMatchObject({
      code: 'already-responded',
    });
  });
});
