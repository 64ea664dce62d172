// Stands in for Google's Picker offline (in place of api.js in a dialog): gapi.load and the google.picker subset the add-on uses.
// Google's reference: https://developers.google.com/drive/picker/reference
import type { PickerFile } from '../shared/api';
import { ask } from './picker-stand-in-server';
import { showPicker, type PickerScreen } from './picker-stand-in-view';

const FOLDER = 'application/vnd.google-apps.folder';

/** Google's constants, with Google's values. */
const Action = { PICKED: 'picked', CANCEL: 'cancel', LOADED: 'loaded' } as const;
const Feature = { MULTISELECT_ENABLED: 'multiselectEnabled', NAV_HIDDEN: 'navHidden' } as const;
const ViewId = { DOCS: 'all' } as const;
const DocsViewMode = { LIST: 'list' } as const;

type PickerCallback = (response: { action: string; docs?: readonly PickerFile[] }) => void;

interface Globals {
  gapi?: unknown;
  google?: { picker?: unknown; script?: { host?: { origin?: string } } };
}
const globals = window as unknown as Globals;

const list = (text: string): string[] =>
  String(text)
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/** Google's DocsView, whatever its ViewId: the stand-in lists Drive files by id. */
class DocsView {
  includeFolders = false;
  selectFolderEnabled = false;
  mimeTypes: string[] | undefined;
  fileIds: string[] | undefined;

  setIncludeFolders(include: boolean): this {
    this.includeFolders = Boolean(include);
    return this;
  }
  setSelectFolderEnabled(enabled: boolean): this {
    this.selectFolderEnabled = Boolean(enabled);
    return this;
  }
  setMimeTypes(mimeTypes: string): this {
    this.mimeTypes = list(mimeTypes);
    return this;
  }
  /** Only LIST is drawn: the stand-in has one way of showing files. */
  setMode(): this {
    return this;
  }
  setFileIds(fileIds: string): this {
    this.fileIds = list(fileIds);
    return this;
  }

  shows(file: PickerFile): boolean {
    if (this.mimeTypes && !this.mimeTypes.includes(file.mimeType)) return false;
    return file.mimeType !== FOLDER || this.includeFolders || this.selectFolderEnabled;
  }

  canPick(file: PickerFile): boolean {
    return file.mimeType !== FOLDER || this.selectFolderEnabled;
  }
}

interface Settings {
  readonly views: readonly DocsView[];
  readonly features: ReadonlySet<string>;
  readonly appId: string;
  readonly token: string;
  readonly developerKey: string;
  readonly origin: string;
  readonly title: string;
  readonly size: { readonly width: number; readonly height: number } | undefined;
  readonly callback: PickerCallback | undefined;
}

/**
 * What Google's Picker could not work without, in words. Without the app id a pick grants the add-on
 * nothing (drive.file); without the token or key it cannot sign in; without the right origin its
 * answer never reaches the dialog. The stand-in ignores the key's value, as no Google checks it here.
 */
function problems(s: Settings): string[] {
  const found: string[] = [];
  const missing = [
    ['setAppId (the Cloud project number)', s.appId],
    ['setOAuthToken', s.token],
    ['setDeveloperKey', s.developerKey],
    ['setOrigin', s.origin],
  ].flatMap(([call, value]) => (value ? [] : [call]));
  if (missing.length > 0) found.push(`PickerBuilder.${missing.join(', ')} not called`);
  if (s.appId && !/^\d+$/.test(s.appId)) {
    found.push(`setAppId("${s.appId}") is not a Cloud project number (digits only)`);
  }
  const top = globals.google?.script?.host?.origin;
  if (s.origin && top && s.origin !== top) {
    found.push(`setOrigin("${s.origin}") is not the origin around this dialog (${top})`);
  }
  if (s.views.length !== 1)
    found.push(`the stand-in shows one view (addView), not ${s.views.length}`);
  const fileIds = s.views[0]?.fileIds;
  if (s.views.length === 1 && !fileIds) {
    found.push(
      "the stand-in lists only the files a view names (DocsView.setFileIds); Google's would show the whole Drive",
    );
  }
  return found;
}

