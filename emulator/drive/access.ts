// Which files an execution reaches: all of them with the `drive` scope, only the app's own with `drive.file`.
import type { Execution } from '../core/execution';
import { fileNotFound } from './errors';
import { FOLDER, type DriveFileRecord } from './state';

const SCOPE = 'https://www.googleapis.com/auth/';

export function hasScope(exec: Execution, scope: string): boolean {
  return exec.workspace.grantedScopes.has(SCOPE + scope);
}

/**
 * https://developers.google.com/drive/api/guides/api-specific-auth: `drive.file` gives "per-file
 * access to files created or opened by the app"; `drive` all of the user's files. A file the app
 * cannot reach answers 404 "File not found: <id>." exactly like a file that does not exist
 * (https://developers.google.com/drive/api/guides/handle-errors#resolve_a_404_error_file_not_found).
 * The grant is per user: a file the app made for one teacher is not reachable for another
 * through drive.file until that teacher opens it with the app. File sharing (ACLs) is not
 * modelled: every file is taken to be visible to every user of the workspace [open].
 */
export function reaches(exec: Execution, f: DriveFileRecord): boolean {
  if (hasScope(exec, 'drive')) return true;
  return f.appUsers.includes(exec.effectiveUser);
}

/** The file, or Google's 404 for `call` (e.g. 'drive.files.get'). */
export function reachable(exec: Execution, call: string, id: unknown): DriveFileRecord {
  const key = String(id ?? '');
  const f = exec.workspace.drive.get(key);
  if (!f || !reaches(exec, f)) throw fileNotFound(call, key);
  return f;
}

/**
 * A folder the app may file into. My Drive ('root') is always allowed: drive.file may create
 * files at the top of My Drive [open: whether it may read root's metadata; here it may not].
 */
export function parentFolder(exec: Execution, call: string, id: unknown): string {
  const drive = exec.workspace.drive;
  const key = drive.resolve(String(id ?? ''));
  if (key === drive.rootId) return key;
  const f = reachable(exec, call, key);
  if (f.mimeType !== FOLDER) {
    // [open] wording for a parent that is not a folder.
    throw fileNotFound(call, key);
  }
  if (!drive.pickedFoldersTakeNewFiles && onlyPicked(exec, f)) throw fileNotFound(call, key);
  return key;
}

/** Reached for this user only because they picked it: the app did not make it for them. */
function onlyPicked(exec: Execution, f: DriveFileRecord): boolean {
  if (hasScope(exec, 'drive')) return false;
  const user = exec.effectiveUser;
  return (f.pickedBy ?? []).includes(user) && !(f.createdByApp && f.owner === user);
}
