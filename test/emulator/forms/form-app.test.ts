// FormApp: creating a form, opening one by id or URL, who may reach it, and the scopes it takes.
import { directExecution } from '../../../emulator/core/direct';
import { NO_SUCH_FORM } from '../../../emulator/forms/access';
import { FormApp } from '../../../emulator/forms/form-app';
import { FORM } from '../../../emulator/forms/state';
import { checkPermission, requiredScopes } from '../../../emulator/runtime/permissions';
import { COLLEAGUE, DSL, FORM_APP_REF, FORM_REF, SCOPE, setUp } from './setup';

describe(`FormApp.create (${FORM_APP_REF}#create(String)) [doc]`, () => {
  it('makes a form owned by the effective user, a Drive file of the form mimeType named by the title', () => {
    const { ws, formApp } = setUp();
    const form = formApp.create('Riverside AP attendance');
    const record = ws.forms.form(form.getId());
    expect(record).toMatchObject({ title: 'Riverside AP attendance', owner: DSL, items: [] });
    expect(ws.drive.get(form.getId())).toMatchObject({
      name: 'Riverside AP attendance',
      mimeType: FORM,
      owner: DSL,
      parents: [ws.drive.rootId],
    });
    expect(form.getTitle()).toBe('Riverside AP attendance');
  });

  it('"Throws an exception if the given title is null or empty" (wording [open])', () => {
    const { formApp } = setUp();
    expect(() => formApp.create('')).toThrow('Invalid argument: title');
  });

  it(`getEditUrl is …/forms/d/<id>/edit; getPublishedUrl …/forms/d/e/<publishedId>/viewform (${FORM_REF}#getPublishedUrl()) [doc]`, () => {
    const { ws, formApp } = setUp();
    const form = formApp.create('Attendance', true);
    const { publishedId } = ws.forms.form(form.getId());
    expect(form.getEditUrl()).toBe(`https://docs.google.com/forms/d/${form.getId()}/edit`);
    expect(form.getPublishedUrl()).toBe(
      `https://docs.google.com/forms/d/e/${publishedId}/viewform`,
    );
    expect(publishedId).toMatch(/^1FAIpQLS[A-Za-z0-9_-]{48}$/);
  });
});

describe(`FormApp.openById / openByUrl (${FORM_APP_REF}#openById(String))`, () => {
  it('opens a form the effective user owns or edits', () => {
    const { ws, formApp } = setUp();
    const mine = formApp.create('Mine');
    const shared = ws.forms.addPersonForm({ title: 'Shared', owner: COLLEAGUE, editors: [DSL] });
    expect(formApp.openById(mine.getId()).getTitle()).toBe('Mine');
    expect(formApp.openById(shared.id).getTitle()).toBe('Shared');
  });

  it('refuses a form the user neither owns nor edits, or that does not exist, with DocumentApp\'s "No item with the given ID…" [reported]', () => {
    const { ws, formApp } = setUp();
    const theirs = ws.forms.addPersonForm({ title: 'Theirs', owner: COLLEAGUE });
    expect(() => formApp.openById(theirs.id)).toThrow(NO_SUCH_FORM);
    expect(() => formApp.openById('1NoSuchForm')).toThrow(NO_SUCH_FORM);
    // The same form opens for its owner.
    const owner = new FormApp(directExecution(ws, { effectiveUser: COLLEAGUE }));
    expect(owner.openById(theirs.id).getTitle()).toBe('Theirs');
  });

  it("openByUrl takes the editor URL and the …/viewform URL Sheet.getFormUrl gives [reported]; not the respondents' /d/e/ URL [open]", () => {
    const { formApp } = setUp();
    const form = formApp.create('Attendance', true);
    const id = form.getId();
    expect(formApp.openByUrl(`https://docs.google.com/forms/d/${id}/edit`).getId()).toBe(id);
    expect(formApp.openByUrl(`https://docs.google.com/forms/d/${id}/viewform`).getId()).toBe(id);
    expect(() => formApp.openByUrl(form.getPublishedUrl())).toThrow('Invalid argument: url');
  });
});

describe(`FormApp scopes (${FORM_APP_REF}: each method's Authorization section) [doc]`, () => {
  it('create/openById/openByUrl and Form and item methods take only the forms scope', () => {
    for (const method of [
      'FormApp.create',
      'FormApp.openById',
      'FormApp.openByUrl',
      'Form.setDestination',
      'Item.getTitle',
      'MultipleChoiceItem.setChoiceValues',
      'TextItem.setRequired',
      'ParagraphTextItem.setTitle',
    ]) {
      expect([method, requiredScopes(method)]).toEqual([method, ['forms']]);
    }
  });

  it('getActiveForm and the response getters also take forms.currentonly', () => {
    for (const method of [
      'FormApp.getActiveForm',
      'FormResponse.getId',
      'ItemResponse.getResponse',
    ]) {
      expect([method, requiredScopes(method)]).toEqual([method, ['forms.currentonly', 'forms']]);
    }
  });

  it("forms.currentonly is not enough to create or open a form: Apps Script's permission message", () => {
    const { ws, exec } = setUp();
    ws.grantedScopes = new Set([`${SCOPE}forms.currentonly`, `${SCOPE}spreadsheets.currentonly`]);
    expect(() => checkPermission(exec, 'FormApp.create')).toThrow(
      'You do not have permission to call FormApp.create. Required permissions: https://www.googleapis.com/auth/forms',
    );
    expect(() => checkPermission(exec, 'FormApp.openById')).toThrow('Required permissions');
    ws.grantedScopes.add(`${SCOPE}forms`);
    expect(() => checkPermission(exec, 'FormApp.create')).not.toThrow();
  });

  it('a simple trigger (LIMITED) cannot use FormApp (https://developers.google.com/apps-script/guides/triggers#restrictions)', () => {
    const { ws } = setUp();
    ws.grantedScopes = new Set([`${SCOPE}forms`]);
    const simple = directExecution(ws, { authMode: 'LIMITED', kind: 'simple-trigger' });
    expect(() => checkPermission(simple, 'FormApp.openById')).toThrow('You do not have permission');
  });
});
