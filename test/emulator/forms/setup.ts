// Shared set-up for the FormApp tests: a workspace, an execution as the DSL, FormApp, and rule URLs.
import { directExecution } from '../../../emulator/core/direct';
import { FormApp } from '../../../emulator/forms/form-app';
import { Workspace } from '../../../emulator/workspace';

export const DSL = 'dsl@example.sch.uk';
export const COLLEAGUE = 'colleague@example.sch.uk';
export const SCOPE = 'https://www.googleapis.com/auth/';
export const FORM_REF = 'https://developers.google.com/apps-script/reference/forms/form';
export const FORM_APP_REF = 'https://developers.google.com/apps-script/reference/forms/form-app';
export const RESPONSE_REF =
  'https://developers.google.com/apps-script/reference/forms/form-response';
export const EVENTS =
  'https://developers.google.com/apps-script/guides/triggers/events#form-submit';

type WorkspaceOptions = ConstructorParameters<typeof Workspace>[0];

export function setUp(options: WorkspaceOptions = {}, effectiveUser = DSL) {
  const ws = new Workspace({ now: '2026-11-30T08:00:00Z', user: DSL, ...options });
  const exec = directExecution(ws, { effectiveUser, activeUser: effectiveUser });
  return { ws, exec, formApp: new FormApp(exec) };
}

/** A published form with a required multiple-choice question and an optional paragraph. */
export function attendanceForm(formApp: FormApp, title = 'Riverside AP attendance') {
  const form = formApp.create(title, true);
  const attended = form
    .addMultipleChoiceItem()
    .setTitle('Attended?')
    .setChoiceValues(['Yes', 'No'])
    .setRequired(true);
  const notes = form.addParagraphTextItem().setTitle('Notes');
  return { form, attended, notes };
}
