// The Providers sheet: one row per provider, its columns exactly as DOMAIN.md §4 lists them.
import { choice, date, defineSheet, email, phone, text, yesNo, type RecordOf } from '../columns';

export const REGISTRATIONS = [
  'Registered school',
  'FE college',
  'Registered independent school',
  'Unregistered',
] as const;

/** School census AP module setting types for unregistered settings (DOMAIN.md §3). */
export const SETTING_TYPES = ['NFE', 'OOT', 'OTH', 'WBP'] as const;

export const Providers = defineSheet('Providers', {
  provider: text('Provider'),
  registration: choice('Registration', REGISTRATIONS),
  urn: text('URN'),
  ukprn: text('UKPRN'),
  settingType: choice('Setting type', SETTING_TYPES),
  address: text('Address'),
  otherSites: text('Other sites'),
  contactName: text('Contact name'),
  contactEmail: email('Contact email'),
  contactPhone: phone('Contact phone'),
  dslName: text('DSL name'),
  dslEmail: email('DSL email'),
  safeguardingConfirmationRequested: date('Safeguarding confirmation requested'),
  safeguardingConfirmationReceived: date('Safeguarding confirmation received'),
  safeguardingConfirmationExpires: date('Safeguarding confirmation expires'),
  insuranceExpiry: date('Insurance expiry'),
  riskAssessmentDate: date('Risk assessment date'),
  lastQaVisit: date('Last QA visit'),
  approved: yesNo('Approved'),
  notes: text('Notes'),
  checks: text('Checks', { owner: 'add-on' }),
});

export type Provider = RecordOf<typeof Providers>;
