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
  readonly account: 'consumer' | 'workspace';
  /** Project files HtmlService can open by name (Sidebar -> dist/Sidebar.html). */
  readonly files = new Map<string, string>();
  user: string;
  /** OAuth scopes the user granted: the manifest's oauthScopes, set when the add-on is loaded. */
  grantedScopes = new Set<string>();
  /** From appsscript.json when the add-on is loaded; the zone JavaScript dates run in. */
  scriptTimeZone = 'Europe/London';
  /** How the add-on is deployed: add-ons may own one time-driven trigger per user per document, at most hourly. */
  deployment: 'add-on' | 'bound' = 'add-on';

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
    this.oauthTokens = new OAuthTokens(this.clock);
  }
}
