// The emulated Drive that outlives executions: files, folders, Google Docs' bodies, who may reach them, daily quota.
import type { VirtualClock } from '../core/clock';
import { AppsScriptError } from '../core/emulated';
import { applyBatch } from '../docs/batch';
import { InvalidRequest } from '../docs/request-error';
import { bodyFromJSON, bodyToJSON, renderHtml, renderText, type BodyJSON } from '../docs/render';
import { bodyUnits, type Block, type Unit } from '../docs/units';
import type { WorkbookJSON } from '../spreadsheet/persist';
import type { SpreadsheetState } from '../spreadsheet/state';
import type { AppProperties } from './app-properties';
import { bindRecord, DriveSpreadsheets, type NewSpreadsheet } from './spreadsheets';

export const FOLDER = 'application/vnd.google-apps.folder';
export const DOCUMENT = 'application/vnd.google-apps.document';
export const SPREADSHEET = 'application/vnd.google-apps.spreadsheet';

/** The bound spreadsheet as its Drive file sees it (SpreadsheetState is one). */
export interface WorkbookLink {
  readonly id: string;
  name: string;
  owner: string;
}

/**
 * Apps Script's "Docs created" quota: 250 a day on consumer accounts, 1,500 on Workspace
 * (PLATFORM.md; https://developers.google.com/apps-script/guides/services/quotas#current_quotas).
 * Here every Google Doc the app makes counts (Docs.Documents.create, Drive.Files.create/copy of a
 * Doc): whether Google counts advanced-service creations is [open]; this is the stricter reading.
 * The window is a rolling 24 hours [open], as for mail.
 */
export const DAILY_DOCS = { consumer: 250, workspace: 1500 } as const;
/**
 * "Spreadsheets created": 250 a day on consumer accounts, 3,200 on Workspace (same page). Every
 * spreadsheet the app makes counts here (Drive.Files.create/copy of a Google Sheet,
 * Sheets.Spreadsheets.create); as for Docs, whether Google counts advanced-service creations is
 * [open], and so is the wording when spent (here "spreadsheets create", after DocumentApp's).
 */
export const DAILY_SPREADSHEETS = { consumer: 250, workspace: 3200 } as const;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface DriveFileRecord {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  description?: string;
  owner: string;
  lastModifyingUser: string;
  createdTime: number;
  modifiedTime: number;
  /** Drive's `version`: "reflects every change made to the file on the server". */
  version: number;
  trashed: boolean;
  /** Whether this app created the file (Drive.Files.create/copy, Docs.Documents.create). */
  createdByApp: boolean;
  /**
   * Users for whom the app created the file or who opened it with the app: exactly the files
   * `drive.file` lets the app reach for that user (https://developers.google.com/drive/api/guides/api-specific-auth#drive-file).
   */
  appUsers: string[];
  /** Users who picked the file in the Google Picker (pick()); absent when nobody did. */
  pickedBy?: string[];
  /** Bytes (base64) of an uploaded non-Google file. */
  content?: string;
  /** The app's private key-value pairs (Drive v3 `appProperties`); absent when none. */
  appProperties?: AppProperties;
}

export interface DriveJSON {
  version: 1;
  nextId: number;
  rootId: string;
  files: DriveFileRecord[];
  documents: Array<[id: string, body: BodyJSON]>;
  docsCreated: number[];
  /** Spreadsheets other than the bound one (absent in snapshots made before they were modelled). */
  spreadsheets?: WorkbookJSON[];
  spreadsheetsCreated?: number[];
}

export interface UserFileOptions {
  readonly name: string;
  readonly mimeType?: string;
  readonly owner?: string;
  readonly parents?: readonly string[];
  /** The body of a Google Doc (headings, paragraphs, tables). */
  readonly blocks?: readonly Block[];
}

