// FormResponse and ItemResponse: ids, timestamps, edits, getResponses(timestamp), the answers.
import { attendanceForm, FORM_REF, RESPONSE_REF, setUp } from './setup';

const ITEM_RESPONSE = 'https://developers.google.com/apps-script/reference/forms/item-response';

function submitted(
  ws: ReturnType<typeof setUp>['ws'],
  formId: string,
  answers: Record<string, string>,
  editResponseId?: string,
) {
  const result = ws.forms.submit(formId, answers, editResponseId ? { editResponseId } : {});
  if (!result.ok) throw new Error(result.reason);
  return result.responseId;
}

describe(`FormResponse (${RESPONSE_REF})`, () => {
  it('each response has a string id like "2_ABaOnu…"; getResponse(id) finds it [doc]', () => {
    const { ws, formApp } = setUp();
    const { form } = attendanceForm(formApp);
    const a = submitted(ws, form.getId(), { 'Attended?': 'Yes' });
    const b = submitted(ws, form.getId(), { 'Attended?': 'No' });
    expect(a).toMatch(/^2_ABaOnu/);
    expect(a).not.toBe(b);
    expect(form.getResponse(b).getId()).toBe(b);
    expect(form.getResponses().map((r) => r.getId())).toEqual([a, b]);
  });

  it('an edit keeps the response id and moves its timestamp to the edit ([open]: the REST API keeps one responseId with lastSubmittedTime)', () => {
    const { ws, formApp } = setUp();
    const { form } = attendanceForm(formApp);
    form.setAllowResponseEdits(true);
    const id = submitted(ws, form.getId(), { 'Attended?': 'Yes' });
    const before = form.getResponse(id);
    ws.clock.advance(60 * 60 * 1000);
    expect(submitted(ws, form.getId(), { 'Attended?': 'No' }, id)).toBe(id);
    const after = form.getResponse(id);
    expect(after.getTimestamp().getTime() - before.getTimestamp().getTime()).toBe(60 * 60 * 1000);
    expect(after.getItemResponses()[0]?.getResponse()).toBe('No');
    // A FormResponse is a copy taken when the script got it.
    expect(before.getItemResponses()[0]?.getResponse()).toBe('Yes');
    expect(form.getResponses()).toHaveLength(1);
  });

  it(`getResponses(timestamp): responses "after a given date and time", strictly by default; "at-or-after" by switch (${FORM_REF}#getResponses(Date)) [doc, boundary open]`, () => {
    const { ws, formApp } = setUp();
    const { form } = attendanceForm(formApp);
    submitted(ws, form.getId(), { 'Attended?': 'Yes' });
    const at = ws.clock.date();
    ws.clock.advance(1000);
    const later = submitted(ws, form.getId(), { 'Attended?': 'No' });
    expect(form.getResponses(at).map((r) => r.getId())).toEqual([later]);
    ws.forms.responsesAfter = 'at-or-after';
    expect(form.getResponses(at)).toHaveLength(2);
  });

  it("getEditResponseUrl is the respondents' URL with edit2=<response id> [open: form of the link]", () => {
    const { ws, formApp } = setUp();
    const { form } = attendanceForm(formApp);
    const id = submitted(ws, form.getId(), { 'Attended?': 'Yes' });
    expect(form.getResponse(id).getEditResponseUrl()).toBe(`${form.getPublishedUrl()}?edit2=${id}`);
  });

  it(`getItemResponses: form order; an unanswered text item gives "", an unanswered choice is left out [doc]`, () => {
    const { ws, formApp } = setUp();
    const { form, attended } = attendanceForm(formApp);
    attended.setRequired(false);
    const id = submitted(ws, form.getId(), {});
    expect(
      form
        .getResponse(id)
        .getItemResponses()
        .map((r) => [r.getItem().getTitle(), r.getResponse()]),
    ).toEqual([['Notes', '']]);
  });

  it(`ItemResponse.getItem/getResponse: a String for multiple choice and text (${ITEM_RESPONSE}) [doc]`, () => {
    const { ws, formApp } = setUp();
    const { form, attended, notes } = attendanceForm(formApp);
    const id = submitted(ws, form.getId(), { 'Attended?': 'Yes', Notes: 'Arrived 9:40' });
    const answers = form.getResponse(id).getItemResponses();
    expect(answers.map((r) => [r.getItem().getId(), r.getResponse()])).toEqual([
      [attended.getId(), 'Yes'],
      [notes.getId(), 'Arrived 9:40'],
    ]);
    expect(
      form.getResponse(id).getResponseForItem(form.getItemById(notes.getId())).getResponse(),
    ).toBe('Arrived 9:40');
  });

  it('answers to a question deleted since are left out of getItemResponses [open]', () => {
    const { ws, formApp } = setUp();
    const { form, notes } = attendanceForm(formApp);
    const id = submitted(ws, form.getId(), { 'Attended?': 'Yes', Notes: 'Arrived 9:40' });
    form.deleteItem(form.getItemById(notes.getId()));
    expect(
      form
        .getResponse(id)
        .getItemResponses()
        .map((r) => r.getResponse()),
    ).toEqual(['Yes']);
  });

  it(`deleteResponse/deleteAllResponses empty the form's store only (${FORM_REF}#deleteAllResponses()) [doc]`, () => {
    const { ws, formApp } = setUp();
    const { form } = attendanceForm(formApp);
    const id = submitted(ws, form.getId(), { 'Attended?': 'Yes' });
    submitted(ws, form.getId(), { 'Attended?': 'No' });
    form.deleteResponse(id);
    expect(form.getResponses()).toHaveLength(1);
    form.deleteAllResponses();
    expect(form.getResponses()).toEqual([]);
  });
});
