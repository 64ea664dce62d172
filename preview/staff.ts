// The sample school's staff who may sit at the preview's keyboard: the DSL who set the workbook up, and colleagues.
import { SAMPLE_SETTINGS } from './sample-rows';
import type { StaffView } from './shared/api';

/**
 * Roles as the sample's Settings names them, the DSL first: SAMPLE_USER, who set the workbook up.
 * Each person's email is the one Settings holds, so the digests they get are theirs.
 */
const ROLES = ['DSL', 'Head of Pastoral Care', 'SENDCO', 'Attendance lead', 'Head teacher'];

export const STAFF: readonly StaffView[] = ROLES.map((role) => {
  const email = SAMPLE_SETTINGS[`${role} email`];
  if (!email) throw new Error(`The sample school's Settings has no ${role} email`);
  return { role, email };
});

export function isStaff(email: string): boolean {
  return STAFF.some((person) => person.email === email);
}
