// HtmlService, HtmlOutput and HtmlTemplate: the HTML the add-on shows in sidebars and dialogs.
import type { Execution } from '../core/execution';
import { AppsScriptError, Emulated, KIND } from '../core/emulated';
import { Blob } from './blob';
import { enumOf } from './enums';
import { escapeHtml, evaluateTemplate, templateCode } from './html-template';

type HTML = typeof GoogleAppsScript.HTML;
type HtmlOutputApi = GoogleAppsScript.HTML.HtmlOutput;

export const SandboxMode = enumOf('EMULATED', 'IFRAME', 'NATIVE');
export const XFrameOptionsMode = enumOf('ALLOWALL', 'DEFAULT');

interface MetaTag {
  readonly name: string;
  readonly content: string;
}

export class HtmlOutputMetaTag
  extends Emulated
  implements Pick<GoogleAppsScript.HTML.HtmlOutputMetaTag, 'getName' | 'getContent'>
{
  readonly [KIND] = 'HtmlOutputMetaTag';
  readonly #tag: MetaTag;
  constructor(tag: MetaTag) {
    super();
    this.#tag = tag;
  }
  getName(): string {
    return this.#tag.name;
  }
  getContent(): string {
    return this.#tag.content;
  }
}

/** Text from a string or a BlobSource-like object (the Blob's data as a string). */
function textOf(source: unknown): string {
  if (source === undefined || source === null) return '';
  if (typeof source === 'object') {
    const blob = source as { getBlob?: () => unknown; getDataAsString?: () => string };
    if (typeof blob.getDataAsString === 'function') return blob.getDataAsString();
    if (typeof blob.getBlob === 'function') return textOf(blob.getBlob());
  }
  return String(source);
}