const copyRecord = (f: DriveFileRecord): DriveFileRecord => ({
  ...f,
  parents: [...f.parents],
  appUsers: [...f.appUsers],
  ...(f.pickedBy ? { pickedBy: [...f.pickedBy] } : {}),
  ...(f.appProperties ? { appProperties: { ...f.appProperties } } : {}),
});

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export class DriveState {
  readonly #files = new Map<string, DriveFileRecord>();
  readonly #bodies = new Map<string, Unit[]>();
  #docsCreated: number[] = [];
  #spreadsheetsCreated: number[] = [];
  readonly #books: DriveSpreadsheets;
  #nextId = 1;
  #workbook: WorkbookLink | undefined;
  rootId: string;

  constructor(
    readonly clock: VirtualClock,
    readonly account: 'consumer' | 'workspace',
    owner: string,
  ) {
    this.rootId = '0AEmulatedRootFolderUk9PVA';
    this.#books = new DriveSpreadsheets(clock);
    this.#files.set(this.rootId, this.#record(this.rootId, 'My Drive', FOLDER, [], owner, false));
  }

  /** A Drive-like id: 44 characters for Docs and files, 33 for folders, deterministic per workspace. */
  newId(mimeType: string): string {
    const length = mimeType === FOLDER ? 33 : 44;
    for (;;) {
      let h = Math.imul(this.#nextId, 0x9e3779b1) >>> 0 || 1;
      this.#nextId += 1;
      let id = '1';
      while (id.length < length) {
        h ^= h << 13;
        h ^= h >>> 17;
        h ^= h << 5;
        h >>>= 0;
        id += ID_CHARS[h & 63];
      }
      if (!this.#files.has(id)) return id;
    }
  }

  #record(
    id: string,
    name: string,
    mimeType: string,
    parents: string[],
    owner: string,
    byApp: boolean,
  ): DriveFileRecord {
    const now = this.clock.now();
    return {
      id,
      name,
      mimeType,
      parents,
      owner,
      lastModifyingUser: owner,
      createdTime: now,
      modifiedTime: now,
      version: 1,
      trashed: false,
      createdByApp: byApp,
      appUsers: byApp ? [owner] : [],
    };
  }

  /** 'root' is Drive's alias for the user's My Drive. */
  resolve(id: string): string {
    return id === 'root' ? this.rootId : id;
  }

  /** The live record (services mutate it); undefined when there is no such file. */
  get(id: string): DriveFileRecord | undefined {
    return this.#files.get(this.resolve(id));
  }

  body(id: string): Unit[] | undefined {
    return this.#bodies.get(id);
  }

  /**
   * Every file and folder, My Drive's root included. The bound workbook's own record is left out
   * unless asked for (`{ includeWorkbook: true }`): host helpers and tests count what the add-on
   * made, and the workbook is always there. Drive.Files.list sees it (when it reaches it).
   */
  all(options: { readonly includeWorkbook?: boolean } = {}): DriveFileRecord[] {
    const files = [...this.#files.values()];
    if (options.includeWorkbook || !this.#workbook) return files;
    const id = this.#workbook.id;
    return files.filter((f) => f.id !== id);
  }

  /** The bound spreadsheet's Drive record (linkWorkbook), if it is still in Drive. */
  workbook(): DriveFileRecord | undefined {
    return this.#workbook && this.#files.get(this.#workbook.id);
  }

  /**
   * The bound spreadsheet is a Drive file too: same id, mimeType
   * application/vnd.google-apps.spreadsheet, in My Drive, owned by the spreadsheet's owner, and
   * NOT made by the app, so `drive.file` reaches it for nobody until they pick it
   * (https://developers.google.com/drive/api/guides/api-specific-auth#drive-file; `pick`). Its
   * `name` and `owner` are the spreadsheet's own, live both ways: Spreadsheet.rename shows in
   * Drive, and Drive.Files.update({name}) renames the spreadsheet. Its `version` and
   * `modifiedTime` do not follow cell edits (not modelled).
   */
  linkWorkbook(book: WorkbookLink): DriveFileRecord {
    this.#workbook = book;
    const record =
      this.#files.get(book.id) ??
      this.#record(book.id, book.name, SPREADSHEET, [this.rootId], book.owner, false);
    this.#files.set(book.id, record);
    bindRecord(record, book);
    return record;
  }

  /** Adds a file (the services decide who made it). A Google Doc starts with `blocks`, or empty. */
  add(options: {
    name: string;
    mimeType: string;
    parents: string[];
    owner: string;
    byApp: boolean;
    body?: Unit[];
    content?: string;
  }): DriveFileRecord {
    const id = this.newId(options.mimeType);
    const record = this.#record(
      id,
      options.name,
      options.mimeType,
      options.parents,
      options.owner,
      options.byApp,
    );
    if (options.content !== undefined) record.content = options.content;
    this.#files.set(id, record);
    if (options.mimeType === DOCUMENT) this.#bodies.set(id, options.body ?? bodyUnits([]));
    return record;
  }

  /**
   * Adds a Google Sheet made by the app for `owner` (Drive.Files.create or copy of a spreadsheet,
   * Sheets.Spreadsheets.create): a Drive file and its spreadsheet, one file (`spreadsheet(id)`).
   */
  addSpreadsheet(
    options: { name: string; parents: string[]; owner: string },
    start: NewSpreadsheet,
  ): DriveFileRecord {
    const record = this.add({ ...options, mimeType: SPREADSHEET, byApp: true });
    this.#books.create(record, start);
    return record;
  }

  /** The document of a spreadsheet in this Drive other than the bound one (`Workspace.findSpreadsheet` has both). */
  spreadsheet(id: string): SpreadsheetState | undefined {
    return this.#books.get(id);
  }

  /** Every spreadsheet in this Drive other than the bound one, in creation order. */
  spreadsheets(): SpreadsheetState[] {
    return this.#books.all();
  }

  /** Deleted for good (files.delete): a spreadsheet's document goes with its file. */
  remove(id: string): void {
    this.#files.delete(id);
    this.#bodies.delete(id);
    this.#books.delete(id);
  }

  /** A change to a file: version up, modified now, by whom. */
  touch(record: DriveFileRecord, user: string): void {
    record.version += 1;
    record.modifiedTime = this.clock.now();
    record.lastModifyingUser = user;
  }

  setBody(id: string, units: Unit[], user: string): void {
    const record = this.#files.get(id);
    if (!record) throw new Error(`DriveState: no document ${id}`);
    this.#bodies.set(id, units);
    this.touch(record, user);
  }

  // Quota ------------------------------------------------------------------------------------

  get dailyDocsLimit(): number {
    return DAILY_DOCS[this.account];
  }

  docsCreatedToday(): number {
    const since = this.clock.now() - DAY_MS;
    this.#docsCreated = this.#docsCreated.filter((t) => t > since);
    return this.#docsCreated.length;
  }

  /** Throws when the day's Docs are spent; otherwise counts one. */
  countDocCreated(): void {
    if (this.docsCreatedToday() >= this.dailyDocsLimit) {
      // [reported] DocumentApp's wording for this quota.
      throw new AppsScriptError('Service invoked too many times for one day: docs create.');
    }
    this.#docsCreated.push(this.clock.now());
  }

  get dailySpreadsheetsLimit(): number {
    return DAILY_SPREADSHEETS[this.account];
  }

  spreadsheetsCreatedToday(): number {
    const since = this.clock.now() - DAY_MS;
    this.#spreadsheetsCreated = this.#spreadsheetsCreated.filter((t) => t > since);
    return this.#spreadsheetsCreated.length;
  }

  /** Throws when the day's spreadsheets are spent; otherwise counts one. */
  countSpreadsheetCreated(): void {
    if (this.spreadsheetsCreatedToday() >= this.dailySpreadsheetsLimit) {
      throw new AppsScriptError('Service invoked too many times for one day: spreadsheets create.');
    }
    this.#spreadsheetsCreated.push(this.clock.now());
  }

  // Host helpers (not counted, no scopes) ------------------------------------------------------

  /** A file a person made in Drive, not through the app: `drive.file` cannot reach it. */
  addUserFile(options: UserFileOptions): DriveFileRecord {
    return this.add({
      name: options.name,
      mimeType: options.mimeType ?? DOCUMENT,
      parents: [...(options.parents ?? [this.rootId])],
      owner: options.owner ?? this.#files.get(this.rootId)?.owner ?? '',
      byApp: false,
      body: bodyUnits(options.blocks ?? []),
    });
  }

  /** The user opened the file with the app (Drive "Open with", the Picker): drive.file now reaches it. */
  openWithApp(id: string, user: string): void {
    const record = this.get(id);
    if (!record) throw new Error(`DriveState: no file ${id}`);
    if (!record.appUsers.includes(user)) record.appUsers.push(user);
  }

  /**
   * What the Google Picker does when `user` picks files in a Picker built with
   * setAppId(<the add-on's Cloud project number>): drive.file then reaches each picked file for
   * that user, and only that user ("setAppId ... is needed for the drive.file scope, allowing
   * access to user files via the Drive API":
   * https://developers.google.com/drive/picker/reference/picker.pickerbuilder.setappid;
   * googleworkspace/redriveapp README: files not picked are "File not found"). A picked folder
   * grants itself, not the files already in it [reported]: per-file picks (PLATFORM.md).
   */
  pick(ids: readonly string[], user: string): void {
    for (const id of ids) {
      const record = this.get(id);
      if (!record) throw new Error(`DriveState: no file ${id}`);
      this.openWithApp(id, user);
      if (!record.pickedBy?.includes(user)) record.pickedBy = [...(record.pickedBy ?? []), user];
    }
  }

  /**
   * Whether a folder a user picked may be the parent of a file the app creates or copies for
   * them. Reported yes (the app "has access" to the folder), not documented [open]: false makes
   * Drive refuse it, to exercise the add-on's fallback (README "To confirm on a real account").
   */
  pickedFoldersTakeNewFiles = true;

  /**
   * The file is no longer the app's for `user` (or anyone): as if a person had made it, or a
   * colleague had shared it. drive.file no longer reaches it.
   */
  forgetApp(id: string, user?: string): void {
    const record = this.get(id);
    if (!record) throw new Error(`DriveState: no file ${id}`);
    record.appUsers = user === undefined ? [] : record.appUsers.filter((u) => u !== user);
    if (user === undefined) record.createdByApp = false;
  }

  /** A person edits a document in the Docs editor: the same requests as batchUpdate, version up. */
  personEdit(id: string, requests: unknown[], user: string): void {
    const body = this.#bodies.get(id);
    if (!body) throw new Error(`DriveState: no document ${id}`);
    try {
      this.setBody(id, applyBatch(body, requests).units, user);
    } catch (e) {
      if (e instanceof InvalidRequest) throw new Error(`personEdit: ${e.message}`, { cause: e });
      throw e;
    }
  }

  /** Find files by name (host convenience for tests and the preview). */
  findByName(name: string): DriveFileRecord[] {
    return this.all().filter((f) => f.name === name);
  }

  /** Files in a folder, in creation order. */
  children(folderId: string): DriveFileRecord[] {
    const id = this.resolve(folderId);
    return this.all().filter((f) => f.parents.includes(id));
  }

  renderText(id: string): string {
    return renderText(this.#mustBody(id));
  }

  renderHtml(id: string): string {
    return renderHtml(this.#mustBody(id));
  }

  #mustBody(id: string): Unit[] {
    const body = this.#bodies.get(id);
    if (!body) throw new Error(`DriveState: ${id} is not a Google Doc in this Drive`);
    return body;
  }

  toJSON(): DriveJSON {
    return {
      version: 1,
      nextId: this.#nextId,
      rootId: this.rootId,
      files: this.all({ includeWorkbook: true }).map(copyRecord),
      documents: [...this.#bodies].map(([id, units]) => [id, bodyToJSON(units)]),
      docsCreated: [...this.#docsCreated],
      spreadsheets: this.#books.toJSON(),
      spreadsheetsCreated: [...this.#spreadsheetsCreated],
    };
  }

  /** Replaces this Drive's content with a snapshot's. */
  load(json: DriveJSON): void {
    if (json.version !== 1) throw new Error('DriveState.load: unknown snapshot version');
    this.#files.clear();
    this.#bodies.clear();
    for (const f of json.files) {
      this.#files.set(f.id, copyRecord(f));
    }
    for (const [id, body] of json.documents) this.#bodies.set(id, bodyFromJSON(body));
    this.#docsCreated = [...json.docsCreated];
    this.#spreadsheetsCreated = [...(json.spreadsheetsCreated ?? [])];
    this.#books.load(json.spreadsheets ?? [], (id) => this.#files.get(id));
    this.#nextId = json.nextId;
    this.rootId = json.rootId;
    // The workbook's record follows the live spreadsheet (a snapshot from before it had one gets it).
    if (this.#workbook) this.linkWorkbook(this.#workbook);
  }
}
