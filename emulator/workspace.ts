// The emulated Google Workspace that outlives executions: the bound spreadsheet, stores, triggers, mail, logs, Drive.
import { OAuthTokens } from './services/oauth-tokens';
import { VirtualClock } from './core/clock';
import { CallMeter } from './core/meter';
import { SpreadsheetState } from './spreadsheet/state';
import { UiState } from './services/ui-state';
import { PropertiesState } from './services/properties';
import { CacheState } from './services/cache';
import { LockState } from './services/lock';
import { MailState } from './services/mail';
import { TriggerState } from './services/script-app';
import { LogState } from './services/logger';
import { DriveState } from './drive/state';
import { FormsState } from './forms/state';

/** How the add-on is run: as Marketplace users install it, or as a script bound to the sheet. */
export type RunAs = 'editor add-on' | 'bound script';

/** ScriptApp.InstallationSource names (https://developers.google.com/apps-script/reference/script/installation-source). */
export type InstallationSourceName = 'APPS_MARKETPLACE_DOMAIN_ADD_ON' | 'NONE' | 'WEB_STORE_ADD_ON';

export interface WorkspaceOptions {
  /** Virtual time at the start (default 2026-11-30T08:00:00Z). */
  readonly now?: Date | number | string;
  /** The spreadsheet's own time zone (File > Settings), default Europe/London. */
  readonly spreadsheetTimeZone?: string;
  readonly spreadsheetName?: string;
  /** The user at the keyboard, default dsl@example.sch.uk. */
  readonly user?: string;
  /** Consumer accounts get 100 MailApp recipients a day, Workspace accounts 1,500. */
  readonly account?: 'consumer' | 'workspace';
  /**
   * Sets `deployment` and `spreadsheet.activeInTimeTrigger` together (see `runAs`). Without it the
   * old defaults stay: deployment 'add-on' with the document present in clock runs.
   */
  readonly runAs?: RunAs;
}

export class Workspace {
  readonly clock: VirtualClock;
  readonly meter: CallMeter;
  readonly spreadsheet: SpreadsheetState;
  readonly ui: UiState;
  readonly properties: PropertiesState;
  readonly cache: CacheState;
  readonly locks: LockState;
  readonly mail: MailState;
  readonly triggers: TriggerState;
  readonly logs: LogState;
  /** Tokens ScriptApp.getOAuthToken() issued: the Picker stand-in knows the user by them. */
  readonly oauthTokens: OAuthTokens;
  /** My Drive: files, folders and Google Docs (the Drive v3 and Docs v1 advanced services). */
  readonly drive: DriveState;
  /** Google Forms: forms, items, responses, response destinations (emulator/forms/README.md). */
  readonly forms: FormsState;
  readonly account: 'consumer' | 'workspace';
  /** Project files HtmlService can open by name (Sidebar -> dist/Sidebar.html). */
  readonly files = new Map<string, string>();
  user: string;
  /** OAuth scopes the user granted: the manifest's oauthScopes, set when the add-on is loaded. */
  grantedScopes = new Set<string>();
  /**
   * The manifest's oauthScopes (what ScriptApp.getAuthorizationInfo(authMode) checks), set when the
   * add-on is loaded; undefined before, when the granted scopes stand for them.
   */
  requestedScopes: ReadonlySet<string> | undefined;
  /** From appsscript.json when the add-on is loaded; the zone JavaScript dates run in. */
  scriptTimeZone = 'Europe/London';
  /**
   * The zone a spreadsheet the add-on creates starts in (Drive.Files.create of a Google Sheet,
   * Sheets.Spreadsheets.create without `properties.timeZone`). No rule was found: a new
   * spreadsheet is taken to start in its creator's zone, which the emulator does not model, so
   * undefined (the default) takes the script's zone (Europe/London). One API example shows
   * `Etc/GMT` instead [reported: docs.autoro.io CreateSpreadsheet output]: set this to try the
   * add-on against it [open].
   */
  newSpreadsheetTimeZone: string | undefined = undefined;
  /** How the add-on is deployed: add-ons may own one time-driven trigger per user per document, at most hourly. */
  deployment: 'add-on' | 'bound' = 'add-on';
  /** What ScriptApp.getInstallationSource() reports while `deployment` is 'add-on' ('bound' gives NONE). */
  installationSource: InstallationSourceName = 'APPS_MARKETPLACE_DOMAIN_ADD_ON';

  constructor(options: WorkspaceOptions = {}) {
    this.clock = new VirtualClock(options.now ?? '2026-11-30T08:00:00Z');
    this.meter = new CallMeter(this.clock);
    this.account = options.account ?? 'workspace';
    this.user = options.user ?? 'dsl@example.sch.uk';
    this.spreadsheet = new SpreadsheetState({
      name: options.spreadsheetName ?? 'AP placements',
      timeZone: options.spreadsheetTimeZone ?? 'Europe/London',
      clock: this.clock,
      owner: this.user,
    });
    this.ui = new UiState();
    this.properties = new PropertiesState();
    this.cache = new CacheState(this.clock);
    this.locks = new LockState(this.clock);
    this.mail = new MailState(this.clock, this.account);
    this.triggers = new TriggerState(this.clock);
    this.logs = new LogState(this.clock);
    this.drive = new DriveState(this.clock, this.account, this.user);
    this.drive.linkWorkbook(this.spreadsheet);
    this.forms = new FormsState(this.clock, this.drive, (id) => this.findSpreadsheet(id));
    this.oauthTokens = new OAuthTokens(this.clock);
    if (options.runAs) this.runAs(options.runAs);
  }

  /**
   * Spreadsheets in Drive besides the bound one (made by the add-on: Drive.Files.create or copy of
   * a Google Sheet, Sheets.Spreadsheets.create), in creation order. Host view, not counted.
   */
  get spreadsheets(): SpreadsheetState[] {
    return this.drive.spreadsheets();
  }

  /** The bound spreadsheet or one in Drive with this id; undefined when there is none. */
  findSpreadsheet(id: string): SpreadsheetState | undefined {
    return id === this.spreadsheet.id ? this.spreadsheet : this.drive.spreadsheet(id);
  }

  /** As findSpreadsheet, for tests: throws (a host error) when there is no such spreadsheet. */
  spreadsheetById(id: string): SpreadsheetState {
    const state = this.findSpreadsheet(id);
    if (!state) throw new Error(`Workspace: no spreadsheet ${id}`);
    return state;
  }

  /** The zone a new spreadsheet starts in (see newSpreadsheetTimeZone). */
  timeZoneForNewSpreadsheet(): string {
    return this.newSpreadsheetTimeZone ?? this.scriptTimeZone;
  }

  /**
   * 'editor add-on': deployment 'add-on' and no active document in time-driven runs (installed as
   * an editor add-on, a clock run has none [reported: github vtst/google-apps-scripts
   * VtstAddonTriggerLib README]); the add-on must then reach the workbook by
   * SpreadsheetApp.openById (full `spreadsheets` scope) or the Sheets API. 'bound script':
   * deployment 'bound' and the document present in clock runs.
   */
  runAs(kind: RunAs): this {
    this.deployment = kind === 'editor add-on' ? 'add-on' : 'bound';
    this.spreadsheet.activeInTimeTrigger = kind === 'editor add-on' ? 'null' : 'document';
    return this;
  }
}
