// The placement's attendance code (School Attendance (Pupil Registration) (England) Regulations 2024; DOMAIN.md §3.1).
import { PLACEMENT, type PlacementRule } from './context';
import { error, warning } from './problem';
import { isRegisteredSchool } from './provider-status';

const REGISTRATION_WORDS = new Map([
  ['FE college', 'an FE college'],
  ['Unregistered', 'unregistered'],
]);

/**
 * K is for provision the local authority arranges, never for a placement the school arranges, as
 * every placement on this sheet is (an error). D is for a pupil dual registered at another school,
 * so at a provider that is not a registered school it is probably meant to be B (a warning).
 */
export const attendanceCodeFits: PlacementRule = ({ placement, provider }) => {
  if (placement.attendanceCode === 'K') {
    return [
      error(
        PLACEMENT.attendanceCode,
        'K is for provision arranged by the local authority, and this placement is arranged by the school — use B (or D if the pupil is dual registered at the provider)',
      ),
    ];
  }
  if (placement.attendanceCode === 'D' && provider && !isRegisteredSchool(provider)) {
    const registration =
      provider.registration === undefined
        ? 'not recorded as a registered school'
        : (REGISTRATION_WORDS.get(provider.registration) ?? provider.registration);
    return [
      warning(
        PLACEMENT.attendanceCode,
        `D is for a pupil dual registered at another school, and ${provider.provider ?? 'the provider'} is ${registration} — use B unless the pupil is on its roll`,
        [PLACEMENT.attendanceCode, PLACEMENT.provider],
      ),
    ];
  }
  return [];
};
