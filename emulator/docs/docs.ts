// The Docs advanced service (v1): Docs.Documents create, get and batchUpdate on the Drive's Google Docs.
import type { Execution } from '../core/execution';
import { Emulated, KIND } from '../core/emulated';
import { hasScope } from '../drive/access';
import { GoogleJsonResponseException } from '../drive/errors';
import { DOCUMENT, type DriveFileRecord } from '../drive/state';
import { applyBatch } from './batch';
import { InvalidRequest } from './request-error';
import { bodyContent } from './structure';
import { bodyUnits } from './units';

/** The Document resource; `tabs` (newer than the typings) holds the body when includeTabsContent is set. */
export type DocumentJSON = GoogleAppsScript.Docs.Schema.Document & {
  tabs?: Array<{
    tabProperties: { tabId: string; title: string; index: number };
    documentTab: { body: GoogleAppsScript.Docs.Schema.Body };
  }>;
};

/** An opaque revision id that changes with every change to the document (Drive's version). */
export function revisionId(f: DriveFileRecord): string {
  let h = 2166136261;
  for (const ch of `${f.id}:${f.version}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return `ALBJ4L${h.toString(36).padStart(7, '0')}${f.version.toString(36)}`;
}

/** https://developers.google.com/apps-script/advanced/docs (Docs API v1 `documents` collection). */
export class DocsDocuments extends Emulated {
  readonly [KIND] = 'Docs.Documents';
  readonly #exec: Execution;

  constructor(exec: Execution) {
    super();
    this.#exec = exec;
  }

  /**
   * The document, if this execution may reach it. With `documents` (or `drive`) every Doc the
   * user can open is reachable; with only `drive.file`, the app's own. Messages [reported]:
   * 404 "Requested entity was not found." for no such document; 403 "The caller does not have
   * permission" for a Doc drive.file does not cover; 400 "This operation is not supported for
   * this document" for a Drive file that is not a Google Doc.
   */
  #document(call: string, documentId: unknown): DriveFileRecord {
    const f = this.#exec.workspace.drive.get(String(documentId ?? ''));
    if (!f) throw new GoogleJsonResponseException(call, 'Requested entity was not found.', 404);
    const exec = this.#exec;
    const broad = ['documents', 'documents.readonly', 'drive', 'drive.readonly'].some((s) =>
      hasScope(exec, s),
    );
    if (!broad && !f.appUsers.includes(exec.effectiveUser)) {
      throw new GoogleJsonResponseException(call, 'The caller does not have permission', 403);
    }
    if (f.mimeType !== DOCUMENT) {
      throw new GoogleJsonResponseException(
        call,
        'This operation is not supported for this document',
        400,
      );
    }
    return f;
  }

  #json(f: DriveFileRecord, includeTabsContent: boolean): DocumentJSON {
    const body = { content: bodyContent(this.#exec.workspace.drive.body(f.id) ?? bodyUnits([])) };
    const head = {
      documentId: f.id,
      title: f.name,
      revisionId: revisionId(f),
      suggestionsViewMode: 'SUGGESTIONS_INLINE',
    };
    if (includeTabsContent) {
      return {
        ...head,
        tabs: [
          { tabProperties: { tabId: 't.0', title: 'Tab 1', index: 0 }, documentTab: { body } },
        ],
      } as DocumentJSON;
    }
    return { ...head, body } as DocumentJSON;
  }

  /**
   * https://developers.google.com/docs/api/reference/rest/v1/documents/create: "Creates a blank
   * document using the title given in the request. Other fields in the request, including any
   * provided content, are ignored." The Doc is a Drive file the app created, in My Drive.
   */
  create(resource?: DocumentJSON): DocumentJSON {
    const drive = this.#exec.workspace.drive;
    drive.countDocCreated();
    const title = typeof resource?.title === 'string' ? resource.title : 'Untitled document';
    const f = drive.add({
      name: title,
      mimeType: DOCUMENT,
      parents: [drive.rootId],
      owner: this.#exec.effectiveUser,
      byApp: true,
    });
    return this.#json(f, false);
  }

  /** https://developers.google.com/docs/api/reference/rest/v1/documents/get */
  get(documentId: string, optionalArgs?: { includeTabsContent?: boolean }): DocumentJSON {
    const f = this.#document('docs.documents.get', documentId);
    return this.#json(f, optionalArgs?.includeTabsContent === true);
  }

  /**
   * https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate: all requests
   * or none. A batch that changes the body is a change to the Drive file (version, modifiedTime).
   * writeControl.requiredRevisionId must name the current revision ([open] message wording).
   */
  batchUpdate(
    resource: GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest,
    documentId: string,
  ): GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse {
    const call = 'docs.documents.batchUpdate';
    const f = this.#document(call, documentId);
    const drive = this.#exec.workspace.drive;
    const required = resource?.writeControl?.requiredRevisionId;
    if (required !== undefined && required !== revisionId(f)) {
      throw new GoogleJsonResponseException(
        call,
        'The revision specified in the write control is not the most recent revision of the document.',
        400,
      );
    }
    let result;
    try {
      result = applyBatch(drive.body(f.id) ?? bodyUnits([]), resource?.requests ?? []);
    } catch (e) {
      if (e instanceof InvalidRequest) throw new GoogleJsonResponseException(call, e.message, 400);
      throw e;
    }
    if (result.changed) drive.setBody(f.id, result.units, this.#exec.effectiveUser);
    return {
      documentId: f.id,
      replies: result.replies,
      writeControl: { requiredRevisionId: revisionId(f) },
    };
  }
}

/** The `Docs` global (under the manifest's userSymbol). */
export class Docs extends Emulated {
  readonly [KIND] = 'Docs';
  readonly Documents: DocsDocuments;

  constructor(exec: Execution) {
    super();
    this.Documents = new DocsDocuments(exec);
  }
}
