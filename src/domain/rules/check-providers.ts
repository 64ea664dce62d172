// Checks each Providers row: confirmation and insurance in date, registration details (DOMAIN.md §5).
import type { IsoDate } from '../cells';
import { daysBetween, formatDate, isIsoDate } from '../calendar/iso-date';
import { Providers, type Provider } from '../sheets/providers';
import type { TableRow } from '../table';
import type { WorkbookSnapshot } from './check-placements';
import { nameKey, PROVIDER } from './context';
import { emailColumnsOf, emailProblems } from './emails';
import { error, sortProblems, warning, type Problem } from './problem';
import { expiresWithin, hasExpired, safeguardingConfirmationExpiry } from './provider-status';

const PROVIDER_EMAILS = emailColumnsOf(Providers);

function inDays(expiry: IsoDate, today: IsoDate): string {
  const days = daysBetween(today, expiry) ?? 0;
  return days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
}

/** Expired is an error, expiring within Expiry warning days a warning (P7, P12, KCSIE). */
function expiryProblems(
  column: string,
  what: string,
  expiry: IsoDate | undefined,
  today: IsoDate,
  warningDays: number,
  fix: string,
): Problem[] {
  if (!isIsoDate(expiry)) return [];
  if (hasExpired(expiry, today)) {
    return [error(column, `${what} expired on ${formatDate(expiry)} — ${fix}`)];
  }
  if (expiresWithin(expiry, today, warningDays)) {
    return [
      warning(
        column,
        `${what} expires on ${formatDate(expiry)} (${inDays(expiry, today)}) — ${fix}`,
      ),
    ];
  }
  return [];
}

/** One provider's own checks. */
export function providerProblems(
  provider: Provider,
  today: IsoDate,
  warningDays: number,
): Problem[] {
  const problems: Problem[] = [];
  if (provider.provider === undefined) {
    problems.push(
      error(PROVIDER.provider, "blank — type the provider's name as placements will use it"),
    );
  }
  const confirmationColumn = isIsoDate(provider.safeguardingConfirmationExpires)
    ? PROVIDER.safeguardingConfirmationExpires
    : PROVIDER.safeguardingConfirmationReceived;
  problems.push(
    ...expiryProblems(
      confirmationColumn,
      'the safeguarding confirmation',
      safeguardingConfirmationExpiry(provider),
      today,
      warningDays,
      'ask the provider for a new written confirmation of its staff checks and record the date it arrives (P12, KCSIE)',
    ),
    ...expiryProblems(
      PROVIDER.insuranceExpiry,
      'the insurance',
      provider.insuranceExpiry,
      today,
      warningDays,
      'see the renewed certificate and record its expiry date (P7: insurance in place at all times)',
    ),
  );
  if (provider.approved === true && !isIsoDate(provider.safeguardingConfirmationReceived)) {
    problems.push(
      warning(
        PROVIDER.safeguardingConfirmationReceived,
        'blank on an Approved provider — ask for written confirmation of its staff checks and record the date it arrives (P12, KCSIE)',
      ),
    );
  }
  if (provider.approved === true && !isIsoDate(provider.insuranceExpiry)) {
    problems.push(
      warning(
        PROVIDER.insuranceExpiry,
        'blank on an Approved provider — see the insurance certificate and record its expiry (P7)',
      ),
    );
  }
  problems.push(...registrationProblems(provider), ...emailProblems(PROVIDER_EMAILS, provider));
  return problems;
}

/** What the school census AP module asks for: URN, UKPRN or setting type (DOMAIN.md §3). */
function registrationProblems(provider: Provider): Problem[] {
  switch (provider.registration) {
    case undefined:
      return [
        warning(
          PROVIDER.registration,
          'blank — choose Registered school, FE college, Registered independent school or Unregistered (the attendance code and registration checks depend on it)',
        ),
      ];
    case 'Unregistered':
      return provider.settingType === undefined
        ? [
            warning(
              PROVIDER.settingType,
              'blank for an unregistered provider — choose NFE, OOT, OTH or WBP for the school census',
              [PROVIDER.settingType, PROVIDER.registration],
            ),
          ]
        : [];
    case 'FE college':
      return provider.ukprn === undefined
        ? [
            warning(
              PROVIDER.ukprn,
              'blank for an FE college — enter its UKPRN (8 digits) for the school census',
              [PROVIDER.ukprn, PROVIDER.registration],
            ),
          ]
        : [];
    default:
      return provider.urn === undefined
        ? [
            warning(
              PROVIDER.urn,
              'blank for a registered school — enter its URN from Get Information about Schools',
              [PROVIDER.urn, PROVIDER.registration],
            ),
          ]
        : [];
  }
}

export interface ProviderCheck {
  readonly rowNumber: number;
  readonly provider: string | undefined;
  readonly problems: readonly Problem[];
}

/** Checks every Providers row; a name on two rows is a warning (placements use the first). */
export function checkProviders(
  snapshot: Pick<WorkbookSnapshot, 'providers' | 'settings'>,
  today: IsoDate,
  options: { rows?: ReadonlySet<number> } = {},
): ProviderCheck[] {
  const firstRowOf = new Map<string, number>();
  for (const { record, rowNumber } of snapshot.providers) {
    const key = nameKey(record.provider);
    if (key !== undefined && !firstRowOf.has(key)) firstRowOf.set(key, rowNumber);
  }
  const warningDays = snapshot.settings.expiryWarningDays;
  return snapshot.providers
    .filter((row) => !options.rows || options.rows.has(row.rowNumber))
    .map((row: TableRow<Provider>) => {
      const unreadable = new Set(row.problems.map((p) => p.column));
      const cellProblems: Problem[] = row.problems.map((p) => ({
        severity: 'error',
        column: p.column,
        message: p.message,
      }));
      const ruleProblems = providerProblems(row.record, today, warningDays);
      const name = row.record.provider;
      const first = firstRowOf.get(nameKey(name) ?? '');
      if (first !== undefined && first !== row.rowNumber) {
        ruleProblems.push(
          warning(
            PROVIDER.provider,
            `${name} is also on row ${first}, and placements use that row — delete this row or give it a different name`,
          ),
        );
      }
      return {
        rowNumber: row.rowNumber,
        provider: row.record.provider,
        problems: sortProblems([
          ...cellProblems,
          ...ruleProblems.filter((p) => !unreadable.has(p.column)),
        ]),
      };
    });
}
