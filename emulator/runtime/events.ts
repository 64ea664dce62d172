// Event objects Google passes to trigger functions, where they are plain data.
/**
 * Time-driven event: https://developers.google.com/apps-script/guides/triggers/events#time-driven_events
 * (the fields are given in UTC; `timezone` says so).
 */
export function timeDrivenEvent(at: number, triggerUid: string): Record<string, unknown> {
  const d = new Date(at);
  const startOfYear = Date.UTC(d.getUTCFullYear(), 0, 1);
  return {
    authMode: 'FULL',
    'day-of-month': d.getUTCDate(),
    'day-of-week': d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    month: d.getUTCMonth() + 1,
    second: d.getUTCSeconds(),
    timezone: 'UTC',
    triggerUid,
    'week-of-year': Math.ceil(((at - startOfYear) / 86_400_000 + 1) / 7),
    year: d.getUTCFullYear(),
  };
}
