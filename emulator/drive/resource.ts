// Drive v3 File resources as the API returns them: the full shape, cut down by the `fields` parameter.
import { DOCUMENT, FOLDER, SPREADSHEET, type DriveFileRecord } from './state';

export type Json = Record<string, unknown>;

function user(email: string, me: string): Json {
  return {
    kind: 'drive#user',
    displayName: email.split('@')[0] ?? email,
    emailAddress: email,
    me: email === me,
  };
}

/** https://developers.google.com/drive/api/reference/rest/v3/files#File (the fields this emulator keeps). */
export function webViewLink(f: DriveFileRecord): string {
  if (f.mimeType === FOLDER) return `https://drive.google.com/drive/folders/${f.id}`;
  // [reported] the link the API gives for a Doc ends in ?usp=drivesdk.
  if (f.mimeType === DOCUMENT)
    return `https://docs.google.com/document/d/${f.id}/edit?usp=drivesdk`;
  // [reported] likewise for a Sheet: the editor's address with ?usp=drivesdk.
  if (f.mimeType === SPREADSHEET)
    return `https://docs.google.com/spreadsheets/d/${f.id}/edit?usp=drivesdk`;
  return `https://drive.google.com/file/d/${f.id}/view?usp=drivesdk`;
}

export function fullResource(f: DriveFileRecord, me: string): Json {
  const out: Json = {
    kind: 'drive#file',
    id: f.id,
    name: f.name,
    mimeType: f.mimeType,
    parents: [...f.parents],
    starred: false,
    trashed: f.trashed,
    explicitlyTrashed: f.trashed,
    // int64 values arrive as strings in the API's JSON, so `version` is a string.
    version: String(f.version),
    webViewLink: webViewLink(f),
    createdTime: new Date(f.createdTime).toISOString(),
    modifiedTime: new Date(f.modifiedTime).toISOString(),
    owners: [user(f.owner, me)],
    ownedByMe: f.owner === me,
    lastModifyingUser: user(f.lastModifyingUser, me),
  };
  if (f.description !== undefined) out.description = f.description;
  if (f.content !== undefined) out.size = String(Buffer.from(f.content, 'base64').length);
  // The API leaves an empty map out of its JSON [reported]; a copy keeps the caller from mutating it.
  if (f.appProperties) out.appProperties = { ...f.appProperties };
  return out;
}

/** Splits 'a,b(c,d),e' at top-level commas. */
function splitTop(mask: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of mask) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (ch === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim() !== '') parts.push(current.trim());
  return parts;
}

/**
 * Applies a partial-response mask (https://developers.google.com/drive/api/guides/fields-parameter):
 * 'id,name', 'files(id,name),nextPageToken', '*'. Sub-paths with '/' keep their first segment.
 */
export function pick(resource: Json, mask: string): Json {
  const out: Json = {};
  for (const part of splitTop(mask)) {
    if (part === '*') return resource;
    const open = part.indexOf('(');
    if (open !== -1 && part.endsWith(')')) {
      const key = part.slice(0, open).trim();
      const inner = part.slice(open + 1, -1);
      const value = resource[key];
      if (Array.isArray(value)) out[key] = value.map((v: Json) => pick(v, inner));
      else if (value && typeof value === 'object') out[key] = pick(value as Json, inner);
      continue;
    }
    const key = part.split('/')[0] as string;
    if (key in resource) out[key] = resource[key];
  }
  return out;
}

/**
 * [reported] Drive v3 returns only kind, id, name and mimeType unless `fields` asks for more
 * ("By default, the server sends back a default set of fields specific to the method").
 */
export const DEFAULT_FILE_FIELDS = 'kind,id,name,mimeType';

export function shaped(f: DriveFileRecord, me: string, fields: unknown): Json {
  const mask = typeof fields === 'string' && fields.trim() !== '' ? fields : DEFAULT_FILE_FIELDS;
  return pick(fullResource(f, me), mask);
}
