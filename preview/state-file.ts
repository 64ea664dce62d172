// Saves the preview's workspace to .preview-state/state.json and rebuilds a Workspace from it.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Workspace } from '../emulator';
import type { DriveJSON } from '../emulator/drive/state';
import type { FormsJSON } from '../emulator/forms/records';
import type { SentMail } from '../emulator/services/mail';
import type { TriggerRecord } from '../emulator/services/trigger-state';
import type { WorkbookJSON } from '../emulator/spreadsheet';
import type { ExecutionView } from './shared/api';

export const DEFAULT_STATE_DIR = path.resolve(__dirname, '..', '.preview-state');
const FILE = 'state.json';

type Store = Record<string, string>;

export interface SavedPreview {
  readonly version: 1;
  readonly now: number;
  /** Who was at the keyboard (the DSL in states saved before the page could switch user). */
  readonly user: string;
  readonly workbook: WorkbookJSON;
  readonly properties: {
    readonly script: Store;
    readonly document: Store;
    readonly users: Record<string, Store>;
  };
  readonly triggers: readonly TriggerRecord[];
  readonly outbox: readonly SentMail[];
  /** Drive files and Docs the add-on made (absent in states saved before documents existed). */
  readonly drive?: DriveJSON;
  /** Google Forms: forms, items, responses, destinations (absent in states saved before forms existed). */
  readonly forms?: FormsJSON;
  readonly executions: readonly ExecutionView[];
}

/**
 * Everything the preview keeps between restarts. The emulator cannot list which users have
 * property stores, so those of `people` (everyone who may sit at the keyboard), the user at the
 * keyboard and every trigger owner are saved.
 */
export function snapshot(
  ws: Workspace,
  executions: readonly ExecutionView[],
  people: readonly string[] = [],
): SavedPreview {
  const owners = new Set([ws.user, ...people, ...ws.triggers.all().map((t) => t.owner)]);
  return {
    version: 1,
    now: ws.clock.now(),
    user: ws.user,
    workbook: ws.spreadsheet.toJSON(),
    properties: {
      script: ws.properties.snapshot('script'),
      document: ws.properties.snapshot('document'),
      users: Object.fromEntries([...owners].map((u) => [u, ws.properties.snapshot('user', u)])),
    },
    triggers: ws.triggers.all(),
    outbox: ws.mail.outbox,
    drive: ws.drive.toJSON(),
    forms: ws.forms.toJSON(),
    executions,
  };
}

const TRIGGER_ID_BASE = 7300000000;
const RESTORE_OWNER = 'preview-restore@localhost';

/**
 * TriggerState has no load: each trigger is added again with the clock at its creation time (its
 * schedule counts from then), after burning sequence numbers so that it keeps its unique id.
 */
function restoreTriggers(ws: Workspace, triggers: readonly TriggerRecord[]): void {
  let issued = 0;
  const sorted = [...triggers].sort((a, b) => Number(a.uniqueId) - Number(b.uniqueId));
  for (const trigger of sorted) {
    const wanted = Number(trigger.uniqueId) - TRIGGER_ID_BASE;
    while (issued + 1 < wanted) {
      const spare = ws.triggers.add(
        {
          handlerFunction: 'onOpen',
          owner: RESTORE_OWNER,
          eventType: 'ON_OPEN',
          triggerSource: 'SPREADSHEETS',
          triggerSourceId: ws.spreadsheet.id,
        },
        'bound',
      );
      ws.triggers.remove(spare.uniqueId);
      issued += 1;
    }
    if (trigger.createdAt > ws.clock.now()) ws.clock.set(trigger.createdAt);
    const { handlerFunction, owner, eventType, triggerSource, triggerSourceId, schedule } = trigger;
    const added = ws.triggers.add(
      {
        handlerFunction,
        owner,
        eventType,
        triggerSource,
        triggerSourceId,
        ...(schedule ? { schedule } : {}),
      },
      'bound',
    );
    issued += 1;
    if (trigger.lastFiredAt !== undefined) {
      ws.triggers.markFired(added.uniqueId, trigger.lastFiredAt);
    }
  }
}

/** A Workspace holding a saved preview: workbook, properties, triggers, outbox, clock. */
export function restoreWorkspace(saved: SavedPreview): Workspace {
  const createdTimes = saved.triggers.map((t) => t.createdAt);
  // Made as the workbook's owner (who owns My Drive too), then handed to whoever was at the keyboard.
  const ws = new Workspace({
    now: Math.min(saved.now, ...createdTimes),
    user: saved.workbook.owner,
    spreadsheetName: saved.workbook.name,
    spreadsheetTimeZone: saved.workbook.timeZone,
  });
  ws.user = saved.user;
  ws.spreadsheet.load(saved.workbook);
  const fill = (store: Map<string, string>, values: Store): void => {
    for (const [k, v] of Object.entries(values)) store.set(k, v);
  };
  fill(ws.properties.store('script'), saved.properties.script);
  fill(ws.properties.store('document'), saved.properties.document);
  for (const [user, values] of Object.entries(saved.properties.users)) {
    fill(ws.properties.store('user', user), values);
  }
  // Creation times are in increasing id order, so the clock only moves forward here.
  restoreTriggers(ws, saved.triggers);
  for (const mail of saved.outbox) ws.mail.record(mail);
  if (saved.drive) ws.drive.load(saved.drive);
  if (saved.forms) ws.forms.load(saved.forms);
  if (saved.now > ws.clock.now()) ws.clock.set(saved.now);
  return ws;
}

export const RESET_HINT = '`npm run preview:reset` forgets it and starts from the sample school.';

export function readSaved(stateDir: string): SavedPreview | undefined {
  const file = path.join(stateDir, FILE);
  if (!existsSync(file)) return undefined;
  let saved: SavedPreview;
  try {
    saved = JSON.parse(readFileSync(file, 'utf8')) as SavedPreview;
  } catch (e) {
    const reason = (e as Error).message;
    throw new Error(`${file} is not readable JSON (${reason}). ${RESET_HINT}`, { cause: e });
  }
  if (saved.version !== 1) {
    throw new Error(`${file} was written by another version of the preview. ${RESET_HINT}`);
  }
  return saved;
}

/** Written to a temporary file first, so a crash mid-write never leaves half a state. */
export function writeSaved(stateDir: string, saved: SavedPreview): void {
  mkdirSync(stateDir, { recursive: true });
  const file = path.join(stateDir, FILE);
  writeFileSync(`${file}.tmp`, JSON.stringify(saved));
  renameSync(`${file}.tmp`, file);
}

/** `npm run preview:reset`: the next start builds the sample school afresh. */
export function resetPreviewState(stateDir: string = DEFAULT_STATE_DIR): void {
  rmSync(path.join(stateDir, FILE), { force: true });
  rmSync(path.join(stateDir, `${FILE}.tmp`), { force: true });
}
