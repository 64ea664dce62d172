// A generation stopped before Apps Script's time limit: what is still to make, kept in document properties.
import type { IsoDate } from '../domain/cells';

export interface PendingBatch {
  /** Placement IDs, or provider names, still needing the document, in order. */
  readonly subjects: readonly string[];
  /** Documents asked for when the batch began, and made since. */
  readonly total: number;
  readonly made: number;
  /** The school day it was saved: a batch is continued that day only. */
  readonly day: IsoDate;
}

// Document properties, not user ones: a colleague pressing the same item continues the same batch.
const KEY_PREFIX = 'AP Placements pending documents: ';
// "Properties value size: 9 KB per value" (PLATFORM.md); kept below it with room to spare.
const LARGEST_VALUE = 8_500;

function store(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

function isPending(value: unknown): value is PendingBatch {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    Array.isArray(v.subjects) &&
    v.subjects.every((s) => typeof s === 'string') &&
    typeof v.total === 'number' &&
    typeof v.made === 'number' &&
    typeof v.day === 'string'
  );
}

/** Bytes as stored (a provider's name may hold accents): each escaped byte counted once. */
function utf8Length(text: string): number {
  return encodeURIComponent(text).replace(/%[0-9A-F]{2}/gi, '.').length;
}

/** The batch saved for this document type, if it is well formed. */
export function readPendingBatch(documentType: string): PendingBatch | undefined {
  const text = store().getProperty(KEY_PREFIX + documentType);
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return isPending(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** False when the list is too long for one property: the caller says to select fewer rows. */
export function savePendingBatch(documentType: string, batch: PendingBatch): boolean {
  const text = JSON.stringify(batch);
  if (utf8Length(text) > LARGEST_VALUE) return false;
  store().setProperty(KEY_PREFIX + documentType, text);
  return true;
}

export function clearPendingBatch(documentType: string): void {
  store().deleteProperty(KEY_PREFIX + documentType);
}

/** A document made whose Documents row could not be written: listed by the next generation. */
export type UnlistedDocument = {
  /** The workbook's wall time it was made, 'YYYY-MM-DD HH:mm:ss'. */
  readonly created: string;
  readonly subject: string;
  readonly document: string;
  readonly link: string;
  readonly createdBy: string;
};

const UNLISTED = 'AP Placements documents not yet listed';

function isUnlisted(value: unknown): value is UnlistedDocument {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return ['created', 'subject', 'document', 'link', 'createdBy'].every(
    (key) => typeof v[key] === 'string',
  );
}

export function readUnlisted(): UnlistedDocument[] {
  const text = store().getProperty(UNLISTED);
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter(isUnlisted) : [];
  } catch {
    return [];
  }
}

/** Adds to the documents waiting for their rows; false when they do not fit in one property. */
export function saveUnlisted(documents: readonly UnlistedDocument[]): boolean {
  const text = JSON.stringify([...readUnlisted(), ...documents]);
  if (utf8Length(text) > LARGEST_VALUE) return false;
  store().setProperty(UNLISTED, text);
  return true;
}

export function clearUnlisted(): void {
  store().deleteProperty(UNLISTED);
}