class Picker {
  #screen: PickerScreen | undefined;

  constructor(readonly settings: Settings) {}

  setVisible(visible: boolean): this {
    if (visible) this.#open();
    else this.#close();
    return this;
  }

  #answer(response: Parameters<PickerCallback>[0]): void {
    this.settings.callback?.(response);
  }

  #close(): void {
    this.#screen?.remove();
    this.#screen = undefined;
  }

  #open(): void {
    if (this.#screen) return;
    const s = this.settings;
    const view = s.views[0];
    const screen = showPicker({
      title: s.title,
      size: s.size,
      multiselect: s.features.has(Feature.MULTISELECT_ENABLED),
      onSelect: (ids) => this.#pick(screen, ids),
      onCancel: () => {
        this.#close();
        this.#answer({ action: Action.CANCEL });
      },
    });
    this.#screen = screen;
    const found = problems(s);
    if (found.length > 0 || !view?.fileIds) {
      screen.fail(`The Google Picker cannot open: ${found.join('; ')}.`);
      return;
    }
    ask('files', s.token, view.fileIds).then(
      (answer) => {
        const shown = answer.files.filter((file) => view.shows(file));
        screen.list(
          answer.user,
          shown.map((file) => ({ file, pickable: view.canPick(file) })),
        );
        this.#answer({ action: Action.LOADED });
      },
      (error: Error) => screen.fail(error.message),
    );
  }

  #pick(screen: PickerScreen, ids: readonly string[]): void {
    screen.wait('Selecting…');
    ask('pick', this.settings.token, ids).then(
      (answer) => {
        this.#close();
        this.#answer({ action: Action.PICKED, docs: answer.files });
      },
      (error: Error) => screen.fail(error.message),
    );
  }
}

class PickerBuilder {
  readonly #views: DocsView[] = [];
  readonly #features = new Set<string>();
  #appId = '';
  #token = '';
  #developerKey = '';
  #origin = '';
  #title = '';
  #size: Settings['size'];
  #callback: PickerCallback | undefined;

  addView(view: DocsView): this {
    if (!(view instanceof DocsView))
      throw new TypeError('The stand-in Picker shows DocsView views only');
    this.#views.push(view);
    return this;
  }
  enableFeature(feature: string): this {
    this.#features.add(String(feature));
    return this;
  }
  setAppId(appId: string): this {
    this.#appId = String(appId);
    return this;
  }
  setOAuthToken(token: string): this {
    this.#token = String(token);
    return this;
  }
  setDeveloperKey(key: string): this {
    this.#developerKey = String(key);
    return this;
  }
  setOrigin(origin: string): this {
    this.#origin = String(origin);
    return this;
  }
  setTitle(title: string): this {
    this.#title = String(title);
    return this;
  }
  setSize(width: number, height: number): this {
    this.#size = { width: Number(width), height: Number(height) };
    return this;
  }
  setCallback(callback: PickerCallback): this {
    this.#callback = callback;
    return this;
  }
  build(): Picker {
    return new Picker({
      views: [...this.#views],
      features: new Set(this.#features),
      appId: this.#appId,
      token: this.#token,
      developerKey: this.#developerKey,
      origin: this.#origin,
      title: this.#title,
      size: this.#size,
      callback: this.#callback,
    });
  }
}

const picker = { PickerBuilder, DocsView, ViewId, DocsViewMode, Feature, Action };

/** gapi.load('picker', { callback, onerror }): as Google's loader, it answers later, never at once. */
function load(
  name: string,
  options: (() => void) | { callback?: () => void; onerror?: () => void } = {},
): void {
  const { callback, onerror } = typeof options === 'function' ? { callback: options } : options;
  window.setTimeout(() => {
    if (String(name) !== 'picker') {
      console.error(
        `The preview's stand-in for api.js loads only the "picker" module, not "${name}".`,
      );
      onerror?.();
      return;
    }
    globals.google ??= {};
    globals.google.picker = picker;
    callback?.();
  }, 0);
}

globals.gapi = { load };
