// The Drive advanced service (v3): Drive.Files create, copy, get, update, list and remove, under drive.file rules.
import type { Execution } from '../core/execution';
import { Emulated, KIND } from '../core/emulated';
import { Blob } from '../services/blob';
import { bodyUnits, type Unit } from '../docs/units';
import { importBody } from './import';
import { parentFolder, reachable, reaches } from './access';
import { mergeAppProperties } from './app-properties';
import { GoogleJsonResponseException } from './errors';
import { compileQuery, QueryError } from './query';
import { fullResource, pick, shaped, DEFAULT_FILE_FIELDS, type Json } from './resource';
import { DOCUMENT, FOLDER, SPREADSHEET, type DriveFileRecord } from './state';

type Args = Record<string, unknown> | undefined;
type FileResource = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const ids = (v: unknown): string[] =>
  typeof v === 'string'
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '')
    : [];

/** [reported] Drive v3 items have one parent since 2020 ("single-parent" model). */
function oneParent(call: string, parents: readonly string[]): void {
  if (parents.length > 1) {
    throw new GoogleJsonResponseException(
      call,
      'Increasing the number of parents is not allowed.',
      403,
    );
  }
}

/** https://developers.google.com/apps-script/advanced/drive (Drive API v3 `files` collection). */
export class DriveFiles extends Emulated {
  readonly [KIND] = 'Drive.Files';
  readonly #exec: Execution;

  constructor(exec: Execution) {
    super();
    this.#exec = exec;
  }

