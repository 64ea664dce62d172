// Draws the stand-in Google Picker over the dialog's page: a labelled panel of files with checkboxes, Select and Cancel.
import type { PickerFile } from '../shared/api';

export interface PickerScreenOptions {
  readonly title: string;
  /** PickerBuilder.setSize, in pixels; the panel never outgrows the dialog. */
  readonly size: { readonly width: number; readonly height: number } | undefined;
  /** Feature.MULTISELECT_ENABLED: without it, ticking one file unticks the others. */
  readonly multiselect: boolean;
  onSelect(ids: readonly string[]): void;
  onCancel(): void;
}

export interface ListedFile {
  readonly file: PickerFile;
  /** A folder can be ticked only when the view allows it (DocsView.setSelectFolderEnabled). */
  readonly pickable: boolean;
}

export interface PickerScreen {
  list(user: string, files: readonly ListedFile[]): void;
  /** Buttons off while the server answers. */
  wait(text: string): void;
  fail(message: string): void;
  remove(): void;
}

const KINDS: Readonly<Record<string, string>> = {
  'application/vnd.google-apps.document': 'Google Docs',
  'application/vnd.google-apps.folder': 'Folder',
};

/** Its own class names, so the add-on's stylesheet and this one leave each other alone. */
const CSS = [
  '.preview-picker-backdrop{position:fixed;inset:0;z-index:2147483647;display:flex;align-items:center;justify-content:center;background:rgba(32,33,36,.45)}',
  '.preview-picker{box-sizing:border-box;width:600px;height:420px;max-width:100%;max-height:100%;display:flex;flex-direction:column;padding:0 16px 12px;overflow:hidden;background:#fff;border-radius:8px;box-shadow:0 4px 24px rgba(60,64,67,.4);font:13px Arial,sans-serif;color:#202124}',
  '.preview-picker-banner{margin:0 -16px 8px;padding:6px 16px;background:#fef7e0;border-bottom:1px solid #f9e3a3;color:#7a4f01;font-weight:bold}',
  '.preview-picker h2{margin:4px 0;font-size:16px;font-weight:normal}',
  '.preview-picker-who,.preview-picker-status{margin:4px 0 8px;color:#5f6368}',
  '.preview-picker-body{flex:1;min-height:0;overflow:auto;border:1px solid #dadce0;border-radius:4px}',
  '.preview-picker ul{list-style:none;margin:0;padding:0}',
  '.preview-picker li{display:flex;align-items:center;gap:8px;padding:6px 8px;border-bottom:1px solid #f1f3f4}',
  '.preview-picker li label{flex:1}',
  '.preview-picker .kind{color:#5f6368}',
  '.preview-picker-error{margin:0;padding:8px;color:#b3261e;white-space:pre-wrap}',
  '.preview-picker-buttons{display:flex;justify-content:flex-end;gap:8px}',
].join('');

/** Every text goes in as text: file names come from Drive, messages from the server. */
function node<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text = '',
): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (className) made.className = className;
  if (text) made.textContent = text;
  return made;
}

function addStyle(): void {
  if (document.getElementById('preview-picker-style')) return;
  const style = node('style');
  style.id = 'preview-picker-style';
  style.textContent = CSS;
  document.head.append(style);
}

export function showPicker(options: PickerScreenOptions): PickerScreen {
  addStyle();
  const backdrop = node('div', 'preview-picker-backdrop');
  const panel = node('div', 'preview-picker');
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-modal', 'true');
  panel.setAttribute('aria-label', options.title || 'Google Picker');
  if (options.size) {
    panel.style.width = `${options.size.width}px`;
    panel.style.height = `${options.size.height}px`;
  }
  const who = node('p', 'preview-picker-who');
  const body = node('div', 'preview-picker-body');
  const status = node('p', 'preview-picker-status', 'Loading…');
  status.setAttribute('role', 'status');
  const select = node('button', 'action', 'Select');
  const cancel = node('button', '', 'Cancel');
  select.type = 'button';
  cancel.type = 'button';
  select.disabled = true;
  let boxes: { input: HTMLInputElement; id: string }[] = [];
  const ticked = (): string[] => boxes.filter((b) => b.input.checked).map((b) => b.id);
  select.addEventListener('click', () => options.onSelect(ticked()));
  cancel.addEventListener('click', () => options.onCancel());
  backdrop.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !cancel.disabled) options.onCancel();
  });
  const buttons = node('div', 'preview-picker-buttons');
  buttons.append(select, cancel);
  panel.append(
    node('p', 'preview-picker-banner', 'Preview stand-in for the Google Picker'),
    node('h2', '', options.title || 'Google Picker'),
    who,
    body,
    status,
    buttons,
  );
  backdrop.append(panel);
  document.body.append(backdrop);

  return {
    list(user, files) {
      who.textContent = `Signed in as ${user}`;
      const list = node('ul');
      boxes = files.map(({ file, pickable }, i) => {
        const input = node('input');
        input.type = 'checkbox';
        input.id = `preview-picker-file-${i}`;
        input.disabled = !pickable;
        input.addEventListener('change', () => {
          if (input.checked && !options.multiselect) {
            for (const other of boxes) if (other.input !== input) other.input.checked = false;
          }
          select.disabled = ticked().length === 0;
        });
        const label = node('label', '', file.name);
        label.htmlFor = input.id;
        const item = node('li');
        item.append(input, label, node('span', 'kind', KINDS[file.mimeType] ?? file.mimeType));
        list.append(item);
        return { input, id: file.id };
      });
      body.replaceChildren(list);
      status.textContent =
        files.length === 0
          ? 'No files to show.'
          : `${files.length} file${files.length === 1 ? '' : 's'}`;
      boxes[0]?.input.focus();
    },
    wait(text) {
      status.textContent = text;
      select.disabled = true;
      cancel.disabled = true;
    },
    fail(message) {
      const error = node('p', 'preview-picker-error', message);
      error.setAttribute('role', 'alert');
      body.replaceChildren(error);
      boxes = [];
      status.textContent = '';
      select.disabled = true;
      cancel.disabled = false;
      cancel.focus();
    },
    remove() {
      backdrop.remove();
    },
  };
}
