// Spreadsheet-level developer metadata: records, ids, visibility, the size limit; shared by SpreadsheetApp and the Sheets API.

export type MetadataVisibility = 'DOCUMENT' | 'PROJECT';

/**
 * One piece of developer metadata on the spreadsheet itself (location SPREADSHEET; rows,
 * columns and sheets are not modelled). https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata
 */
export interface MetadataRecord {
  /** "The spreadsheet-scoped unique ID ... Must be positive." */
  readonly id: number;
  key: string;
  /** null when the metadata has no value (DeveloperMetadata.getValue: "or null"). */
  value: string | null;
  visibility: MetadataVisibility;
  /** The developer project that made it: PROJECT metadata is visible to that project only. */
  readonly project: string;
}

/** This add-on's Cloud project: what its SpreadsheetApp and Sheets API calls see as "own". */
export const THIS_PROJECT = 'this-add-on';

/**
 * [open] The Sheets guide's limit on developer metadata could not be checked here; the emulator
 * takes the widely quoted 30,000 characters for all the metadata (keys and values) at one
 * location — here the spreadsheet's. Exceeding it refuses the change, changing nothing.
 */
export const METADATA_CHARACTERS_LIMIT = 30_000;

export class MetadataLimitError extends Error {
  constructor() {
    super(
      `The total size of developer metadata on the spreadsheet would exceed ${METADATA_CHARACTERS_LIMIT} characters.`,
    );
    this.name = 'MetadataLimitError';
  }
}

export interface NewMetadata {
  readonly key: string;
  readonly value?: string | null;
  readonly visibility?: MetadataVisibility;
  /** Default THIS_PROJECT; another project's PROJECT metadata is invisible to the add-on. */
  readonly project?: string;
  readonly id?: number;
}

/** What a lookup names (DeveloperMetadataLookup / DeveloperMetadataFinder); absent fields match all. */
export interface MetadataQuery {
  readonly id?: number;
  readonly key?: string;
  readonly value?: string;
  readonly visibility?: MetadataVisibility;
}

const size = (r: { key: string; value: string | null }): number =>
  r.key.length + (r.value?.length ?? 0);

export class DeveloperMetadataStore {
  #records: MetadataRecord[] = [];
  #next = 1;

  /** Host view: copies of every record, in creation order (both visibilities, every project). */
  list(): MetadataRecord[] {
    return this.#records.map((r) => ({ ...r }));
  }

  /** The live records this project may see: DOCUMENT ones, and PROJECT ones it made. */
  visible(project = THIS_PROJECT): MetadataRecord[] {
    return this.#records.filter((r) => r.visibility === 'DOCUMENT' || r.project === project);
  }

  get(id: number, project = THIS_PROJECT): MetadataRecord | undefined {
    return this.visible(project).find((r) => r.id === id);
  }

  find(query: MetadataQuery, project = THIS_PROJECT): MetadataRecord[] {
    return this.visible(project).filter(
      (r) =>
        (query.id === undefined || r.id === query.id) &&
        (query.key === undefined || r.key === query.key) &&
        (query.value === undefined || r.value === query.value) &&
        (query.visibility === undefined || r.visibility === query.visibility),
    );
  }

  /** Whether an id is taken (by any project). */
  has(id: number): boolean {
    return this.#records.some((r) => r.id === id);
  }

  /**
   * Adds one (host side too: `ws.spreadsheet.developerMetadata.add({ key, value })`). Ids "will
   * be randomly generated" when not given: here a deterministic spread of positive integers.
   */
  add(meta: NewMetadata): MetadataRecord {
    const record: MetadataRecord = {
      id: meta.id ?? this.#newId(),
      key: meta.key,
      value: meta.value ?? null,
      visibility: meta.visibility ?? 'DOCUMENT',
      project: meta.project ?? THIS_PROJECT,
    };
    if (this.has(record.id)) throw new Error(`Developer metadata id ${record.id} is taken`);
    this.#assertFits([...this.#records, record]);
    this.#records.push(record);
    return record;
  }

  /** Changes a record in place, within the limit (all or nothing). */
  update(
    record: MetadataRecord,
    change: Partial<Pick<MetadataRecord, 'key' | 'value' | 'visibility'>>,
  ): void {
    const next = { ...record, ...change };
    this.#assertFits(this.#records.map((r) => (r === record ? next : r)));
    Object.assign(record, change);
  }

  remove(id: number): boolean {
    const before = this.#records.length;
    this.#records = this.#records.filter((r) => r.id !== id);
    return this.#records.length < before;
  }

  /** For undoing a failed Sheets API batch, and for snapshots. */
  snapshot(): { records: MetadataRecord[]; next: number } {
    return { records: this.list(), next: this.#next };
  }

  restore(snapshot: { records: readonly MetadataRecord[]; next: number }): void {
    this.#records = snapshot.records.map((r) => ({ ...r }));
    this.#next = snapshot.next;
  }

  #newId(): number {
    for (;;) {
      const id = ((Math.imul(this.#next, 0x9e3779b1) >>> 0) % 2_000_000_000) + 1;
      this.#next += 1;
      if (!this.has(id)) return id;
    }
  }

  #assertFits(records: readonly MetadataRecord[]): void {
    if (records.reduce((n, r) => n + size(r), 0) > METADATA_CHARACTERS_LIMIT) {
      throw new MetadataLimitError();
    }
  }
}
