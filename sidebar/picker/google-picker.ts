// The parts of Google's Picker API and google.script the dialog uses, typed here (no @types package is shipped to the browser).
// https://developers.google.com/drive/picker/reference

export interface PickedDocument {
  readonly id: string;
  readonly name?: string;
  readonly mimeType?: string;
}

export interface PickerResponse {
  readonly action: string;
  readonly docs?: readonly PickedDocument[];
}

export interface DocsView {
  setIncludeFolders(include: boolean): DocsView;
  setSelectFolderEnabled(enabled: boolean): DocsView;
  setMimeTypes(mimeTypes: string): DocsView;
  setMode(mode: string): DocsView;
  /** Comma-separated ids: only these files, and only those the user can open, are shown. */
  setFileIds(fileIds: string): DocsView;
}

export interface Picker {
  setVisible(visible: boolean): Picker;
}

export interface PickerBuilder {
  addView(view: DocsView): PickerBuilder;
  enableFeature(feature: string): PickerBuilder;
  setAppId(appId: string): PickerBuilder;
  setOAuthToken(token: string): PickerBuilder;
  setDeveloperKey(key: string): PickerBuilder;
  setOrigin(origin: string): PickerBuilder;
  setTitle(title: string): PickerBuilder;
  setSize(width: number, height: number): PickerBuilder;
  setCallback(callback: (response: PickerResponse) => void): PickerBuilder;
  build(): Picker;
}

export interface PickerNamespace {
  readonly PickerBuilder: new () => PickerBuilder;
  readonly DocsView: new (viewId?: string) => DocsView;
  readonly ViewId: { readonly DOCS: string };
  readonly DocsViewMode: { readonly LIST: string };
  readonly Feature: { readonly MULTISELECT_ENABLED: string; readonly NAV_HIDDEN: string };
  readonly Action: { readonly PICKED: string; readonly CANCEL: string };
}

export interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [functionName: string]: unknown;
}

export interface GoogleGlobal {
  picker?: PickerNamespace;
  script: {
    run: ScriptRun;
    host: { origin: string; close(): void };
  };
}

export interface Gapi {
  load(name: string, options: { callback: () => void; onerror?: () => void }): void;
}

/** The page's globals: google.script (always, from Apps Script), gapi once api.js has loaded. */
export function globals(): { google: GoogleGlobal; gapi: Gapi | undefined } {
  const w = window as unknown as { google: GoogleGlobal; gapi?: Gapi };
  return { google: w.google, gapi: w.gapi };
}
