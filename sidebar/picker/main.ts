// The "Connect templates" dialog (issue 12): asks the server what to pick, opens Google's Picker, sends back the picks.
import type { PickerSetup, SchoolFile } from '../../src/shared/picker-api';
import { newRequestId } from '../src/request-id';
import { callServer } from './call';
import { globals, type PickerResponse } from './google-picker';

const GOOGLE_DOC = 'application/vnd.google-apps.document';
const FOLDER = 'application/vnd.google-apps.folder';
/** The AP placements workbook itself, which an add-on's hourly run opens (issue 13). */
const GOOGLE_SHEET = 'application/vnd.google-apps.spreadsheet';
/** Within the Picker's documented 566×350 to 1051×650, inside the 760×560 dialog. */
const PICKER_SIZE = { width: 740, height: 480 } as const;

const app = document.getElementById('app') as HTMLElement;
let setup: Extract<PickerSetup, { ok: true }> | undefined;
let files: readonly SchoolFile[] = [];
let status = 'Reading which files are connected for you…';
let busy = true;
let pickerReady = false;
/** One id per set of picks, kept until the server answers: a lost reply sent again is one request. */
let requestId = newRequestId();

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text = '',
  className = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  // Every text the dialog shows goes in as text, never as markup (file names come from Drive).
  if (text) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function button(text: string, onClick: () => void, primary = false): HTMLButtonElement {
  const node = element('button', text, primary ? 'action' : '');
  node.type = 'button';
  node.disabled = busy;
  node.addEventListener('click', onClick);
  return node;
}

function render(): void {
  const children: HTMLElement[] = [
    element(
      'p',
      "Google lets the add-on use only the files it made for you or that you picked. Pick the school's five templates and its documents folder here, once; then you can make documents from the sidebar and the menu.",
    ),
    element(
      'p',
      'The Picker shows only the files shared with you. If some are missing, ask the colleague who set up the workbook to share the "AP Placements documents" folder with you as an editor, then open the Picker again.',
      'secondary',
    ),
  ];
  if (files.length > 0) {
    const list = element('ul', '', 'files');
    for (const file of files) {
      const item = element('li', '', file.connected ? 'connected' : 'to-pick');
      item.append(
        element('span', file.connected ? '✓ ' : '○ ', 'mark'),
        element('span', file.label),
        // The Picker lists files by their Drive names: say which one this is when they differ.
        ...(file.driveName && !file.label.includes(file.driveName)
          ? [element('span', ` (“${file.driveName}” in Drive)`, 'secondary')]
          : []),
        element('span', file.connected ? ' — connected' : ' — to pick', 'secondary'),
      );
      list.append(item);
    }
    children.push(list);
  }
  const line = element('p', status, 'status');
  line.setAttribute('role', 'status');
  line.setAttribute('aria-live', 'polite');
  children.push(line);
  const buttons = element('div', '', 'buttons');
  const toPick = files.some((f) => !f.connected);
  if (setup && pickerReady && toPick)
    buttons.append(button('Open the Google Picker', openPicker, true));
  buttons.append(button('Close', () => globals().google.script.host.close()));
  children.push(buttons);
  app.replaceChildren(...children);
}

function say(text: string, stillBusy = false): void {
  status = text;
  busy = stillBusy;
  render();
}

function failed(error: unknown): void {
  const why = error instanceof Error ? error.message : String(error);
  say(
    `The add-on could not answer (${why}). Close this window and choose Connect templates again.`,
  );
}

/** Google's loader, then the Picker module (gapi.load). Offline, or with api.js blocked, says so. */
function loadPicker(): void {
  const { gapi } = globals();
  if (!gapi) {
    say(
      'The Google Picker could not be loaded: check that this browser may reach apis.google.com (some school filters and blocked third-party cookies stop it), then choose Connect templates again.',
    );
    return;
  }
  gapi.load('picker', {
    callback: () => {
      pickerReady = true;
      const toPick = files.filter((f) => !f.connected).length;
      if (toPick === 0) {
        say('Everything is connected for you already: you can close this window.');
        return;
      }
      say(
        `Pick the ${toPick === 1 ? 'file' : `${toPick} files`} marked "to pick" (hold Ctrl or ⌘ to pick several).`,
      );
      openPicker();
    },
    onerror: () => say('The Google Picker could not be loaded: choose Connect templates again.'),
  });
}

function openPicker(): void {
  const { google } = globals();
  const picker = google.picker;
  if (!setup || !picker) return;
  const view = new picker.DocsView(picker.ViewId.DOCS)
    .setIncludeFolders(true)
    .setSelectFolderEnabled(true)
    .setMimeTypes(`${GOOGLE_DOC},${FOLDER},${GOOGLE_SHEET}`)
    .setMode(picker.DocsViewMode.LIST)
    // Only the school's files, the ones Settings names: nothing else can be picked by mistake.
    .setFileIds(files.map((f) => f.id).join(','));
  new picker.PickerBuilder()
    .addView(view)
    .enableFeature(picker.Feature.MULTISELECT_ENABLED)
    .enableFeature(picker.Feature.NAV_HIDDEN)
    .setAppId(setup.appId)
    .setOAuthToken(setup.oauthToken)
    .setDeveloperKey(setup.developerKey)
    .setOrigin(google.script.host.origin)
    .setTitle("The school's templates and documents folder")
    .setSize(PICKER_SIZE.width, PICKER_SIZE.height)
    .setCallback(picked)
    .build()
    .setVisible(true);
}

function picked(response: PickerResponse): void {
  const { google } = globals();
  const actions = google.picker?.Action;
  if (response.action === actions?.CANCEL) {
    say('Nothing was picked. Open the Google Picker again when you are ready.');
    return;
  }
  // The Picker also calls back as it loads; only a pick is an answer.
  if (response.action !== actions?.PICKED) return;
  const ids = (response.docs ?? []).map((doc) => doc.id);
  say('Recording what you picked…', true);
  callServer('connectPickedFiles', { ids, requestId })
    .then((result) => {
      requestId = newRequestId();
      if (result.files.length > 0) files = result.files;
      say(result.message);
    })
    .catch(failed);
}

function start(): void {
  render();
  callServer('getPickerSetup')
    .then((answer) => {
      if (!answer.ok) {
        say(answer.message);
        return;
      }
      setup = answer;
      files = answer.files;
      say('Loading the Google Picker…', true);
      loadPicker();
    })
    .catch(failed);
}

start();
