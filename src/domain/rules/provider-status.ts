// Whether a provider's safeguarding confirmation, insurance and risk assessment are in place (P7, P12).
import type { IsoDate } from '../cells';
import { addDays, addMonths, formatDate, isIsoDate } from '../calendar/iso-date';
import type { Provider } from '../sheets/providers';

/** A confirmation lasts a year unless Providers says otherwise (DOMAIN.md §4). */
export const CONFIRMATION_MONTHS = 12;

/** Registrations that make the provider a school a pupil can be dual registered at (code D). */
const SCHOOLS = new Set(['Registered school', 'Registered independent school']);

export function isRegisteredSchool(provider: Provider): boolean {
  return provider.registration !== undefined && SCHOOLS.has(provider.registration);
}

/** The last day the confirmation covers: Safeguarding confirmation expires, else received + 12 months. */
export function safeguardingConfirmationExpiry(provider: Provider): IsoDate | undefined {
  if (isIsoDate(provider.safeguardingConfirmationExpires)) {
    return provider.safeguardingConfirmationExpires;
  }
  const received = provider.safeguardingConfirmationReceived;
  return isIsoDate(received) ? addMonths(received, CONFIRMATION_MONTHS) : undefined;
}

/** A day is past when it is before today: a confirmation expiring today still covers today. */
export function hasExpired(expiry: IsoDate, today: IsoDate): boolean {
  return expiry < today;
}

/** True when the day falls within the next `days` days (today included), not already past. */
export function expiresWithin(expiry: IsoDate, today: IsoDate, days: number): boolean {
  const limit = addDays(today, days);
  return !hasExpired(expiry, today) && limit !== undefined && expiry <= limit;
}

function name(provider: Provider): string {
  return provider.provider ?? 'the provider';
}

/** Why the provider's written confirmation of staff checks is not in place (P12, KCSIE), if it is not. */
export function safeguardingGap(provider: Provider, today: IsoDate): string | undefined {
  if (!isIsoDate(provider.safeguardingConfirmationReceived)) {
    return `no safeguarding confirmation from ${name(provider)} is recorded on Providers`;
  }
  const expiry = safeguardingConfirmationExpiry(provider);
  if (expiry !== undefined && hasExpired(expiry, today)) {
    return `the safeguarding confirmation from ${name(provider)} expired on ${formatDate(expiry)}`;
  }
  return undefined;
}

/** Why the provider's insurance is not known to be in force (P7: "at all times"), if it is not. */
export function insuranceGap(provider: Provider, today: IsoDate): string | undefined {
  const expiry = provider.insuranceExpiry;
  if (!isIsoDate(expiry))
    return `no Insurance expiry for ${name(provider)} is recorded on Providers`;
  if (hasExpired(expiry, today)) {
    return `the insurance of ${name(provider)} expired on ${formatDate(expiry)}`;
  }
  return undefined;
}

/** Why there is no risk assessment of the provision itself (P7), if there is not. */
export function providerRiskAssessmentGap(provider: Provider): string | undefined {
  return isIsoDate(provider.riskAssessmentDate)
    ? undefined
    : `no Risk assessment date for ${name(provider)} is recorded on Providers`;
}
