// One recipient's digest as an email: subject, plain text and HTML with the same content (DOMAIN.md §7).
import { pounds } from '../../shared/money';
import type { IsoDate } from '../cells';
import { formatDate } from '../calendar/iso-date';
import { PLACEMENT_STATUSES } from '../sheets/placements';
import { initials } from './initials';
import {
  URGENCIES,
  type MondayFigures,
  type ReminderItem,
  type ReminderSubject,
  type Urgency,
} from './reminder-item';
import type { Digest } from './reminders-due';
import { listOf } from '../words';

export { initials } from './initials';

/** Settings "Email detail": Minimal carries Placement ID and initials only; Full adds names. */
export type EmailDetail = 'Minimal' | 'Full';

/** What the mail quota kept back this run: told to the DSL only, so nobody is left unaware. */
export interface HeldBack {
  readonly emails: number;
  readonly items: number;
  readonly roles: readonly string[];
}

export interface DigestContext {
  readonly schoolName: string | undefined;
  /** Spreadsheet.getUrl(), e.g. https://docs.google.com/spreadsheets/d/ID/edit */
  readonly spreadsheetUrl: string;
  /** Sheet ids (Sheet.getSheetId()) by sheet name, for row links; a missing id links to the spreadsheet only. */
  readonly sheetIds: Readonly<Partial<Record<ReminderSubject['sheet'], number>>>;
  readonly detail: EmailDetail;
  /** Pupil names by Placement ID (from Placements), used for initials (Minimal) or the name (Full). */
  readonly pupilNames: ReadonlyMap<string, string>;
  readonly today: IsoDate;
  readonly heldBack?: HeldBack;
}

export interface DigestEmail {
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string;
}

const HEADINGS: Readonly<Record<Urgency, string>> = {
  urgent: 'Urgent',
  today: 'Today',
  soon: 'Coming up',
  info: 'For information',
};

const SUBJECT_COUNTS: Readonly<Record<Urgency, string>> = {
  urgent: 'urgent',
  today: 'for today',
  soon: 'coming up',
  info: 'for information',
};

/** One item as both renderings show it. */
interface Entry {
  readonly who: string;
  readonly passedOn: string | undefined;
  readonly whatToDo: string;
  readonly details: readonly string[];
  readonly linkText: string;
  readonly href: string;
}

interface Group {
  readonly heading: string;
  /** Items of this urgency, listed or not. */
  readonly total: number;
  readonly entries: readonly Entry[];
}

/** What both renderings say, in order. */
interface Content {
  readonly greeting: string;
  readonly heldBack: string | undefined;
  readonly groups: readonly Group[];
  /** Said instead of the items that did not fit (see LISTED_CHARACTERS). */
  readonly notListed: string | undefined;
  readonly footer: readonly string[];
}

/**
 * MailApp refuses a body over 200 KB ("Limit Exceeded: Email Body Size": PLATFORM.md quotas), and
 * a digest of hundreds of items helps nobody: items are listed, most urgent first, until their
 * text reaches this many characters; the rest are counted by kind, with a link to the sheet.
 */
export const LISTED_CHARACTERS = 60_000;

/** Roughly what an entry adds to the larger (HTML) body: its text and the markup around it. */
function entrySize(entry: Entry): number {
  const text = [entry.who, entry.passedOn ?? '', entry.whatToDo, ...entry.details, entry.linkText];
  return text.reduce((n, t) => n + escapeHtml(t).length, 0) + 2 * entry.href.length + 120;
}

