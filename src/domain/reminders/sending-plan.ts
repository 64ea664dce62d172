// What goes out when the day's mail quota cannot take every digest: the most urgent first, the DSL told.
import type { HeldBack } from './digest-email';
import { URGENCIES, type ReminderItem } from './reminder-item';
import type { Digest } from './reminders-due';

export interface SendingPlan {
  /** In sending order. The DSL's digest carries `heldBack` when anything waits. */
  readonly send: readonly Digest[];
  readonly heldBack: readonly Digest[];
  /** What the DSL is told was held back; undefined when everything fits. */
  readonly heldBackSummary?: HeldBack;
}

const RANK = new Map(URGENCIES.map((urgency, i) => [urgency, i]));

function rank(item: ReminderItem | undefined): number {
  return item ? (RANK.get(item.urgency) ?? URGENCIES.length) : URGENCIES.length;
}

function countOf(digest: Digest, urgency: ReminderItem['urgency']): number {
  return digest.items.filter((item) => item.urgency === urgency).length;
}

/**
 * Most urgent first: by the most pressing item of each digest (digests list theirs first), then
 * by how many items of each urgency it holds, then by address so the order never wobbles.
 */
export function byUrgency(digests: readonly Digest[]): Digest[] {
  return [...digests].sort((a, b) => {
    const top = rank(a.items[0]) - rank(b.items[0]);
    if (top !== 0) return top;
    for (const urgency of URGENCIES) {
      const more = countOf(b, urgency) - countOf(a, urgency);
      if (more !== 0) return more;
    }
    return a.recipient.toLowerCase() < b.recipient.toLowerCase() ? -1 : 1;
  });
}

/**
 * Fits the digests into `remaining` emails (MailApp.getRemainingDailyQuota, one recipient each).
 * When they do not all fit, the DSL's email goes first, saying what waits (an empty digest is made
 * for the DSL when they had none), and then the most urgent of the rest. Held-back digests are not
 * recorded as sent, so a later run sends them once the quota allows.
 */
export function planSending(
  digests: readonly Digest[],
  remaining: number,
  dslEmail: string | undefined,
): SendingPlan {
  const ordered = byUrgency(digests);
  if (ordered.length <= remaining) return { send: ordered, heldBack: [] };
  const dsl = dslEmail?.trim().toLowerCase();
  const dslDigest = dsl ? ordered.find((d) => d.recipient.toLowerCase() === dsl) : undefined;
  const others = ordered.filter((d) => d !== dslDigest);
  const first: Digest[] =
    dslDigest !== undefined
      ? [dslDigest]
      : dslEmail && dsl
        ? [{ recipient: dslEmail.trim(), roles: ['DSL'], items: [] }]
        : [];
  const queue = [...first, ...others];
  const send = queue.slice(0, Math.max(0, remaining));
  const heldBack = queue.slice(send.length).filter((d) => d.items.length > 0);
  const summary: HeldBack = {
    emails: heldBack.length,
    items: heldBack.reduce((n, d) => n + d.items.length, 0),
    roles: [...new Set(heldBack.flatMap((d) => d.roles))],
  };
  return { send, heldBack, ...(heldBack.length > 0 ? { heldBackSummary: summary } : {}) };
}
