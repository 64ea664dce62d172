// A set-up school with Settings filled in, its templates in the emulated Drive, and ways to read what generation made.
import type { Workspace } from '../../../emulator';
import type { TemplateKind } from '../../../src/domain/documents/model';
import { SCHOOL_SETTINGS } from '../../unit/documents/fixtures';
import { school, type Cells, type School } from '../support/school';

export { AWKWARD_PLACEMENT, AWKWARD_PROVIDER } from '../../unit/documents/fixtures';

/** The fixtures' Settings (names with apostrophes and an ampersand), as the school types them. */
export const SETTINGS_TYPED: Cells = {
  'School name': SCHOOL_SETTINGS.schoolName,
  'School URN': SCHOOL_SETTINGS.schoolUrn,
  'Local authority': SCHOOL_SETTINGS.localAuthority,
  'Head teacher name': SCHOOL_SETTINGS.headTeacherName,
  'Head teacher email': SCHOOL_SETTINGS.headTeacherEmail,
  'DSL name': SCHOOL_SETTINGS.dslName,
  'DSL email': SCHOOL_SETTINGS.dslEmail,
  'SENDCO name': SCHOOL_SETTINGS.sendcoName,
  'SENDCO email': SCHOOL_SETTINGS.sendcoEmail,
  'Head of Pastoral Care name': SCHOOL_SETTINGS.headOfPastoralCareName,
  'Head of Pastoral Care email': SCHOOL_SETTINGS.headOfPastoralCareEmail,
  'LA notification email': SCHOOL_SETTINGS.laNotificationEmail,
};

/** A Settings row's value, found by its Setting name. */
export function setting(ws: Workspace, name: string): string {
  const row = ws.spreadsheet
    .sheet('Settings')
    .values()
    .find((r) => r[0] === name);
  return row ? String(row[1]) : '';
}

export function templateId(ws: Workspace, kind: TemplateKind): string {
  return setting(ws, `Template: ${kind.name}`);
}

/** Staff typing Settings values next to the names setup wrote. */
export function typeSettings(s: School, values: Cells): void {
  const rows = s.ws.spreadsheet.sheet('Settings').values();
  for (const [name, value] of Object.entries(values)) {
    const row = rows.findIndex((r) => r[0] === name);
    if (row < 0) throw new Error(`No ${name} on Settings`);
    s.ws.spreadsheet.userEdit(s.ws.user, 'Settings', `B${row + 1}`, [[value]]);
  }
}

/** Setup run (templates made), Settings typed in, providers and placements typed; meter reset. */
export function documentsSchool(
  placements: readonly Cells[],
  options: { providers?: readonly Cells[]; now?: string } = {},
): School {
  const s = school(placements, options);
  typeSettings(s, SETTINGS_TYPED);
  s.ws.meter.reset();
  return s;
}

/** The Google Docs in the documents folder that are not templates: what generation made. */
export function madeDocuments(ws: Workspace) {
  const folder = setting(ws, 'Documents folder id');
  return ws.drive.children(folder).filter((f) => f.mimeType.endsWith('.document'));
}

/** Documents sheet rows (Created, Subject, Document, Link, Created by) under the header. */
export function documentRows(ws: Workspace): unknown[][] {
  return ws.spreadsheet.sheet('Documents').values().slice(1);
}

export function logRows(ws: Workspace): unknown[][] {
  return ws.spreadsheet.sheet('Log').values().slice(1);
}

export function lastMessage(ws: Workspace): string {
  return ws.ui.alerts[ws.ui.alerts.length - 1]?.prompt ?? '';
}
