// DeveloperMetadata and DeveloperMetadataFinder: SpreadsheetApp's view of the spreadsheet's developer metadata.
import { AppsScriptError, Emulated, KIND } from '../core/emulated';
import { asGoogle, signatureError, type Doc } from './handles';
import {
  MetadataLimitError,
  METADATA_CHARACTERS_LIMIT,
  type MetadataQuery,
  type MetadataRecord,
  type MetadataVisibility,
} from './metadata-store';

type GMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type GFinder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
type GVisibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;

export const VISIBILITIES: readonly MetadataVisibility[] = ['DOCUMENT', 'PROJECT'];

export function isVisibility(v: unknown): v is MetadataVisibility {
  return typeof v === 'string' && (VISIBILITIES as readonly string[]).includes(v);
}

/** [open] wording: Google's message past the metadata size limit is not documented. */
export function limitError(): AppsScriptError {
  return new AppsScriptError(
    `The developer metadata of this spreadsheet would exceed ${METADATA_CHARACTERS_LIMIT} characters.`,
  );
}

/** Runs a store change, turning the size limit into the script's exception. */
export function withinLimit<T>(change: () => T): T {
  try {
    return change();
  } catch (e) {
    if (e instanceof MetadataLimitError) throw limitError();
    throw e;
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata */
export class DeveloperMetadata
  extends Emulated
  implements
    Pick<
      GMetadata,
      | 'getId'
      | 'getKey'
      | 'getValue'
      | 'getVisibility'
      | 'setKey'
      | 'setValue'
      | 'setVisibility'
      | 'remove'
    >
{
  readonly [KIND] = 'DeveloperMetadata';
  readonly #doc: Doc;
  readonly #id: number;

  constructor(doc: Doc, id: number) {
    super();
    this.#doc = { exec: doc.exec, state: doc.state };
    this.#id = id;
  }

  /** The live record; once removed (here or through the API) calls fail [open: wording]. */
  #record(): MetadataRecord {
    const r = this.#doc.state.developerMetadata.get(this.#id);
    if (!r) throw new AppsScriptError(`Developer metadata with id ${this.#id} was not found.`);
    return r;
  }
  #self(): GMetadata {
    return asGoogle(this);
  }

  getId(): number {
    return this.#record().id;
  }
  getKey(): string {
    return this.#record().key;
  }
  /** "the value associated with this developer metadata, or null if this metadata has no value" */
  getValue(): string | null {
    return this.#record().value;
  }
  getVisibility(): GVisibility {
    return this.#record().visibility as unknown as GVisibility;
  }
  setKey(key: string): GMetadata {
    if (typeof key !== 'string') throw signatureError('DeveloperMetadata.setKey', [key]);
    const r = this.#record();
    withinLimit(() => this.#doc.state.developerMetadata.update(r, { key }));
    return this.#self();
  }
  setValue(value: string): GMetadata {
    if (typeof value !== 'string') throw signatureError('DeveloperMetadata.setValue', [value]);
    const r = this.#record();
    withinLimit(() => this.#doc.state.developerMetadata.update(r, { value }));
    return this.#self();
  }
  setVisibility(visibility: GVisibility): GMetadata {
    if (!isVisibility(visibility)) {
      throw signatureError('DeveloperMetadata.setVisibility', [visibility]);
    }
    this.#doc.state.developerMetadata.update(this.#record(), { visibility });
    return this.#self();
  }
  remove(): void {
    this.#doc.state.developerMetadata.remove(this.#record().id);
  }
}

/**
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder: each
 * `with...` narrows the search; `find()` returns what matches, in creation order. Only the
 * spreadsheet location is modelled, so withLocationType(SPREADSHEET) keeps everything and any
 * other location type finds nothing.
 */
export class DeveloperMetadataFinder
  extends Emulated
  implements
    Pick<
      GFinder,
      'withId' | 'withKey' | 'withValue' | 'withVisibility' | 'withLocationType' | 'find'
    >
{
  readonly [KIND] = 'DeveloperMetadataFinder';
  readonly #doc: Doc;
  #query: MetadataQuery = {};
  #spreadsheetOnly = true;

  constructor(doc: Doc) {
    super();
    this.#doc = { exec: doc.exec, state: doc.state };
  }

  #self(): GFinder {
    return asGoogle(this);
  }

  withId(id: number): GFinder {
    this.#query = { ...this.#query, id: Number(id) };
    return this.#self();
  }
  withKey(key: string): GFinder {
    this.#query = { ...this.#query, key: String(key) };
    return this.#self();
  }
  withValue(value: string): GFinder {
    this.#query = { ...this.#query, value: String(value) };
    return this.#self();
  }
  withVisibility(visibility: GVisibility): GFinder {
    if (!isVisibility(visibility)) {
      throw signatureError('DeveloperMetadataFinder.withVisibility', [visibility]);
    }
    this.#query = { ...this.#query, visibility };
    return this.#self();
  }
  withLocationType(
    locationType: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType,
  ): GFinder {
    this.#spreadsheetOnly = this.#spreadsheetOnly && String(locationType) === 'SPREADSHEET';
    return this.#self();
  }
  find(): GMetadata[] {
    if (!this.#spreadsheetOnly) return [];
    return this.#doc.state.developerMetadata
      .find(this.#query)
      .map((r) => asGoogle<GMetadata>(new DeveloperMetadata(this.#doc, r.id)));
  }
}
