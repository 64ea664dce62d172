// The Google Docs in the emulated Drive, listed for the Documents panel and rendered for its frame.
import type { Workspace } from '../emulator';
import { webViewLink } from '../emulator/drive/resource';
import { DOCUMENT, type DriveFileRecord } from '../emulator/drive/state';
import { framedPage } from './frames';
import type { DocumentView, RenderedDocument } from './shared/api';

/** The folders from My Drive down to the file's first parent: "AP Placements documents / Templates". */
function folderPath(ws: Workspace, file: DriveFileRecord): string {
  const names: string[] = [];
  const seen = new Set<string>();
  for (let id = file.parents[0]; id !== undefined && !seen.has(id);) {
    seen.add(id);
    const folder = ws.drive.get(id);
    if (!folder || folder.id === ws.drive.rootId) break;
    names.unshift(folder.name);
    id = folder.parents[0];
  }
  return names.length ? names.join(' / ') : 'My Drive';
}

function documentView(ws: Workspace, file: DriveFileRecord): DocumentView {
  return {
    id: file.id,
    name: file.name,
    // The link the Documents sheet holds, without Drive's ?usp=drivesdk.
    url: webViewLink(file).replace(/\?.*$/, ''),
    createdAt: file.createdTime,
    modifiedAt: file.modifiedTime,
    folder: folderPath(ws, file),
    byAddOn: file.createdByApp,
  };
}

/** Every Google Doc not in the bin, newest first (the add-on's generated ones above its templates). */
export function documentList(ws: Workspace): DocumentView[] {
  return ws.drive
    .all()
    .filter((f) => f.mimeType === DOCUMENT && !f.trashed)
    .map((f, order) => ({ view: documentView(ws, f), order }))
    .sort((a, b) => b.view.createdAt - a.view.createdAt || b.order - a.order)
    .map(({ view }) => view);
}

/** One document's body as the frame shows it, or undefined when the Drive has no such Doc. */
export function renderedDocument(ws: Workspace, id: string): RenderedDocument | undefined {
  const file = ws.drive.get(id);
  if (!file || file.mimeType !== DOCUMENT || file.id === ws.drive.rootId) return undefined;
  return {
    ...documentView(ws, file),
    srcdoc: framedPage(file.name, ws.drive.renderHtml(file.id)),
    text: ws.drive.renderText(file.id),
  };
}
