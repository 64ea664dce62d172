// What the stand-in Google Picker may list and pick: Drive files by id, for whoever holds a token ScriptApp issued.
import type { Workspace } from '../emulator';
import type { IssuedToken } from '../emulator/services/oauth-tokens';
import { BadRequest } from './bad-request';
import type { PickerAnswer, PickerFile } from './shared/api';

/** Google's Picker refuses a token it does not know, or one past its hour (401). */
export class TokenRefused extends Error {}

/** The scope whose grant a pick extends (PLATFORM.md: drive.file is per user, per file). */
const DRIVE_FILE = 'https://www.googleapis.com/auth/drive.file';
/** The dialog names the school's six files (setFileIds): a longer list is not the Picker's. */
const MAX_IDS = 100;
const MAX_ID_LENGTH = 200;

/** Drive ids as the stand-in sends them: a short list of short strings. */
function fileIds(ids: unknown): string[] {
  const valid = (id: unknown): id is string => typeof id === 'string' && id.length <= MAX_ID_LENGTH;
  if (!Array.isArray(ids) || ids.length > MAX_IDS || !ids.every(valid)) {
    throw new BadRequest(`ids must be a list of at most ${MAX_IDS} Drive ids`);
  }
  return ids;
}

function holderOf(ws: Workspace, token: string): IssuedToken {
  const holder = ws.oauthTokens.holder(token);
  if (!holder) {
    throw new TokenRefused(
      'The Google Picker could not sign in: its OAuth token is unknown or has expired (a token lasts an hour). Close the dialog and open it again for a new one.',
    );
  }
  return holder;
}

/**
 * The files among `ids` that exist and are not in the bin, in the order asked, once each: the
 * Picker leaves out what it cannot show. Sharing is not modelled (emulator/drive/README.md), so
 * everyone can open every file; drive.file limits only what the add-on's runs reach.
 */
function openable(ws: Workspace, ids: unknown): PickerFile[] {
  return [...new Set(fileIds(ids))].flatMap((id) => {
    const file = ws.drive.get(id);
    // file.id === id: the alias 'root' is not a file id the Picker could be given.
    return file && !file.trashed && file.id === id
      ? [{ id, name: file.name, mimeType: file.mimeType }]
      : [];
  });
}

/** What a Picker built with setFileIds(ids) lists for the token's holder. */
export function pickerFiles(ws: Workspace, token: string, ids: unknown): PickerAnswer {
  return { user: holderOf(ws, token).user, files: openable(ws, ids) };
}

/**
 * What Google's Picker does on Select when built with setAppId and the person's token: drive.file
 * then reaches each picked file for that person, and only them (ws.drive.pick). A token without
 * drive.file grants nothing, as the Picker grants only the scopes the token carries.
 */
export function pickFiles(ws: Workspace, token: string, ids: unknown): PickerAnswer {
  const holder = holderOf(ws, token);
  const files = openable(ws, ids);
  if (holder.scopes.includes(DRIVE_FILE)) {
    ws.drive.pick(
      files.map((f) => f.id),
      holder.user,
    );
  }
  return { user: holder.user, files };
}
