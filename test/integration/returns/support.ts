// A school with provider returns on, and a provider answering its form as a respondent would.
import type { FormRecord } from '../../../emulator/forms/records';
import { CLEAN_PROVIDER, placement, type School } from '../support/school';
import { remindingSchool, setSetting } from '../support/reminders';

export const PROVIDER = 'Riverside Skills Centre';
/** Never answers. */
export const HILLTOP = 'Hilltop Tutoring';
/** Answers once, with hostile text. */
export const CANAL = 'Canal Works';

/**
 * Mon 19 Jan 2026 06:40 London: three Active placements at Riverside (Sessions "Mon, Wed AM,
 * Fri PM" each), reminders turned on at 06:50 by the DSL, provider returns On.
 */
export function returnsSchool(now = '2026-01-19T06:40:00Z', withOthers = false): School {
  const others = withOthers
    ? [placement(4, { Provider: HILLTOP }), placement(5, { Provider: CANAL })]
    : [];
  const s = remindingSchool(
    [placement(1, { 'Pupil name': 'Jordan Example' }), placement(2), placement(3), ...others],
    {
      now,
      providers: [
        CLEAN_PROVIDER,
        {
          ...CLEAN_PROVIDER,
          Provider: HILLTOP,
          'Contact email': 'office@hilltop.example',
          'DSL email': 'dsl@hilltop.example',
          'Contact phone': '01632 960001',
        },
        {
          ...CLEAN_PROVIDER,
          Provider: CANAL,
          'Contact email': 'office@canal.example',
          'DSL email': 'dsl@canal.example',
        },
      ],
    },
  );
  setSetting(s, 'Provider returns', 'On');
  s.addOn.advance(10 * 60 * 1000);
  s.addOn.run('installReminders');
  s.ws.meter.reset();
  return s;
}

/** The provider's current form (the one the add-on made for it). */
export function providerForm(s: School, provider = PROVIDER): FormRecord {
  const form = s.ws.forms
    .all()
    .find((f) => f.title.startsWith(`${provider}:`) && f.acceptingResponses);
  if (!form) throw new Error(`No open form for ${provider}`);
  return form;
}

/** The questions a provider sees, by title. */
export function questions(form: FormRecord): string[] {
  return form.items.map((i) => i.title);
}

/** Attendance rows as plain objects by header. */
export function attendance(s: School): Record<string, unknown>[] {
  const [header = [], ...rows] = s.ws.spreadsheet.sheet('Attendance').values();
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

/** Provider returns rows as plain objects by header. */
export function ledger(s: School): Record<string, unknown>[] {
  const sheet = s.ws.spreadsheet.sheet('Provider returns');
  const [header = [], ...rows] = sheet.values();
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}
