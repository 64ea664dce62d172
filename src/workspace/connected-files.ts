// What this person connected (picked in the Google Picker, or the add-on made for them): one user property.
// User properties are "accessible only by the current user, within this script"
// (https://developers.google.com/apps-script/guides/properties), which is what a per-user grant is.

const KEY = 'connectedFiles';
/** Ids are about 44 characters: 100 of them stay far below the 9 KB a property value may hold. */
const KEPT = 100;

function store(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getUserProperties();
}

function parse(text: string | null): string[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** The Drive ids this person's runs were last seen to reach (made for them, or picked). */
export function readConnectedFiles(): Set<string> {
  return new Set(parse(store().getProperty(KEY)));
}

/**
 * Adds ids (the newest kept last) and drops ids found unreachable; one write, none when nothing
 * changes. Only a record: every run that makes something still asks Drive.
 */
export function noteConnectedFiles(
  reached: readonly string[],
  unreachable: readonly string[] = [],
): void {
  const before = parse(store().getProperty(KEY));
  const gone = new Set([...unreachable, ...reached]);
  const after = [...before.filter((id) => !gone.has(id)), ...reached].slice(-KEPT);
  if (after.length === before.length && after.every((id, i) => id === before[i])) return;
  store().setProperty(KEY, JSON.stringify(after));
}
