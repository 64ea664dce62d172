// One place for what an execution may call: OAuth scopes from the manifest, AuthMode, and context rules.
import { AppsScriptError } from '../core/emulated';
import type { Execution } from '../core/execution';

const SCOPE = 'https://www.googleapis.com/auth/';

/**
 * The scope each method needs, from the "Authorization" section of its reference page
 * (https://developers.google.com/apps-script/reference). The first entry that matches wins;
 * `anyOf` lists scopes any one of which is enough. Methods not listed need no scope
 * (PropertiesService, CacheService, LockService, Utilities, Logger, HtmlService, menus).
 */
const scopeRules: ReadonlyArray<{ prefix: string; anyOf: readonly string[] }> = [
  // SpreadsheetApp.open*/create reach other files: full spreadsheets only.
  { prefix: 'SpreadsheetApp.open', anyOf: ['spreadsheets'] },
  { prefix: 'SpreadsheetApp.create', anyOf: ['spreadsheets'] },
  { prefix: 'SpreadsheetApp.getUi', anyOf: [] },
  { prefix: 'SpreadsheetApp.newDataValidation', anyOf: [] },
  { prefix: 'SpreadsheetApp.', anyOf: ['spreadsheets.currentonly', 'spreadsheets'] },
  ...[
    'Spreadsheet.',
    'Sheet.',
    'Range.',
    'RangeList.',
    'Selection.',
    'Protection.',
    'EmbeddedChart', // EmbeddedChart. and EmbeddedChartBuilder.
    'DeveloperMetadata', // DeveloperMetadata. and DeveloperMetadataFinder.
  ].map((prefix) => ({ prefix, anyOf: ['spreadsheets.currentonly', 'spreadsheets'] })),
  { prefix: 'Ui.show', anyOf: ['script.container.ui'] },
  // FormApp (https://developers.google.com/apps-script/reference/forms): create/open*, Form and
  // its items list only `forms`; getActiveForm and the response getters also take
  // `forms.currentonly` (each method's Authorization section).
  { prefix: 'FormApp.getActiveForm', anyOf: ['forms.currentonly', 'forms'] },
  { prefix: 'FormResponse.', anyOf: ['forms.currentonly', 'forms'] },
  { prefix: 'ItemResponse.', anyOf: ['forms.currentonly', 'forms'] },
  ...[
    'FormApp.',
    'Form.',
    'Item.',
    'MultipleChoiceItem.',
    'TextItem.',
    'ParagraphTextItem.',
    'SectionHeaderItem.',
    'Choice.',
  ].map((prefix) => ({ prefix, anyOf: ['forms'] })),
  { prefix: 'MailApp.', anyOf: ['script.send_mail'] },
  { prefix: 'ScriptApp.newTrigger', anyOf: ['script.scriptapp'] },
  { prefix: 'ScriptApp.getProjectTriggers', anyOf: ['script.scriptapp'] },
  { prefix: 'ScriptApp.getUserTriggers', anyOf: ['script.scriptapp'] },
  { prefix: 'ScriptApp.deleteTrigger', anyOf: ['script.scriptapp'] },
  { prefix: 'TriggerBuilder.', anyOf: ['script.scriptapp'] },
  { prefix: 'ClockTriggerBuilder.', anyOf: ['script.scriptapp'] },
  { prefix: 'SpreadsheetTriggerBuilder.', anyOf: ['script.scriptapp'] },
  { prefix: 'Session.getActiveUser', anyOf: ['userinfo.email'] },
  { prefix: 'Session.getEffectiveUser', anyOf: ['userinfo.email'] },
  { prefix: 'DriveApp.', anyOf: ['drive'] },
  { prefix: 'DocumentApp.', anyOf: ['documents', 'documents.currentonly'] },
  { prefix: 'Document.', anyOf: ['documents', 'documents.currentonly'] },
  // Docs API v1 / Drive API v3 "Authorization scopes" of each method's reference page.
  {
    prefix: 'Docs.Documents.get',
    anyOf: ['documents', 'documents.readonly', 'drive', 'drive.readonly', 'drive.file'],
  },
  { prefix: 'Docs.', anyOf: ['documents', 'drive', 'drive.file'] },
  { prefix: 'Drive.Files.get', anyOf: ['drive', 'drive.readonly', 'drive.file'] },
  { prefix: 'Drive.Files.list', anyOf: ['drive', 'drive.readonly', 'drive.file'] },
  { prefix: 'Drive.', anyOf: ['drive', 'drive.file'] },
  // Sheets API v4 "Authorization scopes" of each method's reference page: reads also take the
  // read-only scopes; `spreadsheets.currentonly` is Apps Script's own and reaches no API.
  {
    prefix: 'Sheets.Spreadsheets.get',
    anyOf: ['spreadsheets', 'spreadsheets.readonly', 'drive', 'drive.readonly', 'drive.file'],
  },
  {
    prefix: 'Sheets.Spreadsheets.Values.get',
    anyOf: ['spreadsheets', 'spreadsheets.readonly', 'drive', 'drive.readonly', 'drive.file'],
  },
  {
    prefix: 'Sheets.Spreadsheets.Values.batchGet',
    anyOf: ['spreadsheets', 'spreadsheets.readonly', 'drive', 'drive.readonly', 'drive.file'],
  },
  { prefix: 'Sheets.', anyOf: ['spreadsheets', 'drive', 'drive.file'] },
];

/** In AuthMode.NONE only building the menu is safe (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes). */
const allowedInNone = [
  'SpreadsheetApp.getUi',
  'Ui.createMenu',
  'Ui.createAddonMenu',
  'Menu.',
  'Logger.',
  'console.',
];

/** A simple trigger cannot use services that need authorisation, beyond the file it is bound to. https://developers.google.com/apps-script/guides/triggers#restrictions */
const limitedScopes = new Set(['spreadsheets.currentonly', 'userinfo.email']);

/** Execution time limits: https://developers.google.com/apps-script/guides/services/quotas#current_limitations */
export function timeLimitMs(exec: Execution): number {
  return exec.kind === 'simple-trigger' || exec.authMode === 'CUSTOM_FUNCTION' ? 30_000 : 360_000;
}

export function requiredScopes(method: string): readonly string[] {
  return scopeRules.find((r) => method.startsWith(r.prefix))?.anyOf ?? [];
}

/** Google's permission error for a call the granted scopes do not cover. */
export function denied(method: string, scopes: readonly string[]): AppsScriptError {
  const list = scopes.map((s) => SCOPE + s).join(',');
  return new AppsScriptError(
    `You do not have permission to call ${method}. Required permissions: ${list}`,
  );
}

export function checkPermission(exec: Execution, method: string): void {
  if (exec.authMode === 'NONE' && !allowedInNone.some((p) => method.startsWith(p))) {
    throw new AppsScriptError('Authorization is required to perform that action.');
  }
  if (method === 'SpreadsheetApp.getUi' && exec.kind === 'time-trigger') {
    throw new AppsScriptError('Cannot call SpreadsheetApp.getUi() from this context.');
  }
  const needed = requiredScopes(method);
  if (needed.length === 0) return;
  const granted = exec.workspace.grantedScopes;
  if (!needed.some((s) => granted.has(SCOPE + s))) throw denied(method, needed);
  if (exec.authMode === 'LIMITED' && !needed.some((s) => limitedScopes.has(s))) {
    throw denied(method, needed);
  }
}
