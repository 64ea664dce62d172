// Dates, counts and percentages in the words staff read ("Mon 30 Nov 2026", "1 session").

const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 'YYYY-MM-DD' → "Mon 30 Nov 2026"; anything else is shown as it came. Computed in UTC so the
 * browser's own time zone cannot move the day. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return iso;
  return `${days[date.getUTCDay()]} ${d} ${months[m - 1]} ${y}`;
}

/** "1 session", "3 sessions". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The server sends a percentage to one decimal place (85.5), or null when nothing is marked. */
export function percent(value: number | null): string {
  if (value === null) return 'No sessions marked yet';
  return `${Number.isInteger(value) ? value : value.toFixed(1)}%`;
}

/** A link the sidebar may open: http(s) only, so a `javascript:` value in a cell can never run. */
export function safeLink(link: string): string | null {
  try {
    const url = new URL(link, window.location.href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
