// Form settings: publishing (Google's 2025-26 change), accepting responses, edits, email, sign-in.
import { PUBLISHED_UNTIL } from '../../../emulator/forms/state';
import { UNPUBLISHED } from '../../../emulator/forms/form';
import { FORM_REF, setUp } from './setup';

const API_CHANGE =
  'https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms';
const PUBLISH = 'https://developers.google.com/workspace/forms/api/guides/publish-form';

describe(`publishing (${API_CHANGE}) [doc]`, () => {
  it('FormApp.create(title) after June 30, 2026 makes an unpublished form (newFormsPublished "by-date"; FormApp following the API is [open])', () => {
    const { ws, formApp } = setUp({ now: '2026-11-30T08:00:00Z' });
    expect(ws.forms.newFormsPublished).toBe('by-date');
    const form = formApp.create('Attendance');
    expect(form.isPublished()).toBe(false);
    expect(form.isAcceptingResponses()).toBe(false);
  });

  it('until June 30, 2026 it makes a published form, accepting responses', () => {
    const { formApp } = setUp({ now: PUBLISHED_UNTIL - 1 });
    const form = formApp.create('Attendance');
    expect([form.isPublished(), form.isAcceptingResponses()]).toEqual([true, true]);
  });

  it('create(title, isPublished) chooses; the switch pins the default either way', () => {
    const { ws, formApp } = setUp();
    expect(formApp.create('A', true).isPublished()).toBe(true);
    ws.forms.newFormsPublished = true;
    expect(formApp.create('B').isPublished()).toBe(true);
    expect(formApp.create('C', false).isPublished()).toBe(false);
  });

  it(`setPublished(true) "also enables accepting responses"; setPublished(false) stops them (${PUBLISH}) [doc]`, () => {
    const { formApp } = setUp();
    const form = formApp.create('Attendance', false);
    form.setPublished(true);
    expect([form.isPublished(), form.isAcceptingResponses()]).toEqual([true, true]);
    form.setPublished(false);
    expect([form.isPublished(), form.isAcceptingResponses()]).toEqual([false, false]);
  });

  it('on an unpublished form setAcceptingResponses and getPublishedUrl throw "Operation not supported on unpublished form" [reported]', () => {
    const { formApp } = setUp();
    const form = formApp.create('Attendance', false);
    expect(() => form.setAcceptingResponses(true)).toThrow(UNPUBLISHED);
    expect(() => form.getPublishedUrl()).toThrow(UNPUBLISHED);
  });
});

describe(`settings (${FORM_REF}) [doc]`, () => {
  it('new forms accept responses, allow no edits, collect no email, need no login, allow many responses', () => {
    const { formApp } = setUp();
    const form = formApp.create('Attendance', true);
    expect([
      form.isAcceptingResponses(),
      form.canEditResponse(),
      form.collectsEmail(),
      form.requiresLogin(),
      form.hasLimitOneResponsePerUser(),
    ]).toEqual([true, false, false, false, false]);
  });

  it('setters return the form and are read back: title, description, confirmation and closed messages', () => {
    const { formApp } = setUp();
    const form = formApp.create('Attendance', true);
    expect(
      form.setTitle('Riverside').setDescription('Daily').setConfirmationMessage('Thanks'),
    ).toBe(form);
    form.setCustomClosedFormMessage('Closed for half term').setAcceptingResponses(false);
    form.setAllowResponseEdits(true).setCollectEmail(true).setLimitOneResponsePerUser(true);
    expect([
      form.getTitle(),
      form.getDescription(),
      form.getConfirmationMessage(),
      form.getCustomClosedFormMessage(),
      form.isAcceptingResponses(),
      form.canEditResponse(),
      form.collectsEmail(),
      form.hasLimitOneResponsePerUser(),
    ]).toEqual(['Riverside', 'Daily', 'Thanks', 'Closed for half term', false, true, true, true]);
  });

  it('setRequireLogin is "available only for forms created by Google Workspace users": on a consumer account it throws (throwing, and its wording, are [open])', () => {
    const consumer = setUp({ account: 'consumer' });
    const form = consumer.formApp.create('Attendance', true);
    expect(() => form.setRequireLogin(true)).toThrow('only for Google Workspace accounts');
    const school = setUp({ account: 'workspace' });
    expect(school.formApp.create('Attendance', true).setRequireLogin(true).requiresLogin()).toBe(
      true,
    );
  });
});
