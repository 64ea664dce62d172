// The Reviews sheet: one row per placement review (policy P14: at least half-termly).
import { choice, date, defineSheet, placementId, text, yesNo, type RecordOf } from '../columns';

export const PROGRESS = ['On track', 'Some progress', 'Not on track'] as const;

export const DECISIONS = [
  'Continue',
  'Amend plan',
  'End placement',
  'Terminate placement',
] as const;

export const Reviews = defineSheet('Reviews', {
  reviewDate: date('Review date'),
  placementId: placementId('Placement ID'),
  attendees: text('Attendees'),
  parentAttended: yesNo('Parent/carer attended'),
  pupilsView: text("Pupil's view"),
  progress: choice('Progress', PROGRESS),
  safeAndMeetingNeeds: yesNo('Safe and meeting needs'),
  decision: choice('Decision', DECISIONS),
  actions: text('Actions'),
  recordedBy: text('Recorded by'),
});

export type Review = RecordOf<typeof Reviews>;