const HTML_SPECIAL = /[&<>"']/;

export function escapeHtml(text: string): string {
  if (!HTML_SPECIAL.test(text)) return text;
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Line breaks and runs of spaces in a cell would break a heading or a line of the email. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}

/**
 * A link to a row: the spreadsheet URL without its fragment, then `#gid=<sheet>&range=A<row>`.
 * Without a sheet id the link opens the spreadsheet (still without a fragment, which could name
 * another sheet).
 */
export function rowLink(
  spreadsheetUrl: string,
  sheetId: number | undefined,
  rowNumber: number,
): string {
  const hash = spreadsheetUrl.indexOf('#');
  const url = hash === -1 ? spreadsheetUrl : spreadsheetUrl.slice(0, hash);
  if (sheetId === undefined || !Number.isInteger(sheetId)) return url;
  const range = Number.isInteger(rowNumber) && rowNumber >= 1 ? `&range=A${rowNumber}` : '';
  return `${url}#gid=${sheetId}${range}`;
}

function school(context: DigestContext): string | undefined {
  const name = oneLine(context.schoolName ?? '');
  return name === '' ? undefined : name;
}

/** Who an item is about: Placement ID with initials (Minimal) or the name (Full), or the provider. */
function whoFor(item: ReminderItem, context: DigestContext): string {
  const { subject } = item;
  if (subject.placementId) {
    const name = oneLine(context.pupilNames.get(subject.placementId) ?? '');
    const shown = context.detail === 'Full' ? name : initials(name);
    return shown === '' ? subject.placementId : `${subject.placementId} (${shown})`;
  }
  if (item.kind === 'Monday summary') return 'All placements (weekly summary)';
  if (item.kind === 'reminders stopped') return 'Reminders for all placements';
  if (item.kind === 'Log altered') return 'The Log';
  if (subject.sheet === 'Providers') {
    const provider = oneLine(subject.provider ?? '');
    return provider === '' ? `Provider on row ${subject.rowNumber}` : provider;
  }
  return `${subject.sheet} row ${subject.rowNumber}`;
}

function counted(counts: Readonly<Record<string, number>>, order: readonly string[]): string {
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return Object.keys(counts)
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map((key) => `${oneLine(key)} ${counts[key] ?? 0}`)
    .join(', ');
}

/** The Monday figures as lines (policy P9: what senior leaders monitor). */
function figureLines(figures: MondayFigures): string[] {
  const byStatus = counted(figures.placementsByStatus, PLACEMENT_STATUSES);
  const { attended, marked, percent } = figures.attendanceThisHalfTerm;
  const attendance =
    marked === 0 || percent === undefined
      ? 'no sessions marked yet'
      : `${attended} of ${plural(marked, 'session')} marked attended (${percent}%)`;
  const { ended, terminated, destinations } = figures.outcomesThisYear;
  const byDestination = counted(destinations, []);
  const outcomes =
    ended + terminated === 0
      ? 'none ended or terminated yet'
      : `${ended} ended, ${terminated} terminated; destinations: ${byDestination}`;
  const { reviewsOnTime, reviewsLate, costToDate } = figures.thisYear;
  return [
    `Placements by status: ${byStatus === '' ? 'none' : byStatus}`,
    `Attendance this half-term: ${attendance}`,
    `Reviews: ${figures.reviewsDue} due, ${figures.reviewsOverdue} overdue`,
    `Reviews held this school year: ${reviewsOnTime} on time, ${reviewsLate} late`,
    `Outcomes this school year: ${outcomes}`,
    `Cost to date this school year: ${pounds(costToDate)}`,
  ];
}

function entryFor(item: ReminderItem, context: DigestContext): Entry {
  const { sheet, rowNumber } = item.subject;
  return {
    who: whoFor(item, context),
    passedOn: item.onBehalfOf
      ? `Passed to you as ${item.recipientRole} because the ${item.onBehalfOf}'s email is missing.`
      : undefined,
    whatToDo: item.whatToDo,
    details: item.figures ? figureLines(item.figures) : [],
    linkText: `Open row ${rowNumber} on ${sheet}`,
    href: rowLink(context.spreadsheetUrl, context.sheetIds[sheet], rowNumber),
  };
}

function heldBackText(heldBack: HeldBack | undefined): string | undefined {
  if (!heldBack || (heldBack.emails <= 0 && heldBack.items <= 0)) return undefined;
  const roles = heldBack.roles.map(oneLine).filter((role) => role !== '');
  const forRoles = roles.length === 0 ? '' : ` for ${listOf(roles)}`;
  const were = heldBack.emails === 1 ? 'was' : 'were';
  return (
    `The daily email quota is nearly spent: ${plural(heldBack.emails, 'email')} with ` +
    `${plural(heldBack.items, 'item')}${forRoles} ${were} held back. They will go on the next run ` +
    'when the quota allows; until then, the items are in the sheet.'
  );
}

function notListedText(unlisted: ReadonlyMap<string, number>, context: DigestContext) {
  if (unlisted.size === 0) return undefined;
  const count = [...unlisted.values()].reduce((a, b) => a + b, 0);
  const kinds = [...unlisted].map(([kind, n]) => `${n} ${kind}`);
  const sheet = rowLink(context.spreadsheetUrl, context.sheetIds.Placements, 1);
  return (
    `${plural(count, 'more item')} did not fit in this email (${listOf(kinds)}). ` +
    `They are counted as sent today; open the workbook to see them all: ${sheet}`
  );
}

function contentOf(digest: Digest, context: DigestContext): Content {
  const at = school(context);
  const roles = listOf(digest.roles);
  const greeting =
    digest.items.length === 0
      ? `Hello, this is the AP placements add-on on ${formatDate(context.today)}.`
      : `Hello, here is what needs you as ${roles} on ${formatDate(context.today)}.`;
  let budget = LISTED_CHARACTERS;
  const unlisted = new Map<string, number>();
  const groups = URGENCIES.map((urgency) => {
    const items = digest.items.filter((item) => item.urgency === urgency);
    const entries: Entry[] = [];
    for (const item of items) {
      // Once the budget is spent nothing more is listed: the rest are only counted.
      if (budget >= 0) {
        const entry = entryFor(item, context);
        budget -= entrySize(entry);
        if (budget >= 0) {
          entries.push(entry);
          continue;
        }
      }
      unlisted.set(item.kind, (unlisted.get(item.kind) ?? 0) + 1);
    }
    return { heading: HEADINGS[urgency], total: items.length, entries };
  }).filter((group) => group.total > 0);
  const why = roles === '' ? 'you are on its Settings' : `it has you down as ${roles}`;
  const names =
    context.detail === 'Full'
      ? 'This email includes pupil names (Email detail: Full on Settings); keep it within the school.'
      : 'Pupil names are left out (Email detail: Minimal on Settings): Placement IDs and initials only. The details are in the sheet.';
  return {
    greeting,
    heldBack: heldBackText(context.heldBack),
    groups,
    notListed: notListedText(unlisted, context),
    footer: [
      `You get this email from the AP Placements add-on of ${at ?? 'your school'} because ${why}.`,
      names,
      'It was sent once today for these items; you will not hear of them again today.',
    ],
  };
}

function subjectOf(digest: Digest, context: DigestContext): string {
  const counts = URGENCIES.map((urgency) => ({
    urgency,
    count: digest.items.filter((item) => item.urgency === urgency).length,
  }))
    .filter(({ count }) => count > 0)
    .map(({ urgency, count }) => `${count} ${SUBJECT_COUNTS[urgency]}`);
  const held = context.heldBack?.emails ?? 0;
  if (held > 0) counts.push(`${plural(held, 'email')} held back`);
  const at = school(context);
  const what = counts.length === 0 ? 'nothing new' : counts.join(', ');
  return `AP placements: ${what}${at ? ` – ${at}` : ''}`;
}

function textBody(content: Content): string {
  const lines: string[] = [content.greeting, ''];
  if (content.heldBack) lines.push('EMAIL QUOTA', content.heldBack, '');
  for (const group of content.groups) {
    lines.push(`${group.heading.toUpperCase()} (${group.total})`, '');
    for (const entry of group.entries) {
      lines.push(`- ${entry.who}`);
      if (entry.passedOn) lines.push(`  ${entry.passedOn}`);
      lines.push(`  ${entry.whatToDo}`);
      for (const detail of entry.details) lines.push(`  ${detail}`);
      lines.push(`  ${entry.linkText}: ${entry.href}`, '');
    }
  }
  if (content.notListed) lines.push('NOT LISTED', content.notListed, '');
  lines.push('--', ...content.footer);
  return lines.join('\n');
}

/** Only web links become anchors: a `javascript:` URL stays text even when escaped. */
function linkHtml(entry: Entry): string {
  const text = escapeHtml(entry.linkText);
  return /^https?:\/\//i.test(entry.href)
    ? `<a href="${escapeHtml(entry.href)}">${text}</a>`
    : `${text}: ${escapeHtml(entry.href)}`;
}

function htmlBody(content: Content): string {
  const parts: string[] = [`<p>${escapeHtml(content.greeting)}</p>`];
  if (content.heldBack) {
    parts.push(
      '<div style="border:2px solid #b45309;padding:8px 12px;margin:12px 0">' +
        `<p><strong>Email quota</strong></p><p>${escapeHtml(content.heldBack)}</p></div>`,
    );
  }
  for (const group of content.groups) {
    parts.push(`<h3>${escapeHtml(group.heading)} (${group.total})</h3>`, '<ul>');
    for (const entry of group.entries) {
      const lines = [
        `<strong>${escapeHtml(entry.who)}</strong>`,
        ...(entry.passedOn ? [`<em>${escapeHtml(entry.passedOn)}</em>`] : []),
        escapeHtml(entry.whatToDo),
      ];
      const details = entry.details.length
        ? `<ul>${entry.details.map((detail) => `<li>${escapeHtml(detail)}</li>`).join('')}</ul>`
        : '';
      parts.push(`<li>${lines.join('<br>')}${details}<div>${linkHtml(entry)}</div></li>`);
    }
    parts.push('</ul>');
  }
  if (content.notListed) parts.push(`<p><strong>${escapeHtml(content.notListed)}</strong></p>`);
  parts.push(
    `<hr><p style="color:#555;font-size:12px">${content.footer.map(escapeHtml).join('<br>')}</p>`,
  );
  return `<div style="font-family:Arial,sans-serif;font-size:14px">${parts.join('\n')}</div>`;
}

/** The email for one digest: never a name in the subject, names in the body only with Full. */
export function digestEmail(digest: Digest, context: DigestContext): DigestEmail {
  const content = contentOf(digest, context);
  return {
    subject: subjectOf(digest, context),
    body: textBody(content),
    htmlBody: htmlBody(content),
  };
}