  get #drive() {
    return this.#exec.workspace.drive;
  }

  get #me(): string {
    return this.#exec.effectiveUser;
  }

  #parents(call: string, wanted: unknown, fallback: string[]): string[] {
    const list = Array.isArray(wanted)
      ? wanted.map((p) => parentFolder(this.#exec, call, p))
      : fallback;
    oneParent(call, list);
    return list;
  }

  /**
   * https://developers.google.com/drive/api/reference/rest/v3/files/create. A Google Sheet
   * (mimeType application/vnd.google-apps.spreadsheet, no media) is a new blank spreadsheet
   * (https://developers.google.com/drive/api/guides/create-file; files.create with only a Google
   * mimeType makes "a blank Google Doc, Sheet or Slides" [reported: the googledrive R package's
   * drive_create, which wraps it]), one sheet "Sheet1", 1000 x 26, in
   * the zone Workspace.timeZoneForNewSpreadsheet gives; the Sheets API and SpreadsheetApp.openById
   * open it. Converting uploaded media into a Sheet (CSV, xlsx) is not modelled.
   */
  create(resource?: FileResource, blob?: Blob, optionalArgs?: Args): FileResource {
    const call = 'drive.files.create';
    const r = (resource ?? {}) as Json;
    const appProperties = mergeAppProperties(call, undefined, r.appProperties);
    const media = blob instanceof Blob ? blob : undefined;
    const mimeType = str(r.mimeType) ?? media?.getContentType() ?? 'application/octet-stream';
    const parents = this.#parents(call, r.parents, [this.#drive.rootId]);
    if (mimeType === SPREADSHEET) {
      if (media) throw new Error('Emulator: converting media into a Google Sheet is not modelled');
      this.#drive.countSpreadsheetCreated();
      const record = this.#drive.addSpreadsheet(
        { name: str(r.name) ?? 'Untitled', parents, owner: this.#me },
        { timeZone: this.#exec.workspace.timeZoneForNewSpreadsheet() },
      );
      if (typeof r.description === 'string') record.description = r.description;
      if (appProperties) record.appProperties = appProperties;
      return shaped(record, this.#me, optionalArgs?.fields) as FileResource;
    }
    let body: Unit[] | undefined;
    if (mimeType === DOCUMENT) {
      body = media ? importBody(call, media) : bodyUnits([]);
      this.#drive.countDocCreated();
    }
    const record = this.#drive.add({
      name: str(r.name) ?? media?.getName() ?? 'Untitled',
      mimeType,
      parents,
      owner: this.#me,
      byApp: true,
      ...(body ? { body } : {}),
      ...(media && mimeType !== DOCUMENT && mimeType !== FOLDER
        ? { content: Buffer.from(media.getBytes().map((b) => b & 0xff)).toString('base64') }
        : {}),
    });
    if (typeof r.description === 'string') record.description = r.description;
    if (appProperties) record.appProperties = appProperties;
    return shaped(record, this.#me, optionalArgs?.fields) as FileResource;
  }

  /**
   * https://developers.google.com/drive/api/reference/rest/v3/files/copy: "If not specified as part
   * of a copy request, the file inherits any discoverable parents of the source file."
   */
  copy(resource: FileResource, fileId: string, optionalArgs?: Args): FileResource {
    const call = 'drive.files.copy';
    const source = reachable(this.#exec, call, fileId);
    if (source.mimeType === FOLDER) {
      // [open] wording: folders cannot be copied.
      throw new GoogleJsonResponseException(call, 'This file cannot be copied by the user.', 403);
    }
    const r = (resource ?? {}) as Json;
    // The copy keeps the source's appProperties, with the request's merged in ("Entries with null
    // values are cleared in update and copy requests"); that the source's carry over is [open].
    const appProperties = mergeAppProperties(call, source.appProperties, r.appProperties);
    const inherited = source.parents.filter((p) => {
      const parent = this.#drive.get(p);
      return p === this.#drive.rootId || (parent !== undefined && reaches(this.#exec, parent));
    });
    const parents = this.#parents(
      call,
      r.parents,
      inherited.length ? inherited : [this.#drive.rootId],
    );
    const name = str(r.name) ?? `Copy of ${source.name}`;
    const sourceBody = this.#drive.body(source.id);
    if (sourceBody) this.#drive.countDocCreated();
    // A copy of a Google Sheet is a spreadsheet with the source's sheets, cells and metadata.
    const book = source.mimeType === SPREADSHEET && this.#exec.workspace.findSpreadsheet(source.id);
    if (book) this.#drive.countSpreadsheetCreated();
    const record = book
      ? this.#drive.addSpreadsheet({ name, parents, owner: this.#me }, { copyOf: book.toJSON() })
      : this.#drive.add({
          name,
          mimeType: source.mimeType,
          parents,
          owner: this.#me,
          byApp: true,
          ...(sourceBody ? { body: [...sourceBody] } : {}),
          ...(source.content !== undefined ? { content: source.content } : {}),
        });
    const description = str(r.description) ?? source.description;
    if (description !== undefined) record.description = description;
    if (appProperties) record.appProperties = appProperties;
    return shaped(record, this.#me, optionalArgs?.fields) as FileResource;
  }

  /** https://developers.google.com/drive/api/reference/rest/v3/files/get */
  get(fileId: string, optionalArgs?: Args): FileResource {
    const record = reachable(this.#exec, 'drive.files.get', fileId);
    return shaped(record, this.#me, optionalArgs?.fields) as FileResource;
  }

  /**
   * https://developers.google.com/drive/api/reference/rest/v3/files/update: patch semantics;
   * parents change only through addParents/removeParents.
   */
  update(resource: FileResource, fileId: string, blob?: Blob, optionalArgs?: Args): FileResource {
    const call = 'drive.files.update';
    const record = reachable(this.#exec, call, fileId);
    const r = (resource ?? {}) as Json;
    // update(resource, id, null, optionalArgs) is the usual call; a plain object third is taken as the args.
    const args = optionalArgs ?? (blob instanceof Blob || !blob ? undefined : (blob as Args)) ?? {};
    if (r.parents !== undefined) {
      // [reported] the v3 message for writing parents directly.
      throw new GoogleJsonResponseException(
        call,
        'The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead.',
        403,
      );
    }
    // Patch semantics: named keys are set, keys sent as null removed, the rest kept (checked first).
    const merged = mergeAppProperties(call, record.appProperties, r.appProperties);
    const add = ids(args.addParents).map((p) => parentFolder(this.#exec, call, p));
    const removed = new Set(ids(args.removeParents).map((p) => this.#drive.resolve(p)));
    const parents = record.parents.filter((p) => !removed.has(p));
    for (const p of add) if (!parents.includes(p)) parents.push(p);
    oneParent(call, parents);
    let changed = false;
    const set = <K extends keyof DriveFileRecord>(key: K, value: DriveFileRecord[K]): void => {
      if (record[key] !== value) {
        record[key] = value;
        changed = true;
      }
    };
    if (typeof r.name === 'string') set('name', r.name);
    if (typeof r.description === 'string') set('description', r.description);
    if (typeof r.trashed === 'boolean') set('trashed', r.trashed);
    if (r.appProperties !== undefined) {
      if (JSON.stringify(merged ?? {}) !== JSON.stringify(record.appProperties ?? {})) {
        if (merged) record.appProperties = merged;
        else delete record.appProperties;
        changed = true;
      }
    }
    if (parents.join(',') !== record.parents.join(',')) {
      record.parents = parents;
      changed = true;
    }
    if (blob instanceof Blob) {
      if (this.#drive.body(record.id)) {
        this.#drive.setBody(record.id, importBody(call, blob), this.#me);
      } else {
        record.content = Buffer.from(blob.getBytes().map((b) => b & 0xff)).toString('base64');
        changed = true;
      }
    }
    if (changed) this.#drive.touch(record, this.#me);
    return shaped(record, this.#me, args.fields) as FileResource;
  }

  /**
   * https://developers.google.com/drive/api/reference/rest/v3/files/list: only files this
   * execution reaches (under drive.file, the app's own), trashed ones too unless `q` says
   * `trashed = false`. Order: creation order unless `orderBy` is name/createdTime/modifiedTime [open].
   */
  list(optionalArgs?: Args): GoogleAppsScript.Drive_v3.Drive.V3.Schema.FileList {
    const args = optionalArgs ?? {};
    const drive = this.#drive;
    let predicate: (f: DriveFileRecord) => boolean = () => true;
    if (typeof args.q === 'string' && args.q.trim() !== '') {
      try {
        predicate = compileQuery(args.q, (id) => drive.resolve(id));
      } catch (e) {
        if (e instanceof QueryError) {
          throw new GoogleJsonResponseException('drive.files.list', 'Invalid Value', 400);
        }
        throw e;
      }
    }
    const files = drive
      .all({ includeWorkbook: true })
      .filter((f) => f.id !== drive.rootId && reaches(this.#exec, f) && predicate(f));
    const order = str(args.orderBy)?.trim();
    if (order) {
      const [key, dir] = order.split(/\s+/);
      const value = (f: DriveFileRecord): string | number =>
        key === 'name' ? f.name : key === 'modifiedTime' ? f.modifiedTime : f.createdTime;
      files.sort((a, b) => (value(a) < value(b) ? -1 : value(a) > value(b) ? 1 : 0));
      if (dir === 'desc') files.reverse();
    }
    const pageSize = Math.min(1000, Math.max(1, Number(args.pageSize ?? 100)));
    const offset = Number(str(args.pageToken) ?? 0);
    const page = files.slice(offset, offset + pageSize);
    const full: Json = {
      kind: 'drive#fileList',
      incompleteSearch: false,
      files: page.map((f) => fullResource(f, this.#me)),
    };
    if (offset + pageSize < files.length) full.nextPageToken = String(offset + pageSize);
    const mask =
      typeof args.fields === 'string' && args.fields.trim() !== ''
        ? args.fields
        : `kind,incompleteSearch,nextPageToken,files(${DEFAULT_FILE_FIELDS})`;
    return pick(full, mask) as GoogleAppsScript.Drive_v3.Drive.V3.Schema.FileList;
  }

  /** https://developers.google.com/drive/api/reference/rest/v3/files/delete (Apps Script names it `remove`). */
  remove(fileId: string): void {
    const call = 'drive.files.delete';
    const record = reachable(this.#exec, call, fileId);
    if (record.owner !== this.#me) {
      throw new GoogleJsonResponseException(
        call,
        'The user does not have sufficient permissions for this file.',
        403,
      );
    }
    const drop = (id: string): void => {
      for (const child of this.#drive.children(id)) if (child.owner === this.#me) drop(child.id);
      this.#drive.remove(id);
    };
    drop(record.id);
  }
}

/** The `Drive` global (under the manifest's userSymbol). */
export class Drive extends Emulated {
  readonly [KIND] = 'Drive';
  readonly Files: DriveFiles;

  constructor(exec: Execution) {
    super();
    this.Files = new DriveFiles(exec);
  }
}
