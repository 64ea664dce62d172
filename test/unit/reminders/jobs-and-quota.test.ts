// Which jobs an hourly run does (DOMAIN.md §7: a digest at Reminder hour, a chase after lunch,
// concerns at once) and how digests fit the MailApp quota (PLATFORM.md: recipients per day).
import {
  AFTER_LUNCH_HOUR,
  itemsForJobs,
  jobsDue,
  keyWithoutDay,
} from '../../../src/domain/reminders/jobs';
import type { ReminderItem } from '../../../src/domain/reminders/reminder-item';
import type { Digest } from '../../../src/domain/reminders/reminders-due';
import { planSending } from '../../../src/domain/reminders/sending-plan';

const item = (key: string, kind: ReminderItem['kind'], urgency: ReminderItem['urgency']) =>
  ({
    key,
    kind,
    urgency,
    recipientRole: 'pastoral lead',
    recipient: 'pastoral@school.example',
    subject: { sheet: 'Placements', rowNumber: 2, placementId: 'AP-0001' },
    whatToDo: 'Do it.',
  }) satisfies ReminderItem;

describe('jobsDue', () => {
  it('looks only for concerns before Reminder hour', () => {
    expect(jobsDue(6, 7, new Set())).toEqual(['concerns']);
  });

  it('does the morning digest at Reminder hour, or at the first run after it when a run was missed', () => {
    expect(jobsDue(7, 7, new Set())).toEqual(['morning', 'concerns']);
    expect(jobsDue(10, 7, new Set())).toEqual(['morning', 'concerns']);
    expect(jobsDue(10, 7, new Set(['morning']))).toEqual(['concerns']);
  });

  it('chases after lunch once, and a late morning digest counts as both', () => {
    expect(AFTER_LUNCH_HOUR).toBe(13);
    expect(jobsDue(13, 7, new Set(['morning']))).toEqual(['after lunch', 'concerns']);
    expect(jobsDue(14, 7, new Set(['morning', 'after lunch']))).toEqual(['concerns']);
    expect(jobsDue(15, 7, new Set())).toEqual(['morning', 'after lunch', 'concerns']);
  });
});

describe('itemsForJobs', () => {
  const absence = item(
    'absence:AP-0001:2026-01-19:AM:pastoral@2026-01-19',
    'absence not followed up',
    'today',
  );
  const review = item('review-due:AP-0001:2026-02-13:pastoral@2026-01-19', 'review due', 'soon');
  const concern = item(
    'concern:AP-0001:2026-01-18:dsl@2026-01-19',
    'safeguarding concern',
    'urgent',
  );
  const none = { today: new Set<string>(), everSent: new Set<string>() };

  it('sends everything in the morning, absences and concerns after lunch, concerns at other hours', () => {
    expect(itemsForJobs([absence, review, concern], ['morning', 'concerns'], none)).toHaveLength(3);
    expect(itemsForJobs([absence, review, concern], ['after lunch', 'concerns'], none)).toEqual([
      absence,
      concern,
    ]);
    expect(itemsForJobs([absence, review, concern], ['concerns'], none)).toEqual([concern]);
  });

  it('never sends a key twice in a day, and outside the digest a concern only if never sent', () => {
    const sentToday = { today: new Set([absence.key]), everSent: new Set<string>() };
    expect(itemsForJobs([absence, review], ['morning'], sentToday)).toEqual([review]);
    const sentYesterday = {
      today: new Set<string>(),
      everSent: new Set([keyWithoutDay(concern.key)]),
    };
    expect(keyWithoutDay(concern.key)).toBe('concern:AP-0001:2026-01-18:dsl');
    expect(itemsForJobs([concern], ['concerns'], sentYesterday)).toEqual([]);
    expect(itemsForJobs([concern], ['morning', 'concerns'], sentYesterday)).toEqual([concern]);
  });
});

describe('planSending', () => {
  const digest = (
    recipient: string,
    urgency: ReminderItem['urgency'],
    role = 'pastoral lead',
  ): Digest => ({
    recipient,
    roles: [role as ReminderItem['recipientRole']],
    items: [{ ...item(`${recipient}@x`, 'review due', urgency), recipient }],
  });
  const head = digest('head@school.example', 'info', 'Head Teacher');
  const pastoral = digest('pastoral@school.example', 'today');
  const lead2 = digest('lead2@school.example', 'urgent');

  it('sends every digest, most urgent first, when the quota allows', () => {
    const plan = planSending([head, pastoral, lead2], 10, 'dsl@school.example');
    expect(plan.send.map((d) => d.recipient)).toEqual([
      'lead2@school.example',
      'pastoral@school.example',
      'head@school.example',
    ]);
    expect(plan.heldBackSummary).toBeUndefined();
  });

  it('puts the DSL first with what waits, then the most urgent, when it does not', () => {
    const plan = planSending([head, pastoral, lead2], 2, 'dsl@school.example');
    expect(plan.send.map((d) => [d.recipient, d.items.length])).toEqual([
      ['dsl@school.example', 0],
      ['lead2@school.example', 1],
    ]);
    expect(plan.heldBack.map((d) => d.recipient)).toEqual([
      'pastoral@school.example',
      'head@school.example',
    ]);
    expect(plan.heldBackSummary).toEqual({
      emails: 2,
      items: 2,
      roles: ['pastoral lead', 'Head Teacher'],
    });
  });

  it('sends nothing with no quota left, holding everything back', () => {
    const plan = planSending([pastoral], 0, 'dsl@school.example');
    expect(plan.send).toEqual([]);
    expect(plan.heldBack).toEqual([pastoral]);
  });
});
