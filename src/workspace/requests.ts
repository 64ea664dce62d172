// The sidebar's requests the server has seen: started ones (to resume) and finished ones (to answer again), in document properties.

/*
 * google.script.run can lose a reply after the server finished (PLATFORM.md), and staff click
 * again. Each form carries the id the sidebar made for it; a repeat of a finished request is
 * answered with the earlier outcome, and a request that stopped part-way is resumed, never
 * started afresh. Document properties (not user ones): a colleague's retry from a shared sidebar
 * is the same request. Bounded: entries older than a day are ignored and removed, and at most
 * MOST_KEPT are kept (properties: 9 KB a value, 500 KB a store).
 */
const PREFIX = 'AP Placements request ';
const DAY_MS = 24 * 60 * 60 * 1000;
const MOST_KEPT = 60;
/** Room left for the answer's message within one value. */
const LONGEST_MESSAGE = 3_000;

/** What an earlier attempt recorded along the way (an email's quota before sending...). */
export type Steps = Readonly<Record<string, string | number | boolean>>;

export interface RequestRecord {
  readonly at: number;
  readonly state: 'started' | 'finished';
  readonly steps: Steps;
  /** The answer of a finished request. */
  readonly ok?: boolean;
  readonly message?: string;
  readonly value?: unknown;
}

function store(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

function parse(text: string | null): RequestRecord | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<RequestRecord>;
    if (typeof value.at !== 'number' || (value.state !== 'started' && value.state !== 'finished')) {
      return undefined;
    }
    return { steps: {}, ...value } as RequestRecord;
  } catch {
    return undefined;
  }
}

/** The record of a request seen in the last day, if any. */
export function readRequest(id: string): RequestRecord | undefined {
  const record = parse(store().getProperty(PREFIX + id));
  return record && Date.now() - record.at < DAY_MS ? record : undefined;
}

/** Records a request as started, with what it has done so far. */
export function recordSteps(id: string, since: number, steps: Steps): void {
  store().setProperty(PREFIX + id, JSON.stringify({ at: since, state: 'started', steps }));
}

/** Records a request's answer, so a repeat gets it again; removes the oldest when there are many. */
export function recordAnswer(
  id: string,
  since: number,
  answer: { readonly ok: boolean; readonly message: string; readonly value?: unknown },
): void {
  const message =
    answer.message.length > LONGEST_MESSAGE
      ? `${answer.message.slice(0, LONGEST_MESSAGE)}…`
      : answer.message;
  const record = {
    at: since,
    state: 'finished',
    steps: {},
    ok: answer.ok,
    message,
    value: answer.value,
  };
  const properties = store();
  properties.setProperty(PREFIX + id, JSON.stringify(record));
  prune(properties);
}

/** Forgets a request that was refused before it changed anything: a corrected resend is new. */
export function forgetRequest(id: string): void {
  store().deleteProperty(PREFIX + id);
}

function prune(properties: GoogleAppsScript.Properties.Properties): void {
  const keys = properties.getKeys().filter((key) => key.startsWith(PREFIX));
  if (keys.length <= MOST_KEPT) return;
  const all = properties.getProperties();
  const byAge = keys
    .map((key) => ({ key, at: parse(all[key] ?? null)?.at ?? 0 }))
    .sort((a, b) => a.at - b.at);
  const now = Date.now();
  const excess = byAge.length - MOST_KEPT;
  byAge.forEach((entry, i) => {
    if (i < excess || now - entry.at >= DAY_MS) properties.deleteProperty(entry.key);
  });
}