export class HtmlOutput
  extends Emulated
  implements
    Pick<
      HtmlOutputApi,
      | 'getContent'
      | 'setContent'
      | 'append'
      | 'appendUntrusted'
      | 'clear'
      | 'getTitle'
      | 'setTitle'
      | 'getWidth'
      | 'setWidth'
      | 'getHeight'
      | 'setHeight'
      | 'addMetaTag'
      | 'getMetaTags'
      | 'setSandboxMode'
      | 'setXFrameOptionsMode'
      | 'setFaviconUrl'
      | 'getFaviconUrl'
      | 'getBlob'
      | 'getAs'
      | 'asTemplate'
    >
{
  readonly [KIND] = 'HtmlOutput';
  #content: string;
  #title = '';
  #width: number | null = null;
  #height: number | null = null;
  #favicon = '';
  #sandbox: keyof typeof SandboxMode = 'IFRAME';
  #xFrame: keyof typeof XFrameOptionsMode = 'DEFAULT';
  readonly #meta: MetaTag[] = [];

  constructor(content = '') {
    super();
    this.#content = content;
  }

  getContent(): string {
    return this.#content;
  }
  setContent(content: string): this {
    this.#content = textOf(content);
    return this;
  }
  append(addedContent: string): this {
    this.#content += textOf(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string): this {
    this.#content += escapeHtml(textOf(addedContent));
    return this;
  }
  clear(): this {
    this.#content = '';
    return this;
  }
  getTitle(): string {
    return this.#title;
  }
  setTitle(title: string): this {
    this.#title = String(title);
    return this;
  }
  /** null until set: what Google returns for an unset size is [open]. */
  getWidth(): number {
    return this.#width as number;
  }
  setWidth(width: number): this {
    this.#width = Number(width);
    return this;
  }
  getHeight(): number {
    return this.#height as number;
  }
  setHeight(height: number): this {
    this.#height = Number(height);
    return this;
  }
  getFaviconUrl(): string {
    return this.#favicon;
  }
  setFaviconUrl(iconUrl: string): this {
    this.#favicon = String(iconUrl);
    return this;
  }
  addMetaTag(name: string, content: string): this {
    this.#meta.push({ name: String(name), content: String(content) });
    return this;
  }
  getMetaTags(): GoogleAppsScript.HTML.HtmlOutputMetaTag[] {
    return this.#meta.map((t) => new HtmlOutputMetaTag(t));
  }
  /** Recorded only: Google now always serves IFRAME, whatever is asked (reference, SandboxMode). */
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): this {
    const name = mode as unknown as keyof typeof SandboxMode;
    if (!(name in SandboxMode)) throw new AppsScriptError('Invalid argument: mode');
    this.#sandbox = name;
    return this;
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): this {
    const name = mode as unknown as keyof typeof XFrameOptionsMode;
    if (!(name in XFrameOptionsMode)) throw new AppsScriptError('Invalid argument: mode');
    this.#xFrame = name;
    return this;
  }
  getBlob(): Blob {
    return new Blob(Buffer.from(this.#content, 'utf8'), 'text/html', this.#title || null);
  }
  getAs(contentType: string): Blob {
    return this.getBlob().getAs(contentType);
  }
  asTemplate(): HtmlTemplate {
    return new HtmlTemplate(this.#content);
  }
  /** Host-only view for tests and the preview. */
  _options(): { sandboxMode: string; xFrameOptionsMode: string; metaTags: readonly MetaTag[] } {
    return { sandboxMode: this.#sandbox, xFrameOptionsMode: this.#xFrame, metaTags: this.#meta };
  }
}

/** A template: assign properties (`t.name = ...`), then evaluate(). */
export class HtmlTemplate
  extends Emulated
  implements Pick<GoogleAppsScript.HTML.HtmlTemplate, 'evaluate' | 'getCode' | 'getRawContent'>
{
  readonly [KIND] = 'HtmlTemplate';
  [variable: string]: unknown;
  readonly #source: string;

  constructor(source: string) {
    super();
    this.#source = source;
  }
  evaluate(): HtmlOutput {
    const variables: Record<string, unknown> = {};
    for (const key of Object.keys(this)) variables[key] = this[key];
    return new HtmlOutput(evaluateTemplate(this.#source, variables));
  }
  getCode(): string {
    return templateCode(this.#source);
  }
  getCodeWithComments(): string {
    return templateCode(this.#source);
  }
  getRawContent(): string {
    return this.#source;
  }
}

export class HtmlService
  extends Emulated
  implements
    Pick<
      GoogleAppsScript.HTML.HtmlService,
      | 'createHtmlOutput'
      | 'createHtmlOutputFromFile'
      | 'createTemplate'
      | 'createTemplateFromFile'
      | 'getUserAgent'
    >
{
  readonly [KIND] = 'HtmlService';
  readonly SandboxMode = SandboxMode as unknown as HTML['SandboxMode'];
  readonly XFrameOptionsMode = XFrameOptionsMode as unknown as HTML['XFrameOptionsMode'];
  readonly #exec: Execution;

  constructor(exec: Execution) {
    super();
    this.#exec = exec;
  }

  createHtmlOutput(html?: unknown): HtmlOutput {
    return new HtmlOutput(textOf(html));
  }
  createHtmlOutputFromFile(filename: string): HtmlOutput {
    return new HtmlOutput(this.#file(filename));
  }
  createTemplate(html: unknown): HtmlTemplate {
    return new HtmlTemplate(textOf(html));
  }
  createTemplateFromFile(filename: string): HtmlTemplate {
    return new HtmlTemplate(this.#file(filename));
  }
  getUserAgent(): string {
    return 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0';
  }

  /**
   * Project HTML files are named without `.html`; Google accepts either spelling. Missing file:
   * "No HTML file named Index was found." [reported: RayBB/easy-gmail-scheduler#4]
   */
  #file(filename: string): string {
    const name = String(filename);
    const files = this.#exec.workspace.files;
    const bare = name.replace(/\.html$/, '');
    const text = files.get(name) ?? files.get(bare) ?? files.get(`${bare}.html`);
    if (text === undefined) throw new AppsScriptError(`No HTML file named ${name} was found.`);
    return text;
  }
}
